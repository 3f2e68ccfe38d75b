/**
 * `ec-review`, the command line: the same operations review as the task pane builds, from files.
 *
 *   ec-review build --orders orders.csv --adspend ads.xlsx --traffic traffic.csv \
 *     --period 2025-06..2025-10 --targets targets.json --out review.xlsx --json summary.json
 *   ec-review demo --out demo/
 *
 * A thin edge over the engine: files → sheets of cells (`readTableFile`) → tables and columns
 * (`detectTables`) → review model (`buildReview`) → .xlsx (`writeReviewWorkbook`) and summary.json.
 * Results go to stdout; the detected mapping, notices, progress and errors to stderr, in the user's
 * language. Exit codes: 0 done, 1 the input cannot be used, 2 the command line is wrong; a user's
 * mistake never shows a stack trace.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import packageInfo from "../../package.json";
import { translate, type Locale, type MessageKey, type MessageParams } from "../i18n/messages";
import { formatCount, formatCurrency } from "../review/format-figures";
import type { ReviewModel } from "../review/build-review";
import type { ReviewTargets } from "../review/review-inputs";
import { parseMonthRange } from "../review/review-period";
import { dateTimeLabel, monthLabel } from "../engine/calendar";
import { orderMonths } from "../review/default-period";
import type { ReviewSummary } from "../review/review-summary";
import { SKIPPED_ROWS_SHOWN } from "../review/review-sheet";
import { detectTables } from "../review/tables/detect-tables";
import { generateSampleShop, ORDER_HEADERS } from "../sample-shop/generate-sample-shop";
import { DEMO_PROMOTIONS } from "../sample-shop/shop-profile";
import type { TextCut } from "../review/sheet-layout/cell-text";
import { writeReviewWorkbook, type DataSheet } from "../xlsx/write-review-workbook";
import { joinCostTable, unitCostLookup } from "../review/cost-join";
import type { ItemJoin } from "../review/item-join";
import { CliError, EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE } from "./cli-error";
import { chooseLocale, DEFAULT_ADDIN_STORE, parseCommandLine, type BuildCommand, type DemoCommand } from "./cli-options";
import { chooseTable, findCompleteTable, formatMapping, TABLE_NAME_KEYS, tableSource, type FileTable } from "./choose-tables";
import { computeReview, type ComputedReview } from "./compute-review";
import { dataSheet } from "./data-sheet-rows";
import { inputOverwrittenBy, missingFolder, writeFileAtomically } from "./output-file";
import { ProgressLine } from "./progress-line";
import { terminalText, TEXT_WIDTH } from "./terminal-text";
import { checkTableFile, readTableFile, type TableFile } from "./read-table-file";
import { readTargetsFile } from "./read-targets";
import { summaryJsonText } from "./summary-json";
import { segmentsCsv } from "./segments-csv";
import { segmentListTable, type SegmentListTable } from "../review/segment-list";
import { numberFormats } from "../review/sheet-layout";
import { segmentListSheet } from "../xlsx/segment-list-sheet";
import type { TableKind } from "../review/tables/table-fields";

/** What the command line talks to: the process's streams and working directory, or a test's stand-ins. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Relative paths are resolved against it. */
  readonly cwd: string;
  /** The time written into the review's header; default the clock. */
  now?(): Date;
  /** LC_ALL / LC_MESSAGES / LANG choose the language; default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Whether stderr is a terminal, where progress is one line redrawn in place; default false. */
  readonly stderrIsTTY?: boolean;
  /** Whether the disk of an existing file folds the case of names; default `foldsCase`, which asks the disk. */
  foldsCase?(file: string): Promise<boolean>;
}

export const VERSION: string = packageInfo.version;

/** The demo's fixed seed: every run writes the same shop. */
export const DEMO_SEED = 1;
/** The demo's review period and comparison, as in the real review of PRODUCT.md. */
const DEMO_PERIOD = parseMonthRange("2025-06..2025-10")!;
export const DEMO_WORKBOOK = "ec-review-demo.xlsx";
export const DEMO_SUMMARY = "summary.json";

