import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LOCALES, translate, type Locale } from "../../i18n/messages";
import { generateSampleShop } from "../../sample-shop/generate-sample-shop";
import { sampleShopInputs } from "../../../test/support/sample-shop-inputs";
import { buildReview } from "../build-review";
import { parseMonthRange } from "../review-period";
import { SheetWriter } from "../review-sheet";
import { numberFormats, type SheetLayout } from "../sheet-layout";
import { HEADING_KEEP_ROWS, reviewPaging, reviewRowBreaks, rowBreaks, type PagingInput, type RowSpan } from "./page-breaks";
import { columnWidthPrintPoints, fitToWidthScale, printableArea } from "./print-page";
import { sectionTitleOf } from "../review-sheet";

// ---- what a set of breaks does to a sheet, worked out apart from the pagination ---------------

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** The printed pages as [first row, last row], below the title rows. */
function pagesOf(breaks: readonly number[], titleRows: number, rowCount: number): [number, number][] {
  const starts = [titleRows, ...breaks];
  return starts.map((start, k) => [start, (starts[k + 1] ?? rowCount) - 1]);
}

/**
 * Rows joined to the next one: row r and r + 1 lie in one span. The runs of joined rows are what
 * must print on one page (overlapping spans hold together).
 */
function joinedRows(spans: readonly RowSpan[], rowCount: number): boolean[] {
  const joined = Array.from({ length: rowCount }, () => false);
  for (const span of spans) for (let row = Math.max(0, span.top); row < Math.min(span.bottom, rowCount - 1); row++) joined[row] = true;
  return joined;
}

/** The run of joined rows that starts at `row` (or holds it). */
function groupAt(row: number, joined: readonly boolean[]): [number, number] {
  let top = row;
  while (top > 0 && joined[top - 1]) top--;
  let bottom = row;
  while (joined[bottom]) bottom++;
  return [top, bottom];
}

/** What pagination must give: pages that fit, groups that fit kept whole, no page ended early. */
function expectGoodPaging(input: PagingInput, breaks: readonly number[]): void {
  const { rowHeights: heights, titleRows } = input;
  const room = input.pageHeight - sum(heights.slice(0, titleRows));
  const height = (top: number, bottom: number) => sum(heights.slice(top, bottom + 1));
  const joined = joinedRows(input.keepTogether.map((span) => ({ top: Math.max(span.top, titleRows), bottom: span.bottom })), heights.length);
  // A forced page start breaks there, whatever span holds it; the page above it may end early.
  const starts = new Set((input.pageStarts ?? []).filter((row) => row > titleRows && row < heights.length));
  for (const row of starts) {
    expect(breaks, `forced start ${row}`).toContain(row);
    joined[row - 1] = false;
  }
  expect([...breaks].sort((a, b) => a - b)).toEqual(breaks);
  expect(new Set(breaks).size).toBe(breaks.length);
  for (const row of breaks) expect(row > titleRows && row < heights.length).toBe(true);
  const pages = pagesOf(breaks, titleRows, heights.length);
  for (const [top, bottom] of pages) expect(height(top, bottom)).toBeLessThanOrEqual(room + 1e-9);
  for (const row of breaks) {
    const [top, bottom] = groupAt(row, joined);
    // A break inside a group only where the group cannot fit on a page at all.
    if (top < row) expect(height(top, bottom)).toBeGreaterThan(room);
  }
  pages.slice(0, -1).forEach(([top, bottom], k) => {
    const next = pages[k + 1][0];
    if (starts.has(next)) return;
    const [groupTop, groupBottom] = groupAt(next, joined);
    const unit = groupTop === next ? height(groupTop, groupBottom) : heights[next];
    // The page ended because what comes next did not fit.
    expect(height(top, bottom) + unit).toBeGreaterThan(room);
  });
}

