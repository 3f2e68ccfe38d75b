import path from "node:path";
import type { Locale, MessageKey } from "../i18n/messages";
import { translate } from "../i18n/messages";
import { columnName } from "../review/sheet-layout";
import { applyColumnChoices, columnNamed, type ColumnChoice } from "../review/tables/apply-override";
import { detectTable } from "../review/tables/detect-table";
import type { WorkbookTables } from "../review/tables/detect-tables";
import { HEADER_DICTIONARY } from "../review/tables/header-dictionary";
import type { ChosenTable } from "../review/tables/review-request";
import type { ColumnMapping, TableDetectionOf } from "../review/tables/table-detection";
import { REQUIRED_FIELDS, type FieldOf, type TableKind } from "../review/tables/table-fields";
import { CliError, EXIT_USAGE } from "./cli-error";
import { displayWidth, padEnd } from "./display-width";
import type { TableFile } from "./read-table-file";
import { listParams, terminalText } from "./terminal-text";

/** A table the command line chose (see `ChosenTable`): always from a file, its grid the whole sheet. */
export type FileTable<K extends TableKind> = ChosenTable<K> & { readonly file: string };

/**
 * What the command line needs of each kind beyond detection's own requirements (`REQUIRED_FIELDS`):
 * ad spend and traffic by channel and month. Orders need no buyer: without one (抖店, 拼多多) the
 * review leaves out the figures of buyers (repurchase, new buyers, cohorts, RFM) and says so.
 */
const CLI_REQUIRED_FIELDS: { readonly [K in TableKind]: readonly (readonly FieldOf<K>[])[] } = {
  orders: [],
  adSpend: [["date", "month"]],
  traffic: [["channel"], ["date", "month"]],
  costs: [],
  items: [],
  experiments: [],
  touchpoints: [],
};

export const TABLE_NAME_KEYS: Readonly<Record<TableKind, MessageKey>> = {
  orders: "cli.table.orders",
  adSpend: "cli.table.adSpend",
  traffic: "cli.table.traffic",
  costs: "cli.table.costs",
  items: "cli.table.items",
  experiments: "cli.table.experiments",
  touchpoints: "cli.table.touchpoints",
};

/** The required groups of fields (`REQUIRED_FIELDS` and the command line's own) that the detection leaves unmapped. */
export function unmetRequirements<K extends TableKind>(detection: TableDetectionOf<K>): (readonly FieldOf<K>[])[] {
  const groups = [...(REQUIRED_FIELDS[detection.kind] as readonly (readonly FieldOf<K>[])[]), ...(CLI_REQUIRED_FIELDS[detection.kind] as readonly (readonly FieldOf<K>[])[])];
  const columns = detection.columns as Readonly<Partial<Record<FieldOf<K>, ColumnMapping>>>;
  return groups.filter((group) => !group.some((field) => columns[field] !== undefined));
}

function nonBlankSheets(file: TableFile) {
  return file.sheets.filter((sheet) => sheet.grid.some((row) => row.some((cell) => cell !== "" && cell !== null && cell !== undefined)));
}

/**
 * The table of `kind` in a file the user named for it: the sheet detection takes for that kind
 * when it has every required column; otherwise every sheet is read as that kind (the user said
 * what the file holds) and the one with every required column and the highest confidence wins.
 * When none has them, throws CliError naming the file, the sheet that came closest, the missing
 * fields (with headers that would name them) and the headers it has.
 *
 * @param tables `detectTables` of the file's sheets, when already computed
 * @param choices the user's `--map` choices, applied before the required columns are checked (so
 *   that `--map buyer=收件人手机号` completes a table); a sheet without a header named is passed over,
 *   and when every sheet lacks one, throws a usage error naming it
 */