/** Parameters that hold a list composed with `listParams` (already cut), or a path, or an error's own words: wider caps. */
const LIST_PARAMS = new Set(["headers", "renamed", "examples", "others", "fields", "known", "choices", "options", "rows", "dates", "items", "where"]);
const PATH_PARAMS = new Set(["file", "folder", "json", "detail", "source", "reason"]);

/**
 * Every text parameter of a message through `terminalText`: control characters escaped, each
 * value cut to 80 columns (a path or an error's detail to 240, a composed list to 2,000). What
 * the files hold never reaches the terminal raw, whichever message carries it.
 */
function echoed(params: MessageParams, locale: Locale): MessageParams {
  const safe: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value !== "string") {
      safe[name] = value;
      continue;
    }
    const list = LIST_PARAMS.has(name) || typeof params[`${name}More`] === "number";
    const text = terminalText(value, list ? 2000 : PATH_PARAMS.has(name) ? 240 : TEXT_WIDTH, locale);
    // A list cut by `listParams`: "…, … and N more".
    const more = params[`${name}More`];
    safe[name] = typeof more === "number" && more > 0 ? translate(locale, "cli.list.more", { items: text, count: formatCount(more) }) : text;
  }
  return safe;
}

/** The run's language, output and progress line. */
class Session {
  readonly progress: ProgressLine;

  constructor(readonly io: CliIo, readonly locale: Locale) {
    this.progress = new ProgressLine((text) => io.stderr(text), locale, io.stderrIsTTY === true);
  }

  /** A message with its parameters made safe for the terminal (`echoed`). */
  text(key: MessageKey, params: MessageParams = {}): string {
    return translate(this.locale, key, echoed(params, this.locale));
  }

  /** A line on stderr (the progress line erased first). */
  note(text: string): void {
    this.progress.clear();
    this.io.stderr(`${text}\n`);
  }

  /** A line on stdout. */
  say(text: string): void {
    this.progress.clear();
    this.io.stdout(`${text}\n`);
  }

  resolve(file: string): string {
    return path.resolve(this.io.cwd, file);
  }
}

/**
 * Runs `ec-review` with its arguments (without `node` and the script) and returns the exit code.
 * Never throws: errors are written to `io.stderr`.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const env = io.env ?? process.env;
  const session = new Session(io, chooseLocale(argv, env));
  try {
    const command = parseCommandLine(argv);
    if (command.kind === "help") io.stdout(`${session.text("cli.help", { version: VERSION })}\n`);
    else if (command.kind === "version") io.stdout(`${VERSION}\n`);
    else if (command.kind === "build") await runBuild(command, session);
    else await runDemo(command, session);
    return EXIT_OK;
  } catch (error) {
    session.progress.clear();
    if (error instanceof CliError) {
      io.stderr(`ec-review: ${session.text(error.key, error.params)}\n`);
      if (error.exitCode === EXIT_USAGE) io.stderr(`${session.text("cli.usage.seeHelp")}\n`);
      return error.exitCode;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(`ec-review: ${session.text("cli.error.internal", { detail })}\n`);
    if (env.EC_REVIEW_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack.split("\n").map((line) => terminalText(line, 400)).join("\n")}\n`);
    return EXIT_BAD_INPUT;
  }
}

// ---- build -------------------------------------------------------------------------------------

async function readInput(file: string, session: Session): Promise<TableFile> {
  session.progress.begin("reading", file, 0);
  const read = await readTableFile(file, { cwd: session.io.cwd, onRows: (rows) => session.progress.rows(rows) });
  if (read.encoding === "gb18030") session.note(session.text("cli.notice.gb18030", { file }));
  for (const notice of read.notices) session.note(session.text(notice.key, notice.params));
  return read;
}

/** The table of `kind` from its own file, or found complete on another sheet of the orders workbook. */
function tableOf<K extends TableKind>(kind: K, own: TableFile | undefined, ordersFile: TableFile, ordersTables: ReturnType<typeof detectTables>, ordersSheet: string, session: Session): FileTable<K> | undefined {
  if (own !== undefined) return chooseTable(own, kind, detectTables(own.sheets));
  const found = findCompleteTable(ordersFile, kind, ordersTables, ordersSheet);
  if (found === null) return undefined;
  session.note(session.text("cli.notice.tableFromWorkbook", { file: found.file, sheet: found.sheet, what: TABLE_NAME_KEYS[kind] }));
  return found;
}

