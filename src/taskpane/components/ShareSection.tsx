import { useState } from "react";
import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Dropdown, Field, MessageBar, MessageBarBody, Option, Spinner, Text,
  makeStyles, tokens,
} from "@fluentui/react-components";
import { countText, useTranslate, usePaneLocale, type Translate } from "../pane-locale";
import type { ConvertResult, EcFormulaCheck, FormulaScope, RestoreResult, ScopeLooked, WorkbookGateway } from "../workbook/workbook-gateway";

/** The gateway's share actions, all three. */
export type ShareActions = Required<Pick<WorkbookGateway, "checkEcFormulas" | "convertEcFormulas" | "restoreEcFormulas">>;

/** The share actions of a gateway that has them all, bound to it; undefined otherwise (no share section then). */
export function shareActionsOf(gateway: WorkbookGateway): ShareActions | undefined {
  const { checkEcFormulas, convertEcFormulas, restoreEcFormulas } = gateway;
  if (checkEcFormulas === undefined || convertEcFormulas === undefined || restoreEcFormulas === undefined) return undefined;
  return { checkEcFormulas: checkEcFormulas.bind(gateway), convertEcFormulas: convertEcFormulas.bind(gateway), restoreEcFormulas: restoreEcFormulas.bind(gateway) };
}

/** Cells listed per sheet; the rest are counted. */
export const CELLS_SHOWN_PER_SHEET = 8;

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
  },
  note: {
    color: tokens.colorNeutralForeground2,
  },
  start: {
    alignSelf: "flex-start",
  },
  sheetName: {
    fontWeight: tokens.fontWeightSemibold,
  },
  cells: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  cell: {
    display: "grid",
    gridTemplateColumns: "3.5em 1fr",
    columnGap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  address: {
    fontFamily: tokens.fontFamilyMonospace,
    fontWeight: tokens.fontWeightSemibold,
  },
  formula: {
    fontFamily: tokens.fontFamilyMonospace,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  more: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
  scope: {
    minWidth: "unset",
    width: "100%",
  },
  buttons: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  lines: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
});

type Outcome =
  | { readonly kind: "converted"; readonly result: ConvertResult }
  | { readonly kind: "restored"; readonly result: RestoreResult }
  | { readonly kind: "failed"; readonly message: string };

type CheckState =
  | { readonly status: "idle" }
  | { readonly status: "checking" }
  | { readonly status: "done"; readonly check: EcFormulaCheck }
  | { readonly status: "failed"; readonly message: string };

/** "" is the selection in the scope dropdown (sheet names are never empty). */
const SELECTION = "";

function scopeText(t: Translate, scope: ScopeLooked): string {
  return scope.range === undefined ? t("pane.share.scope.sheet", { sheet: scope.sheet }) : t("pane.share.scope.selection", { sheet: scope.sheet, range: scope.range });
}

/** What a conversion did, line by line. */
function convertedLines(t: Translate, locale: Parameters<typeof countText>[0], result: ConvertResult): string[] {
  const scope = scopeText(t, result.scope);
  const lines: string[] = [];
  const count = (n: number) => countText(locale, n);
  const converted = result.converted;
  if (converted.length === 0 && result.refused.length === 0) lines.push(t("pane.share.convertedNone", { scope }));
  if (converted.length > 0) {
    const onSheet = converted.filter((cell) => cell.keptIn === "sheet").length;
    const beside = converted.find((cell) => cell.keptIn !== "sheet")?.keptIn;
    const sheet = result.formulasSheet ?? "";
    if (beside === undefined) lines.push(t("pane.share.converted.sheet", { count: count(converted.length), scope, sheet }));
    else {
      lines.push(t(beside === "note" ? "pane.share.converted.note" : "pane.share.converted.comment", { count: count(converted.length), scope }));
      if (onSheet > 0) lines.push(t("pane.share.converted.someOnSheet", { count: count(onSheet), sheet }));
    }
  }
  for (const cell of result.refused) lines.push(t(`pane.share.refused.${cell.reason}`, { cell: cell.cell, value: cell.value }));
  return lines;
}

function restoredLines(t: Translate, locale: Parameters<typeof countText>[0], result: RestoreResult): string[] {
  const scope = scopeText(t, result.scope);
  const lines = [result.restored.length === 0 && result.skipped.length === 0
    ? t("pane.share.restoredNone", { scope })
    : t("pane.share.restored", { count: countText(locale, result.restored.length), scope })];
  for (const cell of result.skipped) lines.push(t(`pane.share.skipped.${cell.reason}`, { cell: cell.cell, range: cell.spill ?? cell.cell }));
  return lines;
}

export interface ShareSectionProps {
  readonly actions: ShareActions;
  /** The workbook's sheets, for turning a whole sheet into values. */
  readonly sheets: readonly string[];
  /** Opened at first (the README's picture); closed by default. */
  readonly defaultOpen?: boolean;
}

/**
 * Sharing the workbook: what needs the add-in and what does not, the check that lists every cell
 * still holding an `EC.` formula, and turning the formulas of the selection or a sheet into their
 * values (and back).
 */
