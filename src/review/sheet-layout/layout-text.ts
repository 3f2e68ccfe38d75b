/**
 * Every text of a review layout through the one sanitizer (`cleanText`, cell-text.ts) before
 * either writer writes it: cell values and cached text results, chart titles, series names and
 * categories. Both the .xlsx writer and the task pane's Excel writer call it, so what the
 * operator's data holds (U+FFFF in a channel, a 40,000-character title) is written the same way
 * in both, and every cut is reported.
 *
 * The sheet name and the conditional formats' labels are the review's own text and stay as they are.
 */
import { a1, type LayoutCell, type SheetLayout } from "../sheet-layout";
import type { ChartSeries, ChartSpec } from "./chart-spec";
import { CELL_TEXT_LIMIT, CHART_TEXT_LIMIT, cleanText, textCut, type TextCut } from "./cell-text";

export interface CleanLayout {
  readonly layout: SheetLayout;
  /** The texts that were cut, in the layout's order. */
  readonly cuts: readonly TextCut[];
}

/** The layout with every text cleaned and cut to its limit; the layout itself when nothing changed. */
export function cleanLayoutTexts(layout: SheetLayout): CleanLayout {
  const cuts: TextCut[] = [];
  let changed = false;
  const clean = (text: string, where: () => string, limit: number): string => {
    const result = cleanText(text, limit);
    if (result.text === text) return text;
    changed = true;
    const cut = textCut(where(), text, result, limit);
    if (cut !== null) cuts.push(cut);
    return result.text;
  };
  const cellWhere = (cell: LayoutCell) => () => `${layout.name}!${a1(cell.row, cell.column)}`;
  const cells = layout.cells.map((cell): LayoutCell => {
    let next = cell;
    if (typeof cell.value === "string") {
      const value = clean(cell.value, cellWhere(cell), CELL_TEXT_LIMIT);
      if (value !== cell.value) next = { ...next, value };
    }
    if (typeof cell.result === "string") {
      const result = clean(cell.result, cellWhere(cell), CELL_TEXT_LIMIT);
      if (result !== cell.result) next = { ...next, result };
    }
    return next;
  });
  const charts = layout.charts.map((chart): ChartSpec => {
    const about = `${layout.name} / ${cleanText(chart.title, 40).text}`;
    const title = clean(chart.title, () => about, CHART_TEXT_LIMIT);
    const series = chart.series.map((s): ChartSeries => ({
      ...s,
      name: clean(s.name, () => about, CHART_TEXT_LIMIT),
      // Categories mirror cells, already cleaned above (and reported there); cleaned again so a chart never differs from its cells.
      categories: s.categories.map((category) => {
        const text = cleanText(category, CELL_TEXT_LIMIT).text;
        if (text !== category) changed = true;
        return text;
      }),
    }));
    return { ...chart, title, series };
  });
  if (!changed) return { layout, cuts };
  return { layout: { ...layout, cells, charts }, cuts };
}

/**
 * The layout as the task pane writes it through Excel's API: every text cleaned and cut
 * (`cleanLayoutTexts`; the API takes text as it is shown, so `_xHHHH_` needs no escape and
 * rejects a range holding text over 32,767 characters), and a number Excel cannot store (NaN,
 * ±Infinity — the API would reject the whole range) written as a blank cell.
 */
export function layoutForExcelApi(layout: SheetLayout): CleanLayout {
  const cleaned = cleanLayoutTexts(layout);
  const unstorable = (value: unknown) => typeof value === "number" && !Number.isFinite(value);
  if (!cleaned.layout.cells.some((cell) => unstorable(cell.value))) return cleaned;
  const cells = cleaned.layout.cells.map((cell) => (unstorable(cell.value) ? { ...cell, value: null } : cell));
  return { layout: { ...cleaned.layout, cells }, cuts: cleaned.cuts };
}