async function runBuild(command: BuildCommand, session: Session): Promise<void> {
  const inputs = [command.orders, command.adSpend, command.traffic, command.costs, command.items, command.experiments, command.touchpoints, command.targets].filter((file): file is string => file !== undefined);
  for (const output of [command.out, command.json, command.segmentsOut]) {
    if (output === undefined) continue;
    const folder = await missingFolder(session.resolve(output));
    if (folder !== null) throw new CliError("cli.error.outFolderMissing", { file: output, folder }, EXIT_USAGE);
    const input = await inputOverwrittenBy(session.resolve(output), inputs.map((file) => session.resolve(file)), session.io.foldsCase);
    if (input !== null) throw new CliError("cli.usage.outIsInput", { file: output }, EXIT_USAGE);
  }

  // Fail fast, before a million-row file is read: every file there, the targets valid.
  for (const file of [command.orders, command.adSpend, command.traffic, command.costs, command.items, command.experiments, command.touchpoints]) if (file !== undefined) await checkTableFile(file, session.io.cwd);
  const targets: ReviewTargets = command.targets === undefined ? {} : await readTargetsFile(command.targets, session.io.cwd);
  const ordersFile = await readInput(command.orders, session);
  const adSpendFile = command.adSpend === undefined ? undefined : await readInput(command.adSpend, session);
  const trafficFile = command.traffic === undefined ? undefined : await readInput(command.traffic, session);
  const costsFile = command.costs === undefined ? undefined : await readInput(command.costs, session);
  const itemsFile = command.items === undefined ? undefined : await readInput(command.items, session);
  const experimentsFile = command.experiments === undefined ? undefined : await readInput(command.experiments, session);
  const touchpointsFile = command.touchpoints === undefined ? undefined : await readInput(command.touchpoints, session);

  session.progress.begin("detecting");
  const ordersTables = detectTables(ordersFile.sheets);
  const chosenOrders = chooseTable(ordersFile, "orders", ordersTables, command.columnMap);
  const orders = command.amountShape === undefined ? chosenOrders : { ...chosenOrders, amountShape: command.amountShape };
  const adSpend = tableOf("adSpend", adSpendFile, ordersFile, ordersTables, orders.sheet, session);
  const traffic = tableOf("traffic", trafficFile, ordersFile, ordersTables, orders.sheet, session);
  const costs = costsFile === undefined ? undefined : chooseTable(costsFile, "costs", detectTables(costsFile.sheets));
  const items = itemsFile === undefined ? undefined : chooseTable(itemsFile, "items", detectTables(itemsFile.sheets));
  const experiments = experimentsFile === undefined ? undefined : chooseTable(experimentsFile, "experiments", detectTables(experimentsFile.sheets));
  const touchpoints = touchpointsFile === undefined ? undefined : chooseTable(touchpointsFile, "touchpoints", detectTables(touchpointsFile.sheets));
  for (const chosen of [orders, adSpend, traffic, costs, items, experiments, touchpoints]) if (chosen !== undefined) session.note(formatMapping(chosen, session.locale));

  let orderCosts: Float64Array | undefined;
  if (costs !== undefined) {
    // With an item table the costs are matched to its lines (reported with the join); the order
    // rows' own match still costs the orders without item rows.
    const join = joinCostTable(orders, costs);
    const itemsCanBeCosted = items !== undefined && unitCostLookup(items.detection.columns, costs) !== null;
    if (join === null && !itemsCanBeCosted) throw new CliError("cli.error.costsNoKey", { file: costs.file });
    orderCosts = join?.costs;
    if (join !== null && items === undefined) {
      session.note(session.text("cli.notice.costs", {
        file: costs.file, by: join.by, matched: formatCount(join.matched), kept: formatCount(join.kept), unmatched: formatCount(join.unmatched),
      }));
    }
  }

  session.progress.begin("computing");
  const computed = computeReview({
    tables: { orders, adSpend: adSpend ?? null, traffic: traffic ?? null, costs: costs ?? null, items: items ?? null, experiments: experiments ?? null, touchpoints: touchpoints ?? null },
    period: command.period, compare: command.compare, targets, currency: command.currency, locale: session.locale,
  }, {
    sources: [orders, adSpend, traffic, costs, items, experiments, touchpoints].filter((t) => t !== undefined).map(tableSource),
    generatedAt: session.io.now?.() ?? new Date(), skippedListedOn: session.text("cli.sheet.skipped"),
    readSkipped: [ordersFile, adSpendFile, trafficFile, costsFile, itemsFile, experimentsFile, touchpointsFile].flatMap((file) => file?.skipped ?? []), orderCosts,
  });
  if (items !== undefined && computed.itemJoin !== null) reportItemJoin(computed.itemJoin, items.file, costs?.file, session);
  reportReading(computed, session, tableSource(orders), { workbook: command.out, json: command.json });

  session.progress.begin("writing", command.out, null);
  const segments = segmentTable(computed.model, session);
  const dataSheets = [...(segments === null ? [] : [segmentListSheet(segments, numberFormats(computed.model.summary.currency, session.locale).currencyCents)]), ...skippedSheets(computed.model, session)];
  await writeOutput(command.out, await writeReviewWorkbook({
    review: computed.model.sheet, dataSheets, describeCut: (cut) => describeCut(cut, session), ...(command.addinStore === null ? {} : { addinStore: command.addinStore }),
  }), session);
  if (command.json !== undefined) await writeOutput(command.json, summaryJsonText(computed.model), session);
  let segmentsOut = command.segmentsOut;
  if (segmentsOut !== undefined) {
    if (segments === null) {
      session.note(session.text("cli.notice.segmentsNoBuyer", { file: segmentsOut }));
      segmentsOut = undefined;
    } else {
      await writeOutput(segmentsOut, segmentsCsv(segments), session);
    }
  }
  session.progress.finish();
  reportDone(computed.model, [command.out, command.json, segmentsOut], session);
}

