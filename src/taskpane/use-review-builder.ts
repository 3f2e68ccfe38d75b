/**
 * The pane's state and its actions, as one React hook over the review controller: the scan of
 * the workbook, the operator's table and column choices, the period and targets form, the build
 * with its progress and cancellation, and the language setting. Components get plain values and
 * callbacks from here and make no gateway calls of their own (but the Functions tab's insert).
 */
import type { AmountShape } from "../engine/orders/order-groups";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Locale } from "../i18n/messages";
import type { MonthRange } from "../review/review-period";
import type { ChosenTables } from "../review/tables/review-request";
import type { TableField, TableKind } from "../review/tables/table-fields";
import {
  buildReviewSheet, chooseTables, isAbortError, readChosenTables, refreshScan, ReviewPipelineError, scanWorkbook,
  type BuildOutcome, type PaneMessage, type PipelineStage, type ReadTables, type TableChoice, type WorkbookScan,
} from "./review-controller";
import { defaultPeriod, orderMonths } from "../review/default-period";
import { defaultReviewForm, formFromSettings, validateReviewForm, type FormCheck, type ReviewForm } from "./review-form";
import type { PaneGateway } from "./pane-gateway";
import { OPTIONAL_TABLE_KINDS, type OptionalTableKind, type ReviewSettings } from "./workbook/workbook-gateway";
import type { CurrencyCode } from "../engine/cells/detect-currency";
import { reviewCurrency, type OrderCurrency } from "../review/order-currency";

export type ScanState =
  | { readonly status: "waiting" }
  | { readonly status: "scanning"; readonly stage: PipelineStage | null }
  | { readonly status: "done"; readonly scan: WorkbookScan }
  | { readonly status: "failed"; readonly error: Failure };

export type BuildState =
  | { readonly status: "idle" }
  | { readonly status: "running"; readonly stage: PipelineStage | null }
  | { readonly status: "done"; readonly outcome: BuildOutcome }
  | { readonly status: "cancelled" }
  | { readonly status: "failed"; readonly error: Failure };

/** A failure to show: the controller's message, or what Excel (or the stand-in) said. */
export type Failure = { readonly message: PaneMessage } | { readonly raw: string };

export interface ReviewBuilder {
  readonly support: { readonly supported: boolean; readonly missing: readonly string[] } | null;
  readonly scan: ScanState;
  readonly choice: TableChoice;
  /** The tables the review will read, once scanned. */
  readonly chosen: ChosenTables | null;
  /** The chosen tables read into columns: the rows that will be skipped, the problems. */
  readonly preview: ReadTables | null;
  /** The months the order table covers. */
  readonly dataMonths: MonthRange | null;
  readonly form: ReviewForm;
  readonly formCheck: FormCheck;
  /** What the orders say of their currency (`null` before they are read), and the currency the review will show. */
  readonly currency: { readonly found: OrderCurrency | null; readonly shown: CurrencyCode };
  readonly build: BuildState;
  /** True once a review was built in this workbook (the button then says Refresh). */
  readonly hasReview: boolean;
  readonly language: Locale | "auto";
  rescan(): void;
  chooseSheet(kind: TableKind, sheet: string | null): void;
  /** Maps `field` of the `kind` table to `column` (0-based), or to no column (`null`). */
  overrideColumn(kind: TableKind, field: TableField, column: number | null): void;
  /** Sets how the order table holds an order's amount over its rows; `undefined`: as recognised. */
  setAmountShape(shape: AmountShape | undefined): void;
  updateForm(change: Partial<ReviewForm>): void;
  startBuild(locale: Locale): void;
  cancel(): void;
  selectReviewSheet(): Promise<void>;
  /** Switches the pane's language; `effective` is the language that choice means now. */
  setLanguage(language: Locale | "auto", effective: Locale): void;
}

function failureOf(error: unknown): Failure {
  if (error instanceof ReviewPipelineError) return { message: error };
  if (error instanceof Error) return { raw: error.message };
  return { raw: String(error) };
}

