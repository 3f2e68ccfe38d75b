import { currencyColumnOf, DEFAULT_CURRENCY, detectCurrency, type CurrencyCode, type CurrencyDetection } from "../engine/cells/detect-currency";
import { gridColumn } from "../engine/cells/read-columns";
import type { TableRows } from "./table-rows";

/** Rows of another currency than most of the order amounts, as sheet rows (1-based, as Excel shows them). */
export interface OtherCurrencySheetRows {
  readonly currency: CurrencyCode;
  readonly count: number;
  /** The first few of them. */
  readonly rows: readonly number[];
}

/** What an order table says of its currency. */
export interface OrderCurrency {
  /** The currency most amounts are in; `null` when nothing in the table names one. */
  readonly currency: CurrencyCode | null;
  /** What named it (see `detectCurrency`). */
  readonly source: CurrencyDetection["source"];
  /** The header of the column that named it: the amount column's, or the currency column's. */
  readonly header: string | null;
  /** Rows in other currencies, largest group first: the review cannot add them up with the rest. */
  readonly others: readonly OtherCurrencySheetRows[];
}

/** The order table's columns `orderCurrency` reads: the amount's, and the headers (to find a currency column). */
export interface OrderCurrencyColumns {
  readonly amount: { readonly column: number; readonly header: string | null };
  readonly headers: readonly (string | null)[];
}

/**
 * The currency of an order table's amounts (see `detectCurrency`), read from the grid of the
 * detected table (`tableRows`), with the rows of any other currency as sheet rows. The one
 * reading of it for the task pane and the command line.
 */
export function orderCurrency(rows: TableRows, columns: OrderCurrencyColumns): OrderCurrency {
  const { grid, options } = rows;
  const dataStart = options.headerRow === null ? 0 : options.headerRow + 1;
  const currencyColumn = currencyColumnOf(columns.headers);
  const found = detectCurrency(gridColumn(grid, columns.amount.column, dataStart), {
    header: columns.amount.header,
    currencies: currencyColumn === null ? undefined : gridColumn(grid, currencyColumn, dataStart),
  });
  const sheetRow = (index: number) => options.firstSheetRow + dataStart + index;
  return {
    currency: found.currency,
    source: found.source,
    header: found.source === "currencyColumn" && currencyColumn !== null ? columns.headers[currencyColumn] ?? null : columns.amount.header,
    others: found.others.map((other) => ({ currency: other.currency, count: other.count, rows: other.indexes.map(sheetRow) })),
  };
}

/** Where the review's currency came from: the operator, the data (see `OrderCurrency.source`), or the default. */
export type CurrencySource = "option" | "cells" | "currencyColumn" | "header" | "default";

/**
 * The review's currency: the operator's choice when there is one, else the data's, else
 * `DEFAULT_CURRENCY` (CNY).
 */
export function reviewCurrency(found: OrderCurrency | null, chosen: CurrencyCode | undefined): { currency: CurrencyCode; source: CurrencySource } {
  if (chosen !== undefined) return { currency: chosen, source: "option" };
  if (found !== null && found.currency !== null && found.source !== null) return { currency: found.currency, source: found.source };
  return { currency: DEFAULT_CURRENCY, source: "default" };
}

/**
 * The rows of other currencies as message text, numbers and codes only so that it reads in either
 * language: `"5, 9, 12, … (USD); 7 (EUR)"` (… when there are more rows than listed).
 */
export function otherCurrencyRowsText(others: readonly OtherCurrencySheetRows[]): string {
  return others.map((other) => `${other.rows.join(", ")}${other.count > other.rows.length ? ", …" : ""} (${other.currency})`).join("; ");
}