/** A text the workbook writer cut to Excel's limit: told on stderr, and the note it writes below the review. */
function describeCut(cut: TextCut, session: Session): string {
  const params = { where: cut.where, length: formatCount(cut.length), limit: formatCount(cut.limit), start: cut.start };
  session.note(session.text("cli.notice.textCut", params));
  return session.text("review.note.textCut", params);
}

/** How the item table met the orders (and the cost table the item lines). */
function reportItemJoin(join: ItemJoin, file: string, costsFile: string | undefined, session: Session): void {
  session.note(session.text("cli.notice.itemsJoined", {
    file, by: join.by, lines: formatCount(join.lines), orders: formatCount(join.orders), unmatched: formatCount(join.unmatched), notCounted: formatCount(join.notCounted),
  }));
  if (join.costs !== null && costsFile !== undefined) {
    session.note(session.text("cli.notice.itemCosts", { file: costsFile, by: join.costs.by, matched: formatCount(join.costs.matched), unmatched: formatCount(join.costs.unmatched) }));
  }
}

/** What the user should know about the rows read: the currency and why, the period chosen, rows left out and skipped. */
/**
 * Where the skipped rows go beyond the review sheet's first 100: a sheet of the review workbook
 * listing every one (the file the operator opens anyway; no second file to find, nothing for a
 * spreadsheet to misread as a formula), cut at Excel's last row. None when the review sheet
 * lists them all.
 */
function skippedSheets(model: ReviewModel, session: Session): DataSheet[] {
  const { skipped } = model.summary;
  if (skipped.length <= SKIPPED_ROWS_SHOWN) return [];
  const rows: unknown[][] = [[session.text("review.col.sheet"), session.text("review.col.row"), session.text("review.col.reason")]];
  for (const row of skipped.slice(0, EXCEL_MAX_ROWS - 1)) rows.push([row.sheet, row.row, row.reason]);
  return [{ name: session.text("cli.sheet.skipped"), rows }];
}

/** The outreach list of the review in the run's language; null without a buyer column (no segments). */
function segmentTable(model: ReviewModel, session: Session): SegmentListTable | null {
  return model.segmentBuyers === null ? null : segmentListTable(model.segmentBuyers, session.locale);
}

/** Rows of an Excel worksheet. */
const EXCEL_MAX_ROWS = 1_048_576;

