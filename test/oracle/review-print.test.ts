/**
 * The review prints well: the sample shop's review is written as a real .xlsx, LibreOffice prints
 * it to PDF, and each page's text (pdftotext -layout) is read back.
 *
 * - LibreOffice starts a page at every manual break the writer put in and nowhere else: the
 *   review prints in as many pages as the layout's pagination planned, and no more than
 *   `REVIEW_PAGES_AT_MOST`.
 * - No page ends with a section heading, and the row below each heading (its table's header, its
 *   first note or finding) prints on the heading's page, right below it.
 *
 * Measured on the sample shop (30,000 orders, June–October 2025): 8 pages in zh-CN and in en-US.
 * LibreOffice here draws Calibri with a wider substitute font, so the fitted scale is smaller than
 * Excel's and its pages have room to spare; the breaks are planned for Excel's scale.
 *
 * Set REVIEW_PRINT_DIR to keep the workbooks, the PDFs and their pages as PNG for a look.
 * Skipped, with the reason in the test name, where LibreOffice or poppler-utils is not installed.
 */
import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locale } from "../../src/i18n/messages";
import { buildReview } from "../../src/review/build-review";
import type { ReviewTargets } from "../../src/review/review-inputs";
import { parseMonthRange } from "../../src/review/review-period";
import type { SheetLayout } from "../../src/review/sheet-layout";
import { reviewRowBreaks } from "../../src/review/sheet-layout/page-breaks";
import { generateSampleShop } from "../../src/sample-shop/generate-sample-shop";
import { writeReviewWorkbook } from "../../src/xlsx/write-review-workbook";
import { canReadPdfText, canRenderWithLibreOffice, convertWithLibreOffice, pdfPageTexts, renderPdfToPngs } from "../support/libreoffice-render";
import { sampleShopInputs } from "../support/sample-shop-inputs";

const missing = !canRenderWithLibreOffice() || !canReadPdfText();
const named = (name: string) => (missing ? `${name} (skipped: LibreOffice, pdftoppm and pdftotext are needed; scripts/install-system-deps.sh installs them)` : name);

/**
 * The most pages the sample review may print in: 11 measured once the baskets, fulfilment, first
 * product and experiments sections came (8 before), room for a longer table.
 */
const REVIEW_PAGES_AT_MOST = 13;

const TARGETS: ReviewTargets = {
  gmv: 2_500_000, gmvGrowth: 0.25, aov: 180, aovGrowth: 0.05, repurchaseRate: 0.2, repurchaseGrowth: 0.1, conversionRate: 0.035, marginBand: { low: 0.08, high: 0.12 },
  benchmarks: { conversionRate: 0.038, costPerNewBuyer: 25 },
};

/** The section headings of the review as laid out (numbered as written). */
function headingTexts(layout: SheetLayout): string[] {
  return layout.cells.filter((cell) => cell.style === "section").map((cell) => String(cell.value));
}

const shop = generateSampleShop({ orders: 30_000, seed: 7, dirtyRate: 0.15 });

function sampleReview(locale: Locale): SheetLayout {
  return buildReview(sampleShopInputs(shop, true, { period: parseMonthRange("2025-06..2025-10")!, compare: "previous", targets: TARGETS, locale, generatedAt: new Date("2025-11-03T09:00:00Z") })).sheet;
}

/** Text of a line split where columns part (two spaces or more). */
const tokensOf = (line: string) => line.trim().split(/\s{2,}/);
const isFooter = (line: string, sheetName: string) => line.trim().startsWith(sheetName) && /\d+\s*\/\s*\d+$/.test(line.trim());

/** The page's lines that hold text, the footer left out. */
function contentLines(page: string, sheetName: string): string[] {
  return page.split("\n").filter((line) => line.trim() !== "" && !isFooter(line, sheetName));
}

/** The text of row `row`'s first cell, as printed (a formula's cached result). */
function firstCellText(layout: SheetLayout, row: number): string | undefined {
  const cell = layout.cells.filter((c) => c.row === row).sort((a, b) => a.column - b.column)[0];
  const shown = cell?.value ?? cell?.result;
  return typeof shown === "string" && shown.trim() !== "" ? shown.trim() : undefined;
}

interface PrintProblems {
  /** Pages whose last line (the footer aside) is a section heading. */
  readonly endsWithHeading: string[];
  /** Headings whose next row does not print right below them on their page. */
  readonly separated: string[];
  /** Headings of the layout found on the pages, each once. */
  readonly found: number;
}

