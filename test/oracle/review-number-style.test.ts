/**
 * The review's number style, held end to end: the .xlsx stores amounts to the cent and rates to six
 * decimals (no float noise such as 4475879.400000118), every cell carries its kind's number format
 * in the review's currency and language, and every difference of two rates is in 个百分点 / pp.
 * Then LibreOffice, an independent spreadsheet, shows each number format: what it prints must be
 * what the text formatters of format-figures.ts write (the findings and the command line), so a
 * conclusion and its table read the same figure (¥447.6万, $4.48M, -1.9 个百分点).
 *
 * The LibreOffice parts are skipped, with the reason in the test name, where it is not installed.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import type { CurrencyCode } from "../../src/engine/cells/detect-currency";
import type { Locale } from "../../src/i18n/messages";
import { buildReview, type ReviewModel } from "../../src/review/build-review";
import {
  axisNumberFormats, formatAxisAmount, formatCount, formatCurrency, formatCurrencyCents, formatPercent, formatPoints, formatRatio, numberFormats,
  roundHalfAway, storedValue, type NumberFormat,
} from "../../src/review/format-figures";
import type { ReviewTargets } from "../../src/review/review-inputs";
import { parseMonthRange } from "../../src/review/review-period";
import { a1, parseCellAddress, type LayoutCell } from "../../src/review/sheet-layout";
import { generateSampleShop } from "../../src/sample-shop/generate-sample-shop";
import { canRenderWithLibreOffice, convertWithLibreOffice } from "../support/libreoffice-render";
import { writeReviewWorkbook } from "../../src/xlsx/write-review-workbook";
import { sampleShopInputs } from "../support/sample-shop-inputs";

const noLibreOffice = !canRenderWithLibreOffice();
const named = (name: string) => (noLibreOffice ? `${name} (skipped: LibreOffice is not installed; scripts/install-system-deps.sh installs it)` : name);

const TARGETS: ReviewTargets = { gmv: 4_000_000, gmvGrowth: 0.25, aov: 200, aovGrowth: 0.05, repurchaseRate: 0.3, conversionRate: 0.035, marginBand: { low: 0.08, high: 0.12 } };
const shop = generateSampleShop({ orders: 30_000, seed: 3, dirtyRate: 0.1 });

function review(locale: Locale, currency: CurrencyCode): ReviewModel {
  const inputs = sampleShopInputs(shop, true, { period: parseMonthRange("2025-06..2025-10")!, compare: "previous", targets: TARGETS, locale, generatedAt: new Date("2025-11-03T09:00:00Z") });
  return buildReview({ ...inputs, currency });
}

const CASES: readonly { locale: Locale; currency: CurrencyCode }[] = [
  { locale: "zh-CN", currency: "CNY" }, { locale: "en-US", currency: "CNY" }, { locale: "zh-CN", currency: "USD" }, { locale: "en-US", currency: "USD" },
];
const reviews = CASES.map((c) => ({ ...c, review: review(c.locale, c.currency) }));

const folders: string[] = [];
afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

async function scratch(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), "number-style-"));
  folders.push(folder);
  return folder;
}

const isNumeric = (cell: LayoutCell): cell is LayoutCell & { value: number } => cell.formula === undefined && typeof cell.value === "number";

describe("the review .xlsx stores its numbers without float noise, each with its number format", () => {
  for (const { locale, currency, review: model } of reviews) {
    it(`${locale}, ${currency}`, async () => {
      const workbook = new ExcelJS.Workbook();
      const xlsx = await writeReviewWorkbook({ review: model.sheet });
      await workbook.xlsx.load(xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength) as ArrayBuffer);
      const sheet = workbook.getWorksheet(model.sheet.name)!;
      const formats = numberFormats(currency, locale);
      const decimals: Partial<Record<NumberFormat, number>> = { currency: 2, currencyCents: 2, percent: 6, points: 4, integer: 0 };
      let amounts = 0;
      for (const cell of model.sheet.cells.filter(isNumeric)) {
        const written = sheet.getCell(a1(cell.row, cell.column));
        const where = `${a1(cell.row, cell.column)} (${cell.format})`;
        expect(typeof written.value, where).toBe("number");
        const places = cell.format === undefined ? undefined : decimals[cell.format];
        if (places !== undefined) expect(written.value, where).toBe(roundHalfAway(written.value as number, places));
        if (cell.format !== undefined) expect(written.numFmt, where).toBe(formats[cell.format]);
        if (cell.format === "currency") amounts++;
      }
      // The test sees the amounts it is about: months, channels, bands, items; some of them past 10万.
      expect(amounts).toBeGreaterThan(20);
      expect(model.sheet.cells.some((cell) => isNumeric(cell) && cell.format === "currency" && cell.value >= 100_000)).toBe(true);
      // The engine's figures themselves carry float noise that the cells do not.
      const gmvCells = model.summary.monthly.map((month) => month.gmv);
      expect(gmvCells.some((gmv) => gmv !== roundHalfAway(gmv, 2))).toBe(true);
    });
  }

  it("shows every difference of two rates in percentage points, never in %", () => {
    for (const { review: model } of reviews) {
      const formatAt = new Map(model.sheet.cells.map((cell) => [`${cell.row},${cell.column}`, cell.format]));
      const formatOf = (address: string) => {
        const { row, column } = parseCellAddress(address);
        return formatAt.get(`${row},${column}`);
      };
      let differences = 0;
      for (const cell of model.sheet.cells) {
        if (cell.formula === undefined) continue;
        for (const [, left, right] of cell.formula.matchAll(/\$?([A-Z]{1,3}\$?\d+)-\$?([A-Z]{1,3}\$?\d+)/g)) {
          if (formatOf(left) !== "percent" || formatOf(right) !== "percent") continue;
          differences++;
          expect(cell.format, `${a1(cell.row, cell.column)} ${cell.formula}`).toBe("points");
          expect(cell.formula).toContain("*100");
        }
      }
      // The gaps of the rate targets and the band-share changes against the comparison period.
      // (a row without an actual or a target leaves that cell empty, and the test cannot tell its kind).
      const rateTargets = model.summary.attainment.filter((row) => !["gmv", "aov"].includes(row.metric) && row.actual !== null && row.target !== null).length;
      const comparedBands = model.summary.comparison.orders > 0 ? Math.min(model.summary.priceBands.length, model.summary.comparisonPriceBands.length) : 0;
      expect(rateTargets).toBeGreaterThanOrEqual(4);
      expect(differences).toBe(rateTargets + comparedBands);
    }
  });
});

/** The sheet LibreOffice printed as CSV "as shown": one row of displayed texts per sheet row. */
async function shownByLibreOffice(xlsx: Uint8Array): Promise<string[][]> {
  const folder = await scratch();
  const input = join(folder, "shown.xlsx");
  await writeFile(input, xlsx);
  const csv = await readFile(await convertWithLibreOffice(input, "csv", folder), "utf8");
  return csv.replace(/^\uFEFF/, "").split(/\r?\n/).map((line) => line.split("\t"));
}