describe("rowBreaks", () => {
  it("breaks above the span that does not fit, as in its example", () => {
    const input: PagingInput = { rowHeights: [20, 10, 10, 10, 10], titleRows: 1, keepTogether: [{ top: 2, bottom: 3 }], pageHeight: 45 };
    const breaks = rowBreaks(input);
    expectGoodPaging(input, breaks);
    // Rows 1 and 2 would fit on the first page (10 + 10 of 25), but 2 goes with 3.
    expect(breaks).toContain(2);
    expect(rowBreaks({ ...input, keepTogether: [] })).not.toContain(2);
  });

  it("needs no break when everything fits, and none when the titles fill the page", () => {
    expect(rowBreaks({ rowHeights: [30, 20, 20], titleRows: 1, keepTogether: [], pageHeight: 100 })).toEqual([]);
    expect(rowBreaks({ rowHeights: [120, 20, 20], titleRows: 1, keepTogether: [], pageHeight: 100 })).toEqual([]);
  });

  it("starts a page at a forced start though room is left, and cuts a span there", () => {
    const input: PagingInput = { rowHeights: Array.from({ length: 8 }, () => 10), titleRows: 0, keepTogether: [{ top: 2, bottom: 4 }], pageHeight: 1000, pageStarts: [3] };
    const breaks = rowBreaks(input);
    expectGoodPaging(input, breaks);
    expect(breaks).toEqual([3]);
    expect(rowBreaks({ ...input, pageStarts: [] })).toEqual([]);
  });

  it("cuts a span taller than a page where each page fills", () => {
    const input: PagingInput = { rowHeights: Array.from({ length: 12 }, () => 10), titleRows: 0, keepTogether: [{ top: 2, bottom: 11 }], pageHeight: 45 };
    const breaks = rowBreaks(input);
    expectGoodPaging(input, breaks);
    expect(breaks[0]).toBe(2);
  });

  it("pages any sheet: pages fit, kept spans stay whole where they can, no page ends early", () => {
    const sheet = fc.record({
      rowHeights: fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 150 }),
      titleRows: fc.integer({ min: 0, max: 3 }),
      keepTogether: fc.array(fc.record({ top: fc.integer({ min: 0, max: 150 }), length: fc.integer({ min: 0, max: 20 }) }), { maxLength: 25 }),
      room: fc.integer({ min: 60, max: 700 }),
      pageStarts: fc.array(fc.integer({ min: 0, max: 150 }), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(sheet, ({ rowHeights, titleRows, keepTogether, room, pageStarts }) => {
        const input: PagingInput = {
          rowHeights, titleRows, pageHeight: room + sum(rowHeights.slice(0, titleRows)),
          keepTogether: keepTogether.map(({ top, length }) => ({ top, bottom: top + length })), pageStarts,
        };
        expectGoodPaging(input, rowBreaks(input));
      }),
      { numRuns: 300 },
    );
  });
});

// ---- the page of the review --------------------------------------------------------------------

describe("the printed page", () => {
  it("reads a column width as Excel draws it: Excel's default 8.43 characters (9.140625 in the file) is 64 pixels", () => {
    expect(columnWidthPrintPoints(9.140625)).toBe(64 * 0.75);
    expect(columnWidthPrintPoints(14)).toBeLessThan(columnWidthPrintPoints(14.5));
  });

  it("fits the columns to one page wide: never enlarged, shrunk in proportion to their width", () => {
    const print = { orientation: "landscape", paperSize: "A4", fitToWidth: true } as const;
    const area = printableArea(print);
    expect(area.width).toBeGreaterThan(area.height);
    expect(fitToWidthScale({ columnWidths: [10, 10], print }, 1)).toBe(1);
    const wide = { columnWidths: Array.from({ length: 20 }, () => 14), print };
    const scale = fitToWidthScale(wide, 19);
    expect(scale * 20 * columnWidthPrintPoints(14)).toBeCloseTo(area.width, 6);
    expect(fitToWidthScale({ ...wide, columnWidths: wide.columnWidths.map((width) => width * 2) }, 19)).toBeLessThan(scale);
    expect(fitToWidthScale({ ...wide, print: { ...print, fitToWidth: false } as unknown as SheetLayout["print"] }, 19)).toBe(1);
  });
});

// ---- review layouts ----------------------------------------------------------------------------

/** Rows a break may not fall above: a heading's next rows, a chart's rows below its first. */
function expectReviewRules(layout: SheetLayout, breaks: readonly number[]): void {
  const paging = reviewPaging(layout);
  expectGoodPaging(paging, breaks);
  const isBreak = new Set(breaks);
  const rows = new Map<number, string[]>();
  for (const cell of layout.cells) rows.set(cell.row, [...(rows.get(cell.row) ?? []), cell.style ?? "body"]);
  for (const [row, styles] of rows) {
    if (!styles.includes("section")) continue;
    // Never alone at a page's foot: the heading's page holds the rows below it, down to its table's header and first row.
    let last = row + HEADING_KEEP_ROWS;
    for (let r = row + 1; r <= row + 4 && rows.has(r); r++) if (rows.get(r)!.includes("header")) last = Math.max(last, Math.min(r + 1, paging.rowHeights.length - 1));
    for (let r = row + 1; r <= Math.min(last, paging.rowHeights.length - 1); r++) expect(isBreak.has(r), `break at ${r} below the heading at ${row}`).toBe(false);
  }
  for (const chart of layout.charts) {
    for (let r = chart.anchor.fromRow + 1; r < chart.anchor.toRow; r++) expect(isBreak.has(r), `break at ${r} through the chart "${chart.title}"`).toBe(false);
  }
}

