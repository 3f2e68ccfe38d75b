import type { CellGrid } from "../engine/cells/cell-value";
import { gridColumn, readDateColumn, readKeyColumn, readNumberColumn } from "../engine/cells/read-columns";
import { monthIndexColumn } from "../engine/calendar";
import { isPlausibleAmount } from "./amount-limit";
import type { ChannelMonthTable } from "./review-inputs";
import type { SkippedRow } from "./order-table";

/** Columns of an ad spend or traffic table: a date (or month) column, a channel column, a number column. */
export interface ChannelMonthMapping {
  readonly date: number;
  readonly channel: number;
  readonly value: number;
}

/**
 * Reads an ad spend or traffic table into channel / month / value columns. Rows whose value,
 * date or channel cannot be read, or that lack one of them, or whose value is beyond ±10¹⁵
 * (`isPlausibleAmount`), are skipped and listed; wholly blank
 * rows are passed over.
 */
export function readChannelMonthTable(
  grid: CellGrid, mapping: ChannelMonthMapping, options: { sheet: string; headerRow: number | null; firstSheetRow?: number },
): { table: ChannelMonthTable; skipped: SkippedRow[] } {
  const start = options.headerRow === null ? 0 : options.headerRow + 1;
  const firstSheetRow = options.firstSheetRow ?? 1;
  const take = (column: number) => gridColumn(grid, column, start);
  const dates = readDateColumn(take(mapping.date));
  const channels = readKeyColumn(take(mapping.channel));
  const values = readNumberColumn(take(mapping.value));
  const months = monthIndexColumn(dates.values);
  const badDate = new Map(dates.unreadable.map((cell) => [cell.index, cell.found]));
  const badValue = new Map(values.unreadable.map((cell) => [cell.index, cell.found]));
  const badChannel = new Map(channels.unreadable.map((cell) => [cell.index, cell]));
  const skipped: SkippedRow[] = [];
  const keptChannels: (string | null)[] = [];
  const keptMonths: number[] = [];
  const keptValues: number[] = [];
  for (let i = 0; i < values.values.length; i++) {
    const row = firstSheetRow + start + i;
    const value = values.values[i];
    const blankRow = value !== value && !badValue.has(i) && months[i] < 0 && !badDate.has(i) && channels.codes[i] < 0 && !badChannel.has(i);
    if (blankRow) continue;
    const channelError = badChannel.get(i);
    if (badValue.has(i)) skipped.push({ sheet: options.sheet, row, reason: "skip.unreadableAmount", params: { found: badValue.get(i)! } });
    else if (badDate.has(i)) skipped.push({ sheet: options.sheet, row, reason: "skip.unreadableTime", params: { found: badDate.get(i)! } });
    else if (channelError !== undefined) {
      // An Excel error where the channel should be is not a missing channel: say what the cell holds.
      skipped.push({ sheet: options.sheet, row, reason: channelError.reason === "error" ? "cell.errorValue" : "cell.unreadableKey", params: { where: "what.channels", found: channelError.found } });
    } else if (value !== value) skipped.push({ sheet: options.sheet, row, reason: "skip.noAmount", params: {} });
    // Beyond ±10¹⁵ (amount-limit.ts): kept, it would make the spend or visitor totals Infinity or inexact.
    else if (!isPlausibleAmount(value)) skipped.push({ sheet: options.sheet, row, reason: "skip.implausibleValue", params: { found: String(value) } });
    else if (months[i] < 0) skipped.push({ sheet: options.sheet, row, reason: "skip.noTime", params: {} });
    else if (channels.codes[i] < 0) skipped.push({ sheet: options.sheet, row, reason: "skip.noChannel", params: {} });
    else {
      keptChannels.push(channels.names[channels.codes[i]]);
      keptMonths.push(months[i]);
      keptValues.push(value);
    }
  }
  return { table: { channels: keptChannels, months: Int32Array.from(keptMonths), values: Float64Array.from(keptValues) }, skipped };
}