/** Amounts around every threshold and rounding edge, both signs. */
const AMOUNTS = [0, 0.2, -0.2, 2.5, 88, 1234.5, -1234, 99_999.4, 99_999.996, 100_000, 447_587.9, 999_999.99, 1_049_999, 1_200_000, 4_475_499.99, 4_475_500,
  4_475_879.400000118, 19_800_000, 99_999_999, 320_000_000, -5_200_000, -100_000];
const RATES = [0, 0.792, 0.0325, 0.018, -0.018, 1 / 3, 0.1 + 0.2, 1.25];
const POINTS = [3.6, -6.8, 0, 0.04, -0.04, -1.9, 18.45, (0.182 - 0.25) * 100];
const RATIOS = [0.9, 1.005, 2.4567, 0];

/** A value written with a number format, and the text formatter's words for it. */
interface Probe {
  /** What a review cell stores for it (`storedValue`): the formatter is given the unrounded value. */
  readonly value: number;
  readonly code: string;
  readonly expected: string;
  readonly what: string;
}

function probes(): Probe[] {
  const list: Probe[] = [];
  for (const { locale, currency } of CASES) {
    const formats = numberFormats(currency, locale);
    for (const value of AMOUNTS) {
      const cents = storedValue(value, "currency");
      list.push({ value: cents, code: formats.currency, expected: formatCurrency(value, currency, locale), what: `${locale} ${currency} amount ${value}` });
      list.push({ value: cents, code: formats.currencyCents, expected: formatCurrencyCents(value, currency, locale), what: `${locale} ${currency} cents ${value}` });
    }
    for (const value of POINTS) list.push({ value: storedValue(value, "points"), code: formats.points, expected: formatPoints(value, locale), what: `${locale} points ${value}` });
  }
  for (const locale of ["zh-CN", "en-US"] as const) {
    for (const value of AMOUNTS.filter((amount) => amount >= 0)) {
      list.push({ value: storedValue(value, "currency"), code: axisNumberFormats(locale).amount, expected: formatAxisAmount(value, locale), what: `${locale} axis ${value}` });
    }
  }
  const formats = numberFormats("CNY", "zh-CN");
  for (const value of RATES) list.push({ value: storedValue(value, "percent"), code: formats.percent, expected: formatPercent(value), what: `percent ${value}` });
  for (const value of RATIOS) list.push({ value, code: formats.ratio, expected: formatRatio(value), what: `ratio ${value}` });
  for (const value of [0, 25_536, 1_234_567.4]) list.push({ value, code: formats.integer, expected: formatCount(value), what: `count ${value}` });
  return list;
}