export function chooseTable<K extends TableKind>(file: TableFile, kind: K, tables?: WorkbookTables, choices: readonly ColumnChoice<K>[] = []): FileTable<K> {
  const found = tables?.[kind] as { sheet: string; detection: TableDetectionOf<K> } | null | undefined;
  const foundChosen = found ? applyColumnChoices(found.detection, choices) : null;
  if (found && foundChosen !== null && unmetRequirements(foundChosen).length === 0) {
    const sheet = file.sheets.find((s) => s.name === found.sheet)!;
    return { file: file.file, sheet: sheet.name, grid: sheet.grid, firstRow: 1, detection: foundChosen };
  }
  let best: { chosen: FileTable<K>; unmet: number } | null = null;
  let lackingHeader: FileTable<K> | null = null;
  for (const sheet of nonBlankSheets(file)) {
    const detected = detectTable(sheet.grid, { kind, sheetName: sheet.name });
    // A sheet without a column the user named is not the table the user meant.
    const detection = applyColumnChoices(detected, choices);
    if (detection === null) {
      lackingHeader ??= { file: file.file, sheet: sheet.name, grid: sheet.grid, firstRow: 1, detection: detected };
      continue;
    }
    const unmet = unmetRequirements(detection).length;
    const better = best === null || unmet < best.unmet || (unmet === best.unmet && detection.confidence > best.chosen.detection.confidence);
    if (better) best = { chosen: { file: file.file, sheet: sheet.name, grid: sheet.grid, firstRow: 1, detection }, unmet };
  }
  if (best === null && lackingHeader !== null) throw headerNotFoundError(lackingHeader, choices);
  if (best === null) throw new CliError("cli.error.emptyFile", { file: file.file });
  if (best.unmet > 0) throw missingColumnsError(best.chosen);
  return best.chosen;
}

function headerNotFoundError<K extends TableKind>(chosen: FileTable<K>, choices: readonly ColumnChoice<K>[]): CliError {
  const { detection } = chosen;
  const missing = choices.find(({ header }) => header !== null && columnNamed(detection, header) === null)!;
  const headers = detection.headers.filter((header): header is string => header !== null && header !== "");
  return new CliError(detection.headerRow === null ? "cli.usage.mapNoHeaderRow" : "cli.usage.mapHeaderNotFound", {
    field: missing.field,
    header: missing.header!,
    file: chosen.file,
    sheet: chosen.sheet,
    ...listParams("headers", headers, { quote: true }),
  }, EXIT_USAGE);
}

/**
 * A table of `kind` found, complete, on another sheet of a workbook already read (the orders
 * workbook that also holds the ad spend), or `null`.
 */
export function findCompleteTable<K extends TableKind>(file: TableFile, kind: K, tables: WorkbookTables, exceptSheet: string): FileTable<K> | null {
  const found = tables[kind] as { sheet: string; detection: TableDetectionOf<K> } | null;
  if (found === null || found.sheet === exceptSheet || unmetRequirements(found.detection).length > 0) return null;
  const sheet = file.sheets.find((s) => s.name === found.sheet)!;
  return { file: file.file, sheet: sheet.name, grid: sheet.grid, firstRow: 1, detection: found.detection };
}

function missingColumnsError<K extends TableKind>(chosen: FileTable<K>): CliError {
  const { detection } = chosen;
  const dictionary = HEADER_DICTIONARY[detection.kind] as Readonly<Partial<Record<FieldOf<K>, readonly (readonly [string, number])[]>>>;
  const fields = unmetRequirements(detection)
    .map((group) => group.map((field) => {
      const examples = (dictionary[field] ?? []).filter(([, confidence]) => confidence >= 0.95).slice(0, 2).map(([header]) => header);
      return examples.length === 0 ? field : `${field} (${examples.join(", ")})`;
    }).join(" / "))
    .join("; ");
  const headers = detection.headers.filter((header): header is string => header !== null && header !== "");
  return new CliError("cli.error.missingColumns", {
    file: chosen.file,
    sheet: chosen.sheet,
    what: TABLE_NAME_KEYS[detection.kind],
    fields,
    ...listParams("headers", headers, { quote: true }),
  });
}