/** What the printed pages show of the rules: each heading on its page with the row below it, none last on a page. */
function printProblems(layout: SheetLayout, pages: readonly string[], headings: readonly string[]): PrintProblems {
  const endsWithHeading: string[] = [];
  const separated: string[] = [];
  let found = 0;
  pages.forEach((page, k) => {
    const lines = contentLines(page, layout.name);
    const last = lines[lines.length - 1]?.trim();
    if (last !== undefined && headings.includes(last)) endsWithHeading.push(`page ${k + 1}: ${last}`);
  });
  for (const cell of layout.cells.filter((c) => c.style === "section")) {
    const heading = String(cell.value);
    const places = pages.flatMap((page, k) => contentLines(page, layout.name).flatMap((line, n) => (line.trim() === heading ? [{ page: k, line: n }] : [])));
    expect(places, `"${heading}" prints once`).toHaveLength(1);
    found++;
    const next = firstCellText(layout, cell.row + 1);
    if (next === undefined) continue;
    // The row below prints within the next lines of the same page (a header's wrapped cells may take a line of their own).
    const below = contentLines(pages[places[0].page], layout.name).slice(places[0].line + 1, places[0].line + 4);
    const start = next.slice(0, 20);
    if (!below.some((line) => tokensOf(line).some((token) => token === next || token.startsWith(start)))) separated.push(`${heading} / ${next}`);
  }
  return { endsWithHeading, separated, found };
}

async function printToPages(xlsx: Uint8Array, folder: string, name: string): Promise<{ pdf: string; pages: string[] }> {
  const input = join(folder, `${name}.xlsx`);
  await writeFile(input, xlsx);
  const pdf = await convertWithLibreOffice(input, "pdf", folder);
  return { pdf, pages: await pdfPageTexts(pdf) };
}

/** The workbook with one more manual break, right below `row` (a break above row + 1). */
async function withExtraBreak(xlsx: Uint8Array, row: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  const path = "xl/worksheets/sheet1.xml";
  const xml = await zip.file(path)!.async("string");
  const ids = [...xml.matchAll(/<brk id="(\d+)"/g)].map((match) => Number(match[1]));
  const all = [...new Set([...ids, row + 1])].sort((a, b) => a - b);
  const breaks = `<rowBreaks count="${all.length}" manualBreakCount="${all.length}">${all.map((id) => `<brk id="${id}" max="16383" man="1"/>`).join("")}</rowBreaks>`;
  zip.file(path, xml.replace(/<rowBreaks[^>]*>.*?<\/rowBreaks>/, breaks));
  return new Uint8Array(await zip.generateAsync({ type: "uint8array" }));
}

describe("the review prints well (LibreOffice)", () => {
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "review-print-"));
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  for (const locale of ["zh-CN", "en-US"] as const) {
    it.skipIf(missing)(named(`prints the ${locale} review in the pages planned, no heading alone at a page's foot`), async () => {
      const layout = sampleReview(locale);
      const breaks = reviewRowBreaks(layout);
      const { pdf, pages } = await printToPages(await writeReviewWorkbook({ review: layout }), folder, `review-${locale}`);

      expect(pages.length).toBe(breaks.length + 1);
      expect(pages.length).toBeGreaterThan(1);
      expect(pages.length).toBeLessThanOrEqual(REVIEW_PAGES_AT_MOST);
      pages.forEach((page, k) => expect(page.split("\n").some((line) => isFooter(line, layout.name) && line.includes(`${k + 1}`)), `footer of page ${k + 1}`).toBe(true));

      const problems = printProblems(layout, pages, headingTexts(layout));
      expect(problems.endsWithHeading).toEqual([]);
      expect(problems.separated).toEqual([]);
      expect(problems.found).toBe(layout.cells.filter((cell) => cell.style === "section").length);
      expect(problems.found).toBeGreaterThanOrEqual(8);

      const keep = process.env.REVIEW_PRINT_DIR;
      if (keep) {
        await mkdir(keep, { recursive: true });
        await copyFile(join(folder, `review-${locale}.xlsx`), join(keep, `review-${locale}.xlsx`));
        await copyFile(pdf, join(keep, `review-${locale}.pdf`));
        await renderPdfToPngs(pdf, join(keep, `review-${locale}`), { dpi: 60 });
      }
    });
  }

  it.skipIf(missing)(named("sees a heading left alone at a page's foot: the check is not vacuous"), async () => {
    const layout = sampleReview("zh-CN");
    const heading = layout.cells.filter((cell) => cell.style === "section")[2];
    const xlsx = await withExtraBreak(await writeReviewWorkbook({ review: layout }), heading.row);
    const { pages } = await printToPages(xlsx, folder, "review-broken");
    expect(pages.length).toBe(reviewRowBreaks(layout).length + 2);
    const problems = printProblems(layout, pages, headingTexts(layout));
    expect(problems.endsWithHeading).toEqual([expect.stringContaining(String(heading.value))]);
    expect(problems.separated).toEqual([expect.stringContaining(String(heading.value))]);
  });
});