export function ShareSection({ actions, sheets, defaultOpen = false }: ShareSectionProps) {
  const styles = useStyles();
  const t = useTranslate();
  const locale = usePaneLocale();
  const [check, setCheck] = useState<CheckState>({ status: "idle" });
  const [scope, setScope] = useState<string>(SELECTION);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const runCheck = async () => {
    setCheck({ status: "checking" });
    try {
      setCheck({ status: "done", check: await actions.checkEcFormulas() });
    } catch (error) {
      setCheck({ status: "failed", message: error instanceof Error ? error.message : String(error) });
    }
  };

  const run = async (action: "convert" | "restore") => {
    const chosen: FormulaScope = scope === SELECTION ? { kind: "selection" } : { kind: "sheet", sheet: scope };
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome(action === "convert"
        ? { kind: "converted", result: await actions.convertEcFormulas(chosen, { locale }) }
        : { kind: "restored", result: await actions.restoreEcFormulas(chosen) });
    } catch (error) {
      setOutcome({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
    // A list on show is brought up to date.
    if (check.status === "done") await runCheck();
  };

  const sheetChoices = [...new Set([...sheets, ...(check.status === "done" ? check.check.sheets.map((sheet) => sheet.sheet) : [])])];
  const scopeLabel = scope === SELECTION ? t("pane.share.where.selection") : t("pane.share.where.sheet", { sheet: scope });
  const lines = outcome === null || outcome.kind === "failed" ? [] : outcome.kind === "converted" ? convertedLines(t, locale, outcome.result) : restoredLines(t, locale, outcome.result);
  const intent = outcome === null ? "info" : outcome.kind === "failed" ? "error"
    : (outcome.kind === "converted" ? outcome.result.refused.length : outcome.result.skipped.length) > 0 ? "warning" : "success";

  return (
    <Accordion collapsible defaultOpenItems={defaultOpen ? ["share"] : []}>
      <AccordionItem value="share">
        <AccordionHeader size="medium">{t("pane.share.title")}</AccordionHeader>
        <AccordionPanel>
          <div className={styles.panel}>
            <Text size={200} className={styles.note}>{t("pane.share.intro")}</Text>
            <Button className={styles.start} size="small" onClick={() => void runCheck()} disabled={check.status === "checking"}>{t("pane.share.check")}</Button>
            {check.status === "checking" && <Spinner size="extra-tiny" label={t("pane.share.checking")} />}
            {check.status === "failed" && (
              <MessageBar intent="error" layout="multiline"><MessageBarBody>{t("pane.share.checkFailed", { message: check.message })}</MessageBarBody></MessageBar>
            )}
            {check.status === "done" && <CheckList check={check.check} />}
            <Field label={t("pane.share.where")}>
              <Dropdown
                className={styles.scope}
                size="small"
                value={scopeLabel}
                selectedOptions={[scope]}
                onOptionSelect={(_event, data) => setScope(data.optionValue ?? SELECTION)}
              >
                <Option value={SELECTION} text={t("pane.share.where.selection")}>{t("pane.share.where.selection")}</Option>
                {sheetChoices.map((sheet) => {
                  const text = t("pane.share.where.sheet", { sheet });
                  return <Option key={sheet} value={sheet} text={text}>{text}</Option>;
                })}
              </Dropdown>
            </Field>
            <Text size={200} className={styles.note}>{t("pane.share.convertHint")}</Text>
            <div className={styles.buttons}>
              <Button size="small" appearance="primary" disabled={busy} onClick={() => void run("convert")}>{t("pane.share.convert")}</Button>
              <Button size="small" disabled={busy} onClick={() => void run("restore")}>{t("pane.share.restore")}</Button>
            </div>
            {busy && <Spinner size="extra-tiny" label={t("pane.share.working")} />}
            {outcome !== null && (
              <MessageBar intent={intent} layout="multiline">
                <MessageBarBody>
                  {outcome.kind === "failed" ? t("pane.share.failed", { message: outcome.message }) : lines.length === 1 ? lines[0] : (
                    <ul className={styles.lines}>{lines.map((line, index) => <li key={index}>{line}</li>)}</ul>
                  )}
                </MessageBarBody>
              </MessageBar>
            )}
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

/** The check's answer: nothing to do, or the cells sheet by sheet, at most `CELLS_SHOWN_PER_SHEET` each. */
function CheckList({ check }: { readonly check: EcFormulaCheck }) {
  const styles = useStyles();
  const t = useTranslate();
  const locale = usePaneLocale();
  if (check.total === 0) {
    return <MessageBar intent="success" layout="multiline"><MessageBarBody>{t("pane.share.none")}</MessageBarBody></MessageBar>;
  }
  const listedCount = check.cells.length;
  return (
    <section aria-label={t("pane.share.found", { count: countText(locale, check.total) })}>
      <Text size={200} role="status" weight="semibold">{t("pane.share.found", { count: countText(locale, check.total) })}</Text>
      {check.sheets.map(({ sheet, count }) => {
        const cells = check.cells.filter((cell) => cell.sheet === sheet);
        const shown = cells.slice(0, CELLS_SHOWN_PER_SHEET);
        return (
          <div key={sheet}>
            <Text size={200} className={styles.sheetName}>{t("pane.share.sheetCount", { sheet, count: countText(locale, count) })}</Text>
            <ul className={styles.cells} aria-label={sheet}>
              {shown.map((cell) => (
                <li key={cell.cell} className={styles.cell}>
                  <span className={styles.address}>{cell.cell}</span>
                  <span className={styles.formula}>
                    {cell.formula}
                    {cell.spill !== undefined && <> · {t("pane.share.spills", { range: cell.spill })}</>}
                  </span>
                </li>
              ))}
            </ul>
            {count > shown.length && <Text className={styles.more}>{t("pane.share.more", { count: countText(locale, count - shown.length) })}</Text>}
          </div>
        );
      })}
      {listedCount < check.total && check.sheets.some(({ sheet, count }) => check.cells.filter((cell) => cell.sheet === sheet).length < Math.min(count, CELLS_SHOWN_PER_SHEET)) && (
        <Text className={styles.more}>{t("pane.share.listCut", { shown: countText(locale, listedCount) })}</Text>
      )}
    </section>
  );
}