const SAMPLE_TARGETS = { gmv: 2_500_000, gmvGrowth: 0.25, aov: 180, repurchaseRate: 0.2, conversionRate: 0.035, marginBand: { low: 0.08, high: 0.12 }, benchmarks: { conversionRate: 0.038 } };
const shop = generateSampleShop({ orders: 12_000, seed: 5, dirtyRate: 0.1 });

function sampleLayout(locale: Locale, withBuyer: boolean): SheetLayout {
  return buildReview(sampleShopInputs(shop, withBuyer, { period: parseMonthRange("2025-06..2025-10")!, compare: "previous", targets: SAMPLE_TARGETS, locale, generatedAt: new Date("2025-11-03T09:00:00Z") })).sheet;
}

describe("reviewRowBreaks", () => {
  for (const locale of LOCALES) {
    for (const withBuyer of [true, false]) {
      it(`keeps every heading with its table and every chart whole in the sample review (${locale}${withBuyer ? "" : ", no buyer column"})`, () => {
        const layout = sampleLayout(locale, withBuyer);
        const breaks = reviewRowBreaks(layout);
        // The review runs over several pages: the rules are put to the test.
        expect(breaks.length).toBeGreaterThan(1);
        expectReviewRules(layout, breaks);
        // Page 1 is the executive summary, key conclusions and targets, alone: the details start page 2.
        const monthly = layout.cells.find((c) => c.style === "section" && sectionTitleOf(String(c.value)) === translate(locale, "review.section.monthly"))!.row;
        const targets = layout.cells.find((c) => c.style === "section" && sectionTitleOf(String(c.value)) === translate(locale, "review.section.targets"))!.row;
        expect(layout.pageStarts).toEqual([monthly]);
        expect(breaks[0]).toBe(monthly);
        expect(layout.cells.some((c) => c.style === "section" && c.value === translate(locale, "review.section.keyFindings") && c.row < targets)).toBe(true);
      });
    }
  }

  it("pages whatever rows and charts a layout has: sections of any length, with or without notes and charts", () => {
    const section = fc.record({
      notes: fc.integer({ min: 0, max: 2 }),
      body: fc.integer({ min: 0, max: 45 }),
      total: fc.boolean(),
      charts: fc.integer({ min: 0, max: 2 }),
      findings: fc.integer({ min: 0, max: 8 }),
    });
    fc.assert(
      fc.property(fc.array(section, { minLength: 1, maxLength: 9 }), fc.integer({ min: 0, max: 30 }), (sections, summaryRows) => {
        const w = new SheetWriter("Review", "en-US");
        w.put(0, 0, { value: "Title", style: "title" });
        w.put(1, 0, { value: "Period", style: "subtitle" });
        // Whatever comes first (an executive summary, say) moves everything below it.
        for (w.row = 2; w.row < 2 + summaryRows; w.row++) w.put(w.row, 0, { value: `summary ${w.row}`, style: "finding" });
        w.row++;
        sections.forEach((s, k) => {
          w.section("review.section.targets");
          for (let n = 0; n < s.notes; n++) w.put(w.row++, 0, { value: `note ${k}.${n}`, style: "note" });
          if (s.body > 0) {
            w.header(["review.col.metric", "review.col.actual", "review.col.target"]);
            for (let n = 0; n < s.body; n++) {
              w.value(w.row, 0, `row ${n}`, "text", "label");
              w.value(w.row++, 1, n, "integer");
            }
            if (s.total) w.value(w.row++, 0, "total", undefined, "total");
          }
          for (let n = 0; n < s.findings; n++) w.put(w.row++, 0, { value: `${n + 1}. finding`, style: "finding" });
          const chartTop = w.row + 1;
          for (let n = 0; n < s.charts; n++) {
            w.chart({ kind: "bar", title: `chart ${k}.${n}`, series: [{ name: "s", categoriesRef: "'Review'!$A$1:$A$2", valuesRef: "'Review'!$B$1:$B$2", categories: ["a", "b"], values: [1, 2] }] }, chartTop, n * 6, 5);
          }
          w.endSection(s.charts > 0 ? chartTop : null);
        });
        const layout: SheetLayout = {
          name: w.name, columnWidths: [24, ...Array.from({ length: 10 }, () => 14)], cells: w.cells, numberFormats: numberFormats("CNY", "en-US"), merges: w.merges,
          conditionalFormats: [], charts: w.charts, frozenRows: 2, print: { orientation: "landscape", paperSize: "A4", fitToWidth: true },
        };
        expectReviewRules(layout, reviewRowBreaks(layout));
      }),
      { numRuns: 120 },
    );
  });
});
