/**
 * What the Functions tab's Insert puts into a cell (pure): the function's formula with each argument
 * filled from the Data tab's mapping — the whole detected column of the right sheet, e.g.
 * `'订单'!K2:K6001` for the amounts of a 千牛 export, whose amount column the detection chose among
 * its several money columns — and what it used, so that the pane can say so. The example's ranges
 * are inserted only when a column the function needs was not detected, and the plan says which.
 *
 * Each parameter is filled by what it means, not only by its kind: `keys` are buyers in EC.AOV but
 * channels in EC.CHANNELS, so the table below names, for every parameter of the catalog, the
 * table and field its column comes from (held to the catalog by insert-arguments.test.ts).
 */
import { FUNCTION_TEXTS, type FunctionTexts } from "../functions/function-texts.generated";
import type { Locale } from "../i18n/messages";
import { columnName, parseRangeAddress } from "../review/sheet-layout";
import { orderTimeField } from "../review/tables/order-time";
import type { ChosenTables } from "../review/tables/review-request";
import { TABLE_KINDS, type TableField, type TableKind } from "../review/tables/table-fields";
import type { TableDetectionOf } from "../review/tables/table-detection";
import type { SourceSheet } from "./workbook/workbook-gateway";

/** A field of a table, or the column that dates the orders (`orderTimeField`: payment, else creation time). */
export type ColumnField = TableField | "orderTime";

/** A column the Data tab found, as a range Insert can put into a formula. */
export interface DetectedColumn {
  readonly table: TableKind;
  readonly field: ColumnField;
  /** The worksheet that holds it. */
  readonly sheet: string;
  /** Its column letter on the sheet. */
  readonly letter: string;
  readonly header: string | null;
  /** Its data rows, below the header, the sheet quoted: "'订单'!K2:K6001". */
  readonly range: string;
}

/** Where a parameter's argument comes from. */
type ParameterSource =
  /** A column (for a `total`, a column whose sum it takes), the first of these the Data tab found. */
  | { readonly fill: "column"; readonly from: readonly (readonly [TableKind, ColumnField])[] }
  /** A value, never a column (a margin, a number of months, a mode): the example's. */
  | { readonly fill: "value" };

const column = (...from: (readonly [TableKind, ColumnField])[]): ParameterSource => ({ fill: "column", from });
const VALUE: ParameterSource = { fill: "value" };

/**
 * Every parameter of the catalog by its name, and, where one function's parameter of that name
 * means something else, by "ID.name". A column parameter with an empty list is one no table of the
 * Data tab holds (stock, this period's values …): Insert then keeps the example.
 */
export const PARAMETER_SOURCES: Readonly<Record<string, ParameterSource>> = {
  amounts: column(["orders", "amount"]),
  revenue: column(["orders", "amount"]),
  price: column(["orders", "amount"]),
  cost: column(["orders", "cost"]),
  "PRICEFORMARGIN.cost": column(["costs", "unitCost"], ["orders", "cost"]),
  statuses: column(["orders", "status"]),
  orderIds: column(["orders", "orderId"]),
  buyers: column(["orders", "buyer"]),
  dates: column(["orders", "orderTime"]),
  channels: column(["orders", "channel"]),
  spendChannels: column(["adSpend", "channel"]),
  spendAmounts: column(["adSpend", "spend"]),
  spend: column(["adSpend", "spend"]),
  gmv: column(["adSpend", "attributedGmv"]),
  visitors: column(["traffic", "visitors"]),
  items: column(["orders", "sku"], ["orders", "itemTitle"]),
  arms: column(),
  "EXPERIMENT.visitors": column(),
  conversions: column(),
  "EXPERIMENT.revenue": column(),
  // Conversion paths (issue 15): a path table is none of the Data tab's tables.
  paths: column(),
  value: column(),
  model: VALUE,
  // Fulfilment and after-sales (issue 14)
  paidTimes: column(["orders", "paidTime"]),
  shippedTimes: column(["orders", "shippedTime"]),
  afterSales: column(["orders", "afterSales"]),
  refundAmounts: column(["orders", "refundAmount"]),
  limitHours: VALUE,
  // Baskets and promotion thresholds (issue 14)
  quantities: column(["orders", "quantity"], ["items", "quantity"]),
  costs: column(["orders", "cost"]),
  periodFrom: VALUE, periodTo: VALUE, compareFrom: VALUE, compareTo: VALUE, priceLimit: VALUE, threshold: VALUE, discount: VALUE,
  promotionFrom: VALUE, promotionTo: VALUE,
  converters: column(),
  newBuyers: column(),
  stock: column(),
  unitsSold: column(),
  current: column(),
  previous: column(),
  actual: column(),
  target: column(),
  edges: VALUE, mode: VALUE, margin: VALUE, low: VALUE, high: VALUE, months: VALUE, asOf: VALUE, summary: VALUE,
  days: VALUE, thresholdDays: VALUE, confidence: VALUE, power: VALUE, from: VALUE, to: VALUE,
  controlConversions: VALUE, controlVisitors: VALUE, treatmentConversions: VALUE, treatmentVisitors: VALUE,
};

/** The source of a function's parameter (see `PARAMETER_SOURCES`). */
export function parameterSource(functionId: string, parameter: string): ParameterSource | undefined {
  return PARAMETER_SOURCES[`${functionId}.${parameter}`] ?? PARAMETER_SOURCES[parameter];
}

/** A sheet name as a formula writes it, always quoted: 'Sheet name'. */
const quotedSheet = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

