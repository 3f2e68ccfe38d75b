import { parseNumberCell } from "./parse-number";
import { cellAt, columnLength, type CellColumn } from "./read-columns";

/** The currencies a review can be shown in (ISO 4217 codes). */
export const CURRENCY_CODES = ["CNY", "USD", "HKD", "EUR", "GBP", "JPY", "CAD", "AUD"] as const;
export type CurrencyCode = (typeof CURRENCY_CODES)[number];

/** The review's currency when neither the data nor the operator names one (PRODUCT.md: the shops are Chinese). */
export const DEFAULT_CURRENCY: CurrencyCode = "CNY";

/** Currencies written with a bare `$`: a `$` cell takes the one a currency column or the header names, else USD. */
const DOLLARS: ReadonlySet<CurrencyCode> = new Set(["USD", "HKD", "CAD", "AUD"]);

/** A bare `$`: a dollar, which one is not said. */
type Mark = CurrencyCode | "$";

/**
 * The currency signs and codes `parseNumberCell` accepts around an amount (its CURRENCY_PREFIX and
 * CURRENCY_SUFFIX), longest first so that `US$` and `HK$` are not read as `$`. Matched after NFKC,
 * which makes `＄`, `ＵＳＤ` and `￥` the `$`, `USD` and `¥` the parser reads.
 */
const AMOUNT_PREFIX = /^(US\$|HK\$|RMB|CNY|USD|HKD|EUR|GBP|[¥$€£])/i;
const AMOUNT_SUFFIX = /(元|RMB|CNY|USD|HKD|EUR|GBP)$/i;
const MARKS: Readonly<Record<string, Mark>> = {
  "US$": "USD", "HK$": "HKD", RMB: "CNY", CNY: "CNY", USD: "USD", HKD: "HKD", EUR: "EUR", GBP: "GBP",
  "¥": "CNY", "元": "CNY", "$": "$", "€": "EUR", "£": "GBP",
};

/** Names a currency column or a header may use for a currency, besides its ISO code. */
const CURRENCY_NAMES: readonly (readonly [RegExp, CurrencyCode])[] = [
  [/人民币|RMB/i, "CNY"], [/美元|美金|US\$/i, "USD"], [/港币|港元|HK\$/i, "HKD"], [/欧元|€/, "EUR"], [/英镑|£/, "GBP"],
  [/日元|日圆|円|JP¥/i, "JPY"], [/加元|加币|CA\$/i, "CAD"], [/澳元|澳币|A\$/, "AUD"],
];
const ISO_CODE = new RegExp(`\\b(${CURRENCY_CODES.join("|")})\\b`, "i");

/**
 * The currency an amount cell's text writes around its number (`¥1,234.50`, `￥88`, `88元`,
 * `RMB 1,234`, `$12.00`, `US$12`, `HK$12`, `€9.99`, `£3`, `12 USD`, with a sign or accounting
 * parentheses before it); `"$"` for a bare dollar sign; `null` for a number, plain numeric text, or
 * text that `parseNumberCell` does not read as an amount.
 *
 * @example currencyOfAmountCell("US$1,200") // "USD"
 * @example currencyOfAmountCell("$12") // "$"
 * @example currencyOfAmountCell(88) // null
 */
export function currencyOfAmountCell(cell: unknown): Mark | null {
  if (typeof cell !== "string") return null;
  const length = cell.length;
  if (length === 0) return null;
  const first = cell.charCodeAt(0);
  const last = cell.charCodeAt(length - 1);
  // Plain numeric text, the common case, is passed over without a copy.
  if (first >= 48 && first <= 57 && last >= 48 && last <= 57) return null;
  let text = cell.normalize("NFKC").trim();
  // A sign and accounting parentheses may stand around the currency: "-¥12", "(¥1,234)".
  if (text.startsWith("(") && text.endsWith(")")) text = text.slice(1, -1).trim();
  if (text.startsWith("-") || text.startsWith("+") || text.startsWith("−")) text = text.slice(1).trim();
  const found = AMOUNT_PREFIX.exec(text) ?? AMOUNT_SUFFIX.exec(text);
  if (found === null) return null;
  // Only a cell the parser reads as an amount says anything about the amounts.
  const value = parseNumberCell(cell);
  if (value === null || value === undefined) return null;
  return MARKS[found[1].toUpperCase()] ?? null;
}