/**
 * A table's source as the user knows it: the file, and the sheet after "›" when the file has
 * sheets of its own (a CSV's one sheet is named after the file).
 */
export function tableSource(chosen: FileTable<TableKind>): string {
  const base = path.basename(chosen.file);
  return chosen.sheet === path.basename(chosen.file, path.extname(chosen.file)) ? base : `${base} › ${chosen.sheet}`;
}

/** The fields a chosen table's review reading uses, in the order the mapping table shows them. */
const SHOWN_FIELDS: { readonly [K in TableKind]: readonly FieldOf<K>[] } = {
  orders: ["orderId", "buyer", "paidTime", "createdTime", "amount", "cost", "status", "channel", "itemTitle", "sku", "quantity", "shippedTime", "afterSales", "refundAmount", "experimentArm"],
  adSpend: ["date", "month", "channel", "spend", "impressions", "clicks", "attributedGmv"],
  traffic: ["date", "month", "channel", "visitors"],
  costs: ["sku", "itemTitle", "unitCost"],
  items: ["orderId", "itemTitle", "sku", "quantity", "unitPrice", "lineAmount", "status"],
  experiments: ["experiment", "arm", "visitors", "conversions", "revenue"],
  touchpoints: ["visitor", "touchTime", "channel"],
};

/**
 * The detected mapping as a short table for stderr:
 *
 *   orders.csv: orders table, header row 1, confidence 0.97
 *     amount     ← 实付金额        1.00  header
 *     channel    ← Mode            0.18  suggested, not used; --map "channel=Mode" uses it
 *
 * Suggestions (`TableDetection.suggestions`) follow the columns used, with the `--map` that confirms them.
 */
export function formatMapping<K extends TableKind>(chosen: FileTable<K>, locale: Locale): string {
  const { detection } = chosen;
  const title = translate(locale, "cli.mapping.title", {
    source: terminalText(tableSource(chosen), 160, locale),
    what: TABLE_NAME_KEYS[detection.kind],
    row: detection.headerRow === null ? "—" : detection.headerRow + 1,
    confidence: detection.confidence.toFixed(2),
  });
  const columns = detection.columns as Readonly<Partial<Record<FieldOf<K>, ColumnMapping>>>;
  const suggestions = detection.suggestions as Readonly<Partial<Record<FieldOf<K>, ColumnMapping>>>;
  const shown = SHOWN_FIELDS[detection.kind] as readonly FieldOf<K>[];
  const row = (field: FieldOf<K>, mapping: ColumnMapping, how: string) => {
    // The header as the file wrote it, made safe and cut for the terminal.
    const header = mapping.header === null ? translate(locale, "cli.mapping.noHeader", { column: columnName(mapping.column) }) : terminalText(mapping.header, 40, locale);
    return [field, header, mapping.confidence.toFixed(2), how];
  };
  const rows = [
    ...shown.filter((field) => columns[field] !== undefined)
      .map((field) => row(field, columns[field]!, translate(locale, `cli.mapping.source.${columns[field]!.source}` as MessageKey))),
    ...shown.filter((field) => suggestions[field] !== undefined)
      .map((field) => {
        const mapping = suggestions[field]!;
        return row(field, mapping, translate(locale, "cli.mapping.suggestion", { field, header: mapping.header === null ? columnName(mapping.column) : terminalText(mapping.header, 40, locale) }));
      }),
  ];
  const fieldWidth = Math.max(...rows.map((row) => displayWidth(row[0])));
  const headerWidth = Math.max(...rows.map((row) => displayWidth(row[1])));
  const lines = rows.map((row) => `  ${padEnd(row[0], fieldWidth)} ← ${padEnd(row[1], headerWidth)}  ${row[2]}  ${row[3]}`);
  return [title, ...lines].join("\n");
}