describe("LibreOffice shows each number format as the text formatters write it", () => {
  it.skipIf(noLibreOffice)(named("amounts in 万/亿 and K/M, cents, rates, points, ratios, counts and axis labels, in both languages"), async () => {
    const list = probes();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("shown");
    list.forEach((probe, i) => {
      const cell = sheet.getCell(i + 1, 1);
      cell.value = probe.value;
      cell.numFmt = probe.code;
    });
    const shown = await shownByLibreOffice(new Uint8Array(await workbook.xlsx.writeBuffer()));
    const mismatches = list.flatMap((probe, i) => (shown[i]?.[0] === probe.expected ? [] : [`${probe.what}: LibreOffice ${shown[i]?.[0]}, text ${probe.expected}`]));
    expect(mismatches).toEqual([]);
    // Not vacuous: the units are there.
    expect(list.map((probe) => probe.expected)).toEqual(expect.arrayContaining(["¥447.6万", "$4.48M", "US$3.20亿", "$448K", "-1.9 个百分点", "+3.6 pp", "1.2M", "120.0万"]));
  });

  it.skipIf(noLibreOffice)(named("the review sheet shows the GMV the findings state, and rate gaps in 个百分点"), async () => {
    const { review: model } = reviews[0];
    const shown = await shownByLibreOffice(await writeReviewWorkbook({ review: model.sheet }));
    const gmvTotal = model.sheet.cells.find((cell) => cell.style === "total" && cell.formula?.startsWith("=SUM(") && cell.format === "currency")!;
    const text = shown[gmvTotal.row][gmvTotal.column];
    expect(text).toMatch(/^¥\d+\.\d万$/);
    const attainment = model.findings.find((finding) => finding.key === "finding.gmvAttainment")!;
    expect(attainment.text).toContain(text);
    const gaps = model.sheet.cells.filter((cell) => cell.format === "points" && cell.formula?.includes("*100") && cell.formula.startsWith("=IF("));
    expect(gaps.length).toBeGreaterThanOrEqual(4);
    for (const gap of gaps) {
      if (gap.result === "" || gap.result === null) continue;
      expect(shown[gap.row][gap.column]).toBe(formatPoints(gap.result as number, "zh-CN"));
    }
  });
});