/**
 * The currency a currency column's cell names: an ISO code (`USD`, `cny`), a Chinese name
 * (`人民币`, `美元`, `港币`, `欧元` …) or a sign (`¥`, `US$`, `€`); `"$"` for a bare `$`; `null` for a
 * blank or for anything else (a currency this review cannot show is not guessed).
 *
 * @example currencyOfCode("USD") // "USD"
 * @example currencyOfCode("人民币") // "CNY"
 */
export function currencyOfCode(cell: unknown): Mark | null {
  if (typeof cell !== "string") return null;
  const text = cell.normalize("NFKC").trim();
  if (text.length === 0) return null;
  const code = text.toUpperCase();
  if ((CURRENCY_CODES as readonly string[]).includes(code)) return code as CurrencyCode;
  for (const [name, currency] of CURRENCY_NAMES) if (name.test(text)) return currency;
  if (text === "¥" || text === "元") return "CNY";
  if (text === "$") return "$";
  return null;
}

/**
 * The currency an amount column's header names: `用户实付金额(元)` and `金额（￥）` → CNY,
 * `Total (USD)` and `Amount (US$)` → USD, `Amount Spent (HKD)` → HKD; `"$"` for a bare `$`
 * (`Total ($)`); `null` when it names none (`Total`, `实付金额`).
 *
 * @example currencyOfHeader("用户实付金额(元)") // "CNY"
 * @example currencyOfHeader("Total (USD)") // "USD"
 */
export function currencyOfHeader(header: string | null | undefined): Mark | null {
  if (typeof header !== "string") return null;
  const text = header.normalize("NFKC");
  const iso = ISO_CODE.exec(text);
  if (iso !== null) return iso[1].toUpperCase() as CurrencyCode;
  for (const [name, currency] of CURRENCY_NAMES) if (name.test(text)) return currency;
  // 元 alone is the yuan: 美元, 港元, 欧元, 日元, 加元 and 澳元 were matched above.
  if (/元|¥/.test(text)) return "CNY";
  if (text.includes("$")) return "$";
  return null;
}

/** Headers of a currency column: Shopify's `Currency`, WooCommerce's `Order Currency`, `币种`, `货币`, `结算币种` … */
const CURRENCY_HEADER = /^(?:(?:order|presentment|settlement)?\s*currency(?:\s*code)?|[\u4e00-\u9fff]{0,4}(?:币种|货币))$/i;

/**
 * The column of a table's headers that names each row's currency (Shopify's `Currency`, `币种`),
 * or `null` when it has none. The first such column wins.
 *
 * @example currencyColumnOf(["Name", "Total", "Currency"]) // 2
 */
export function currencyColumnOf(headers: readonly (string | null)[]): number | null {
  const index = headers.findIndex((header) => typeof header === "string" && CURRENCY_HEADER.test(header.normalize("NFKC").trim()));
  return index === -1 ? null : index;
}

/** Rows of a currency other than the review's: how many, and the first few (0-based indexes of the amount column). */
export interface OtherCurrencyRows {
  readonly currency: CurrencyCode;
  readonly count: number;
  readonly indexes: readonly number[];
}

export interface CurrencyDetection {
  /** The currency of the amounts; `null` when neither the cells, a currency column nor the header names one. */
  readonly currency: CurrencyCode | null;
  /** What named it: the amount cells, the currency column, or the amount column's header. */
  readonly source: "cells" | "currencyColumn" | "header" | null;
  /** Rows whose currency is not `currency`, largest group first: an amount column must hold one currency. */
  readonly others: readonly OtherCurrencyRows[];
}