/** Skipped rows the terminal names. */
const SKIPPED_ROWS_NAMED = 10;

function reportReading(computed: ComputedReview, session: Session, ordersSource: string, outputs: { workbook: string; json?: string }): void {
  const { summary } = computed.model;
  const { code, source, found } = computed.currency;
  const header = found.header ?? "—";
  if (source === "option" && found.currency !== null && found.currency !== code) {
    session.note(session.text("cli.notice.currency.overridden", { currency: code, found: found.currency }));
  } else {
    session.note(session.text(`cli.notice.currency.${source}`, { currency: code, header }));
  }
  if (computed.defaultPeriod) session.note(session.text("cli.notice.defaultPeriod", { from: summary.period.from, to: summary.period.to }));
  if (computed.outliers !== null) {
    const { count, rows, first, last } = computed.outliers;
    const day = (serial: number) => dateTimeLabel(Math.floor(serial));
    const dates = first === last ? day(first) : `${day(first)} … ${day(last)}`;
    session.note(session.text("cli.notice.outliers", {
      count: formatCount(count), dates, sheet: ordersSource, rows: rows.join(", "), rowsMore: count - rows.length,
    }));
  }
  if (computed.periodCut !== null) {
    const months = orderMonths(computed.inputs.orders);
    session.note(session.text("cli.notice.periodCut", {
      given: `${monthLabel(computed.periodCut.from)}..${monthLabel(computed.periodCut.to)}`, first: months === null ? "—" : monthLabel(months.first),
      last: months === null ? "—" : monthLabel(months.last), from: summary.period.from, to: summary.period.to,
    }));
  }
  const orders = computed.inputs.orders;
  if (orders.amountShape !== null) {
    session.note(session.text("cli.notice.ordersInLines", {
      orders: formatCount(orders.length), lines: formatCount(orders.lines.length), shape: session.text(`amountShape.${orders.amountShape}`),
    }));
  }
  if (orders.unpaidOrders > 0) session.note(session.text("cli.notice.unpaid", { count: formatCount(orders.unpaidOrders) }));
  if (!orders.hasBuyers) session.note(session.text("cli.notice.noBuyer", { file: computed.inputs.sources[0] ?? "" }));
  // The closed orders of the period (and of the comparison period), not of the whole file.
  if (summary.excludedByStatus > 0 || summary.excludedByStatusComparison > 0 || summary.excludedByStatusUndated > 0) {
    session.note(session.text("cli.notice.excludedInPeriod", {
      count: formatCount(summary.excludedByStatus), comparison: formatCount(summary.excludedByStatusComparison), undated: formatCount(summary.excludedByStatusUndated),
    }));
  }
  // The first ten on the terminal, each made safe; all of them on the review sheet, or on a sheet of their own (and in summary.json).
  const skipped = summary.skipped;
  if (skipped.length > 0) {
    const examples = skipped.slice(0, SKIPPED_ROWS_NAMED)
      .map((row) => session.text("cli.notice.skippedRow", { sheet: row.sheet, row: row.row, reason: terminalText(row.reason, 160, session.locale) })).join("; ");
    if (skipped.length <= SKIPPED_ROWS_SHOWN) {
      const more = skipped.length - SKIPPED_ROWS_NAMED;
      session.note(session.text("cli.notice.skipped", { count: formatCount(skipped.length), examples: more > 0 ? session.text("cli.list.more", { items: examples, count: formatCount(more) }) : examples }));
    } else {
      const sheet = session.text("cli.sheet.skipped");
      const where = outputs.json === undefined
        ? session.text("cli.notice.skippedWhere.sheet", { sheet, file: outputs.workbook })
        : session.text("cli.notice.skippedWhere.sheetAndJson", { sheet, file: outputs.workbook, json: outputs.json });
      session.note(session.text("cli.notice.skippedMany", { count: formatCount(skipped.length), shown: SKIPPED_ROWS_NAMED, examples, where }));
    }
  }
}