function choiceFromSettings(settings: ReviewSettings): TableChoice {
  // Absent optional sources stay undefined (detected again), so a sheet added later is found;
  // those the operator set to "Not used" stay unused.
  const unused = new Set(settings.unused ?? []);
  const optional = (kind: OptionalTableKind) => (unused.has(kind) ? null : settings.sources[kind]);
  return {
    sources: { orders: settings.sources.orders, ...Object.fromEntries(OPTIONAL_TABLE_KINDS.map((kind) => [kind, optional(kind)])) },
    overrides: settings.mappings ?? {},
    ...(settings.amountShape === undefined ? {} : { amountShape: settings.amountShape }),
  };
}

/**
 * @param gateway the workbook
 * @param officeLocale the language "follow Office" means (Office's display language)
 */
export function useReviewBuilder(gateway: PaneGateway, officeLocale: Locale): ReviewBuilder {
  const [support, setSupport] = useState<ReviewBuilder["support"]>(null);
  const [scan, setScan] = useState<ScanState>({ status: "waiting" });
  const [choice, setChoice] = useState<TableChoice>({ sources: {}, overrides: {} });
  const [form, setForm] = useState<ReviewForm>(() => defaultReviewForm(null));
  // Once the operator typed, or saved settings filled the form, the data no longer resets it.
  const formPinned = useRef(false);
  const [build, setBuild] = useState<BuildState>({ status: "idle" });
  const [language, setLanguageState] = useState<Locale | "auto">("auto");
  const savedSettings = useRef<ReviewSettings | null>(null);
  const [hasReview, setHasReview] = useState(false);
  const scanAbort = useRef<AbortController | null>(null);
  const buildAbort = useRef<AbortController | null>(null);

  const runScan = useCallback(async () => {
    scanAbort.current?.abort();
    const controller = new AbortController();
    scanAbort.current = controller;
    setScan({ status: "scanning", stage: null });
    try {
      const result = await scanWorkbook(gateway, { signal: controller.signal, onStage: (stage) => setScan({ status: "scanning", stage }) });
      if (!controller.signal.aborted) setScan({ status: "done", scan: result });
    } catch (error) {
      if (!controller.signal.aborted && !isAbortError(error)) setScan({ status: "failed", error: failureOf(error) });
    }
  }, [gateway]);

  useEffect(() => {
    let active = true;
    void (async () => {
      let hostSupport: { supported: boolean; missing: string[] };
      try {
        hostSupport = await gateway.hostSupport();
      } catch (error) {
        hostSupport = { supported: false, missing: [error instanceof Error ? error.message : String(error)] };
      }
      if (!active) return;
      setSupport(hostSupport);
      if (!hostSupport.supported) return;
      const settings = await gateway.loadSettings().catch(() => null);
      if (!active) return;
      if (settings !== null) {
        savedSettings.current = settings;
        formPinned.current = true;
        setHasReview(true);
        // The settings keep the language the review was built in, and whether the operator chose
        // it or follows Office: a chosen language is kept, "Follow Office" takes Office's.
        if (settings.followOffice !== true && (settings.language === "en-US" || settings.language === "zh-CN")) {
          if (settings.followOffice === false || settings.language !== officeLocale) setLanguageState(settings.language);
        }
        setChoice(choiceFromSettings(settings));
        setForm(formFromSettings(settings));
      }
      await runScan();
    })();
    return () => {
      active = false;
      scanAbort.current?.abort();
      buildAbort.current?.abort();
    };
    // Settings are loaded once per gateway; Office's language does not change while the pane is open.
  }, [gateway, runScan]);

  const done = scan.status === "done" ? scan.scan : null;
  const chosen = useMemo(() => (done === null ? null : chooseTables(done, choice)), [done, choice]);
  const preview = useMemo(() => (chosen === null ? null : readChosenTables(chosen)), [chosen]);
  const orders = preview?.orders ?? null;
  const dataMonths = useMemo(() => {
    const months = orders === null ? null : orderMonths(orders);
    return months === null ? null : { from: months.first, to: months.last };
  }, [orders]);
  const proposedPeriod = useMemo(() => (orders === null ? null : defaultPeriod(orders)), [orders]);
  useEffect(() => {
    if (!formPinned.current && proposedPeriod !== null) setForm(defaultReviewForm(proposedPeriod));
  }, [proposedPeriod]);
  const formCheck = useMemo(() => validateReviewForm(form), [form]);
  const found = preview?.currency ?? null;
  const currency = useMemo(
    () => ({ found, shown: reviewCurrency(found, form.currency === "detected" ? undefined : form.currency).currency }),
    [found, form.currency],
  );

  const chooseSheet = useCallback((kind: TableKind, sheet: string | null) => {
    setChoice((previous) => {
      // Columns chosen for another sheet mean nothing on this one.
      const overrides = { ...previous.overrides };
      delete overrides[kind];
      return { sources: { ...previous.sources, [kind]: sheet }, overrides };
    });
  }, []);

  const overrideColumn = useCallback((kind: TableKind, field: TableField, column: number | null) => {
    setChoice((previous) => {
      const own = { ...(previous.overrides[kind] ?? {}), [field]: column };
      // Pin the sheet too: the override belongs to the sheet shown now, not to a later detection.
      const sheet = previous.sources[kind] ?? (done === null ? undefined : chooseTables(done, previous)[kind]?.sheet);
      return { sources: { ...previous.sources, [kind]: sheet }, overrides: { ...previous.overrides, [kind]: own } };
    });
  }, [done]);

  const setAmountShape = useCallback((shape: AmountShape | undefined) => {
    setChoice((previous) => {
      const rest: TableChoice = { sources: previous.sources, overrides: previous.overrides };
      return shape === undefined ? rest : { ...rest, amountShape: shape };
    });
  }, []);

  const updateForm = useCallback((change: Partial<ReviewForm>) => {
    formPinned.current = true;
    setForm((previous) => ({ ...previous, ...change }));
  }, []);

  const startBuild = useCallback((locale: Locale) => {
    if (chosen === null || formCheck.values === null) return;
    buildAbort.current?.abort();
    const controller = new AbortController();
    buildAbort.current = controller;
    setBuild({ status: "running", stage: null });
    const unused = OPTIONAL_TABLE_KINDS.filter((kind) => choice.sources[kind] === null);
    // The Data tab's tables and its reading of them go down to the build, which keeps what is unchanged since.
    void buildReviewSheet(gateway, { tables: chosen, ...formCheck.values, locale, overrides: choice.overrides, unused, followOffice: language === "auto" }, {
      signal: controller.signal,
      previous: scan.status === "done" ? scan.scan : undefined,
      read: preview ?? undefined,
      onStage: (stage) => {
        if (!controller.signal.aborted) setBuild({ status: "running", stage });
      },
    }).then(
      (outcome) => {
        setBuild({ status: "done", outcome });
        setHasReview(true);
        savedSettings.current = outcome.settings;
        setScan((previous) => (previous.status === "done" ? { status: "done", scan: refreshScan(previous.scan, outcome.scan) } : previous));
      },
      (error: unknown) => {
        if (controller.signal.aborted || isAbortError(error)) setBuild({ status: "cancelled" });
        else setBuild({ status: "failed", error: failureOf(error) });
      },
    );
  }, [gateway, chosen, choice.sources, choice.overrides, formCheck.values, scan, language, preview]);

  const cancel = useCallback(() => {
    buildAbort.current?.abort();
    scanAbort.current?.abort();
    setScan((previous) => (previous.status === "scanning" ? { status: "waiting" } : previous));
  }, []);

  const selectReviewSheet = useCallback(async () => {
    if (build.status !== "done") return;
    try {
      await gateway.selectSheet(build.outcome.sheetName);
    } catch (error) {
      setBuild({ status: "failed", error: failureOf(error) });
    }
  }, [gateway, build]);

  const setLanguage = useCallback((next: Locale | "auto", effective: Locale) => {
    setLanguageState(next);
    // Remembered at once when the workbook has settings (the next Refresh writes the review in
    // this language); otherwise with the first build.
    const saved = savedSettings.current;
    const followOffice = next === "auto";
    if (saved !== null && (saved.language !== effective || saved.followOffice !== followOffice)) {
      savedSettings.current = { ...saved, language: effective, followOffice };
      void gateway.saveSettings(savedSettings.current).catch(() => undefined);
    }
  }, [gateway]);

  return {
    support, scan, choice, chosen, preview, dataMonths, form, formCheck, currency, build, hasReview, language,
    rescan: () => void runScan(), chooseSheet, overrideColumn, setAmountShape, updateForm, startBuild, cancel, selectReviewSheet, setLanguage,
  };
}