export interface DetectCurrencyOptions {
  /** The amount column's header (`用户实付金额(元)`, `Total (USD)`). */
  readonly header?: string | null;
  /** The table's currency column (see `currencyColumnOf`), the same rows as the amounts. */
  readonly currencies?: CellColumn;
  /** How many rows of each other currency to list (default 5). */
  readonly examples?: number;
}

/**
 * The currency of an amount column, found in the data.
 *
 * Each row's currency is the one its amount cell writes (`¥`, `￥`, `RMB`, `元`, `US$`, `HK$`, `€`,
 * `£`, the codes: see `currencyOfAmountCell`), else the one its currency column names (Shopify's
 * `Currency` = USD on each order's first row), else — for a bare `$` — the dollar that the
 * currency column or the header names, or USD. Numbers and plain numeric text name no currency.
 * The column's currency is the one most rows name (the first seen on a tie); the rows naming
 * another one are listed in `others`. When no row names one, the header's (`用户实付金额(元)` → CNY,
 * `Total (USD)` → USD) is taken; when the header names none either, `currency` is `null` and the
 * caller decides (the operator's choice, else `DEFAULT_CURRENCY`).
 *
 * Complexity: one pass over the rows; the currency column's texts are judged once each.
 *
 * @example
 * detectCurrency(listColumn(["$12.00", "$8.50", 20]))
 * // { currency: "USD", source: "cells", others: [] }
 * detectCurrency(listColumn([12, 8.5]), { header: "Total (USD)" })
 * // { currency: "USD", source: "header", others: [] }
 * detectCurrency(listColumn(["¥12", "$3", "¥8"]))
 * // { currency: "CNY", source: "cells", others: [{ currency: "USD", count: 1, indexes: [1] }] }
 */
export function detectCurrency(amounts: CellColumn, options: DetectCurrencyOptions = {}): CurrencyDetection {
  const examples = options.examples ?? 5;
  const headerMark = currencyOfHeader(options.header);
  const headerDollar = headerMark !== null && headerMark !== "$" && DOLLARS.has(headerMark) ? headerMark : "USD";
  const codeOf = new Map<unknown, Mark | null>();
  const length = columnLength(amounts);
  const currencies = options.currencies;
  const groups = new Map<CurrencyCode, { count: number; indexes: number[] }>();
  let fromCells = 0;
  for (let i = 0; i < length; i++) {
    const mark = currencyOfAmountCell(cellAt(amounts, i));
    let code: Mark | null = null;
    if (currencies !== undefined && i < columnLength(currencies)) {
      const cell = cellAt(currencies, i);
      code = codeOf.get(cell) ?? null;
      if (!codeOf.has(cell)) codeOf.set(cell, (code = currencyOfCode(cell)));
    }
    let currency: CurrencyCode | null;
    if (mark !== null && mark !== "$") currency = mark;
    else if (code !== null && code !== "$") currency = code;
    else if (mark === "$" || code === "$") currency = headerDollar;
    else currency = null;
    if (currency === null) continue;
    if (mark !== null) fromCells++;
    let group = groups.get(currency);
    if (group === undefined) groups.set(currency, (group = { count: 0, indexes: [] }));
    group.count++;
    if (group.indexes.length < examples) group.indexes.push(i);
  }
  if (groups.size === 0) {
    if (headerMark === null) return { currency: null, source: null, others: [] };
    return { currency: headerMark === "$" ? "USD" : headerMark, source: "header", others: [] };
  }
  const ranked = [...groups.entries()].sort((a, b) => b[1].count - a[1].count);
  return {
    currency: ranked[0][0],
    source: fromCells > 0 ? "cells" : "currencyColumn",
    others: ranked.slice(1).map(([currency, group]) => ({ currency, count: group.count, indexes: group.indexes })),
  };
}