function reportDone(model: ReviewModel, files: readonly (string | undefined)[], session: Session): void {
  const { summary } = model;
  session.say(session.text("cli.done.headline", {
    from: summary.period.from, to: summary.period.to, compareFrom: summary.comparisonPeriod.from, compareTo: summary.comparisonPeriod.to,
    gmv: formatCurrency(summary.gmv, summary.currency, session.locale), orders: formatCount(summary.orders),
    aov: summary.aov === null ? "—" : formatCurrency(summary.aov, summary.currency, session.locale),
  }));
  for (const file of files) if (file !== undefined) session.say(session.text("cli.done.wrote", { file }));
}

async function writeOutput(file: string, content: Uint8Array | string, session: Session): Promise<void> {
  const target = session.resolve(file);
  try {
    await writeFileAtomically(target, content);
  } catch (error) {
    throw new CliError("cli.error.writeFailed", { file, detail: (error as Error).message });
  }
}

// ---- demo --------------------------------------------------------------------------------------

/**
 * The real review's GMV target over the GMV of the period before: 25.0M ÷ (19.8M ÷ 1.125), a
 * stretch beyond its +25% growth target.
 */
const DEMO_GMV_TARGET_FACTOR = 25.0 / (19.8 / 1.125);

/**
 * The demo's targets, set as in the real review of PRODUCT.md, from the comparison period's
 * figures: a GMV target 1.42 times the previous GMV, GMV growth +25%, AOV +15% (as an AOV target
 * and as AOV growth), repurchase rate +10% (as a rate target and as repurchase growth), conversion
 * 3.5% and the 8%–12% margin band. Rounded as a person would write them. The benchmarks are the
 * industry figures that review quotes: conversion 3.8%, cost per new buyer 25. The shop's August
 * 满200减30 (`DEMO_PROMOTIONS` in the sample shop's profile) is given as targets.json's `promotions`
 * would give it, so that the review finds its add-on lines and threshold bunching.
 */
export function demoTargets(baseline: ReviewSummary): ReviewTargets {
  const before = baseline.comparison;
  const roundTo = (value: number, step: number) => Math.round(value / step) * step;
  return {
    ...(before.gmv > 0 ? { gmv: roundTo(before.gmv * DEMO_GMV_TARGET_FACTOR, 10_000) } : {}),
    gmvGrowth: 0.25,
    ...(before.aov !== null ? { aov: roundTo(before.aov * 1.15, 1) } : {}),
    aovGrowth: 0.15,
    ...(before.repurchaseRate !== null ? { repurchaseRate: roundTo(before.repurchaseRate * 1.1, 0.001) } : {}),
    repurchaseGrowth: 0.1,
    conversionRate: 0.035,
    marginBand: { low: 0.08, high: 0.12 },
    benchmarks: { conversionRate: 0.038, costPerNewBuyer: 25 },
    promotions: DEMO_PROMOTIONS,
  };
}

const DEMO_SHEET_KEYS = {
  orders: "cli.demo.sheet.orders", items: "cli.demo.sheet.items", adSpend: "cli.demo.sheet.adSpend", traffic: "cli.demo.sheet.traffic",
  costs: "cli.demo.sheet.costs", experiments: "cli.demo.sheet.experiments", touchpoints: "cli.demo.sheet.touchpoints",
} as const;
/** The order report's shipping time (发货时间): a date-time of the data sheet, though never the order's time. */
const DEMO_SHIPPED_COLUMN = ORDER_HEADERS.indexOf("发货时间");