/** "'订单'!A1:I1001" → the sheet and the range's first column (0-based); null for anything else. */
function sheetAndFirstColumn(address: string): { sheet: string; left: number } | null {
  const bang = address.lastIndexOf("!");
  if (bang < 1) return null;
  const quoted = address.slice(0, bang);
  const sheet = quoted.startsWith("'") && quoted.endsWith("'") ? quoted.slice(1, -1).replace(/''/g, "'") : quoted;
  try {
    return { sheet, left: parseRangeAddress(address.slice(bang + 1).replace(/\$/g, "")).left };
  } catch {
    return null;
  }
}

/**
 * The columns of the tables the Data tab chose, each as a range of its data rows on its sheet: the
 * fields it mapped (detected or chosen by the operator), and `orderTime` for the orders.
 * `sources` are the workbook's sources as listed (their addresses place each table on its sheet).
 */
export function detectedColumns(tables: ChosenTables | null, sources: readonly SourceSheet[]): DetectedColumn[] {
  if (tables === null) return [];
  const found: DetectedColumn[] = [];
  for (const kind of TABLE_KINDS) {
    const table = tables[kind];
    if (table === null) continue;
    const source = sources.find((candidate) => candidate.name === table.sheet);
    const place = source === undefined ? null : sheetAndFirstColumn(source.address);
    if (place === null) continue;
    const first = table.firstRow + table.detection.firstDataRow;
    const last = table.firstRow + table.grid.length - 1;
    if (last < first) continue;
    const columns = table.detection.columns as Readonly<Partial<Record<TableField, { column: number; header: string | null }>>>;
    const add = (field: ColumnField, mapped: { column: number; header: string | null } | undefined) => {
      if (mapped === undefined) return;
      const letter = columnName(place.left + mapped.column);
      found.push({ table: kind, field, sheet: place.sheet, letter, header: mapped.header, range: `${quotedSheet(place.sheet)}!${letter}${first}:${letter}${last}` });
    };
    for (const [field, mapped] of Object.entries(columns)) add(field as TableField, mapped);
    if (kind === "orders") add("orderTime", columns[orderTimeField(table.detection as TableDetectionOf<"orders">)]);
  }
  return found;
}

/** A formula's arguments as written, split at the commas outside parentheses, braces and quotes: "=F(A1, {1,2}, \"a,b\")" → ["A1", "{1,2}", "\"a,b\""]. */
export function formulaArguments(formula: string): string[] {
  const open = formula.indexOf("(");
  const close = formula.lastIndexOf(")");
  if (open < 0 || close < open) return [];
  const inside = formula.slice(open + 1, close);
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < inside.length; i++) {
    const char = inside[i];
    if (char === "\"") quoted = !quoted;
    else if (quoted) continue;
    else if (char === "(" || char === "{") depth++;
    else if (char === ")" || char === "}") depth--;
    else if (char === "," && depth === 0) {
      parts.push(inside.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(inside.slice(start).trim());
  return parts.length === 1 && parts[0] === "" ? [] : parts;
}

/** What Insert puts in, and what it took from where. */
export interface InsertPlan {
  readonly formula: string;
  /** The arguments filled with a detected column, in parameter order (the parameter named in the pane's language). */
  readonly used: readonly { readonly parameter: string; readonly column: DetectedColumn }[];
  /** Parameters whose value was taken from the example (a margin, months …), in the pane's language. */
  readonly fromExample: readonly string[];
  /**
   * Set when the example was inserted as it is: `missing` names the first parameter the function
   * needs whose column the Data tab did not find, or is null when it found none of the function's columns.
   */
  readonly example: { readonly missing: string | null } | null;
}

/** The texts of a function of the catalog. */
export function functionTexts(id: string): FunctionTexts {
  const found = FUNCTION_TEXTS.find((fn) => fn.id === id);
  if (found === undefined) throw new Error(`No EC.${id} in the function catalog`);
  return found;
}

/**
 * The formula Insert puts into a cell for `fn`: each column argument from `columns` — a required
 * one (or a sum, `total`) must be there, an optional one is left out when it is not — and the
 * values (margins, months, modes) from the function's example. When a column the function needs is
 * missing, or none of its columns is found, the example as it is.
 */
export function insertPlan(fn: FunctionTexts, columns: readonly DetectedColumn[], locale: Locale): InsertPlan {
  const example = formulaArguments(fn.example.formula);
  const shownName = (index: number) => (locale === "zh-CN" ? fn.zh.parameters[index].name : fn.en.parameters[index].name);
  const args: string[] = [];
  const used: { parameter: string; column: DetectedColumn }[] = [];
  const fromExample: string[] = [];
  let missing: string | null = null;
  fn.en.parameters.forEach((parameter, index) => {
    const source = parameterSource(fn.id, parameter.name);
    if (source === undefined) throw new Error(`EC.${fn.id}: parameter ${parameter.name} has no source in PARAMETER_SOURCES`);
    const exampleText = example[index] ?? "";
    if (source.fill === "value") {
      args.push(exampleText);
      if (exampleText !== "") fromExample.push(shownName(index));
      return;
    }
    const found = source.from.map(([table, field]) => columns.find((c) => c.table === table && c.field === field)).find((c) => c !== undefined);
    if (found !== undefined) {
      args.push(found.range);
      used.push({ parameter: shownName(index), column: found });
      return;
    }
    // A needed column (or sum) not found: the example is inserted; an optional column is left out.
    if (!parameter.optional) missing ??= shownName(index);
    args.push("");
  });
  if (used.length === 0) return { formula: fn.example.formula, used: [], fromExample: [], example: { missing: null } };
  if (missing !== null) return { formula: fn.example.formula, used: [], fromExample: [], example: { missing } };
  while (args.length > 0 && args[args.length - 1] === "") args.pop();
  return { formula: `=EC.${fn.id}(${args.join(", ")})`, used, fromExample, example: null };
}