async function runDemo(command: DemoCommand, session: Session): Promise<void> {
  session.note(session.text("cli.demo.generating", { orders: formatCount(command.orders), seed: DEMO_SEED }));
  const shop = generateSampleShop({ orders: command.orders, seed: DEMO_SEED });
  const names = Object.fromEntries(Object.entries(DEMO_SHEET_KEYS).map(([table, key]) => [table, session.text(key)])) as Record<keyof typeof DEMO_SHEET_KEYS, string>;
  const asFile = (name: string, grid: unknown[][]): TableFile => ({ file: DEMO_WORKBOOK, format: "xlsx", sheets: [{ name, grid }], rows: grid.length, notices: [] });

  session.progress.begin("detecting", "", shop.orders.length);
  // The 千牛 order report with its item report (宝贝报表) and the operator's cost table, as `build
  // --items --costs` reads them: the item lines carry each item's own price and cost.
  const orders = chooseTable(asFile(names.orders, shop.orders), "orders");
  const items = chooseTable(asFile(names.items, shop.items), "items");
  const adSpend = chooseTable(asFile(names.adSpend, shop.adSpend), "adSpend");
  const traffic = chooseTable(asFile(names.traffic, shop.traffic), "traffic");
  const costs = chooseTable(asFile(names.costs, shop.costs), "costs");
  const experiments = chooseTable(asFile(names.experiments, shop.experiments), "experiments");
  const touchpoints = chooseTable(asFile(names.touchpoints, shop.touchpoints), "touchpoints");
  for (const chosen of [orders, items, adSpend, traffic, costs, experiments, touchpoints]) session.note(formatMapping(chosen, session.locale));

  session.progress.begin("computing");
  const computed = computeReview({
    tables: { orders, adSpend, traffic, costs, items, experiments, touchpoints }, period: DEMO_PERIOD, compare: "previous", targets: {}, locale: session.locale,
  }, {
    sources: [names.orders, names.items, names.adSpend, names.traffic, names.costs, names.experiments, names.touchpoints], generatedAt: session.io.now?.() ?? new Date(),
    skippedListedOn: session.text("cli.sheet.skipped"), targetsFromBaseline: demoTargets,
  });
  if (computed.itemJoin !== null) reportItemJoin(computed.itemJoin, names.items, names.costs, session);
  reportReading(computed, session, tableSource(orders), { workbook: path.join(command.out, DEMO_WORKBOOK), json: path.join(command.out, DEMO_SUMMARY) });

  // The demo's folder is its own: made when missing, and said so.
  if ((await missingFolder(path.join(session.resolve(command.out), DEMO_WORKBOOK))) !== null) {
    try {
      await mkdir(session.resolve(command.out), { recursive: true });
    } catch (error) {
      throw new CliError("cli.error.writeFailed", { file: command.out, detail: (error as Error).message });
    }
    session.note(session.text("cli.notice.createdFolder", { folder: command.out }));
  }
  const workbookFile = path.join(command.out, DEMO_WORKBOOK);
  const summaryFile = path.join(command.out, DEMO_SUMMARY);
  session.progress.begin("writing", workbookFile, null);
  const segments = segmentTable(computed.model, session);
  const dataSheets: DataSheet[] = [
    ...(segments === null ? [] : [segmentListSheet(segments, numberFormats(computed.model.summary.currency, session.locale).currencyCents)]),
    dataSheet(names.orders, orders.grid, [...dateColumns(orders, ["paidTime", "createdTime"]), DEMO_SHIPPED_COLUMN], orders.detection.firstDataRow),
    dataSheet(names.items, items.grid, [], items.detection.firstDataRow),
    dataSheet(names.adSpend, adSpend.grid, dateColumns(adSpend, ["date"]), adSpend.detection.firstDataRow),
    dataSheet(names.traffic, traffic.grid, dateColumns(traffic, ["date"]), traffic.detection.firstDataRow),
    dataSheet(names.costs, costs.grid, [], costs.detection.firstDataRow),
    // The coupon test's table, read as `build --experiments` reads it.
    dataSheet(names.experiments, experiments.grid, [], experiments.detection.firstDataRow),
    // The visits and ad clicks the channel contribution section credits the orders along, as `build --touchpoints` reads them.
    dataSheet(names.touchpoints, touchpoints.grid, dateColumns(touchpoints, ["touchTime"]), touchpoints.detection.firstDataRow),
    ...skippedSheets(computed.model, session),
  ];
  await writeOutput(workbookFile, await writeReviewWorkbook({ review: computed.model.sheet, dataSheets, describeCut: (cut) => describeCut(cut, session), addinStore: DEFAULT_ADDIN_STORE }), session);
  await writeOutput(summaryFile, summaryJsonText(computed.model), session);
  session.progress.finish();
  reportDone(computed.model, [workbookFile, summaryFile], session);
}

/** The columns of the given date fields that the detection mapped. */
function dateColumns<K extends TableKind>(chosen: FileTable<K>, fields: readonly string[]): number[] {
  const columns = chosen.detection.columns as Readonly<Record<string, { column: number } | undefined>>;
  return fields.map((field) => columns[field]?.column).filter((column): column is number => column !== undefined);
}
