/**
 * Conclusions that stay true when the operator edits a target in the review workbook, without the
 * add-in: the review is written as an .xlsx, its target cells are edited in the file (as typing in
 * Excel would), LibreOffice recalculates it, and then the target-attainment table and every written
 * conclusion must read what the engine writes for a review built with the edited targets.
 *
 * Skipped, with the reason in the test name, where LibreOffice is not installed.
 */
import { existsSync } from "node:fs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { generateSampleShop } from "../../src/sample-shop/generate-sample-shop";
import { buildReview, type ReviewModel } from "../../src/review/build-review";
import { sampleShopInputs } from "../support/sample-shop-inputs";
import type { ReviewTargets } from "../../src/review/review-inputs";
import type { AttainmentMetric } from "../../src/review/review-summary";
import { parseMonthRange } from "../../src/review/review-period";
import { a1 } from "../../src/review/sheet-layout";
import { keyFindings } from "../../src/review/key-findings";
import { clearedMessage, liveMessages } from "../../src/review/live-text";
import { translate, type Locale } from "../../src/i18n/messages";
import { SOFFICE_PATH } from "../support/libreoffice-render";
import { recalculateWithLibreOffice } from "../support/recalculate-with-libreoffice";
import { writeReviewWorkbook } from "../../src/xlsx/write-review-workbook";
import type { StoredValue } from "../support/workbook-cells";

const noLibreOffice = !existsSync(SOFFICE_PATH);
const named = (name: string) => (noLibreOffice ? `${name} (skipped: LibreOffice is not installed at ${SOFFICE_PATH}; scripts/install-system-deps.sh installs it)` : name);

const shop = generateSampleShop({ orders: 20_000, seed: 11, dirtyRate: 0.1 });

function review(locale: Locale, targets: ReviewTargets): ReviewModel {
  return buildReview(sampleShopInputs(shop, true, { period: parseMonthRange("2025-06..2025-10")!, compare: "previous", targets, locale, generatedAt: new Date("2025-11-03T09:00:00Z") }));
}

/** Sets (or, with null, clears) one cell's value in a worksheet's XML, keeping its style; adds the cell where the sheet has none. */
function withCellValue(xml: string, address: string, value: number | null): string {
  const row = Number(/\d+$/.exec(address)![0]);
  const columnOf = (cell: string) => cell.replace(/\d+$/, "").padStart(3, " ");
  const cellPattern = new RegExp(`<c r="${address}"([^>]*?)(?:/>|>[\\s\\S]*?</c>)`);
  const content = value === null ? "" : `<v>${value}</v>`;
  const existing = cellPattern.exec(xml);
  if (existing !== null) {
    const style = /\ss="\d+"/.exec(existing[1])?.[0] ?? "";
    return xml.replace(cellPattern, `<c r="${address}"${style}>${content}</c>`);
  }
  if (value === null) return xml;
  const rowPattern = new RegExp(`(<row r="${row}"[^>]*>)([\\s\\S]*?)</row>`);
  const rowMatch = rowPattern.exec(xml);
  expect(rowMatch, `row ${row} of the review sheet`).not.toBeNull();
  const cells = [...rowMatch![2].matchAll(/<c r="([A-Z]+\d+)"/g)];
  const after = cells.find((cell) => columnOf(cell[1]) > columnOf(address));
  const cell = `<c r="${address}">${content}</c>`;
  const body = after === undefined ? rowMatch![2] + cell : rowMatch![2].replace(`<c r="${after[1]}"`, `${cell}<c r="${after[1]}"`);
  return xml.replace(rowPattern, `${rowMatch![1]}${body}</row>`);
}

/** The .xlsx with the review sheet's cells set as the operator would type them. */
async function editCells(xlsx: Uint8Array, edits: ReadonlyMap<string, number | null>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  const part = "xl/worksheets/sheet1.xml";
  let xml = await zip.file(part)!.async("string");
  for (const [address, value] of edits) xml = withCellValue(xml, address, value);
  zip.file(part, xml);
  return zip.generateAsync({ type: "uint8array" });
}

const BUILT_WITH: ReviewTargets = {
  gmv: 2_000_000, gmvGrowth: 0.2, aov: 150, aovGrowth: 0.05, repurchaseRate: 0.3, repurchaseGrowth: 0.1, conversionRate: 0.03, grossMargin: 0.4,
  benchmarks: { aov: 160, repurchaseRate: 0.25, conversionRate: 0.038, grossMargin: 0.5, costPerNewBuyer: 25, roi: 2 },
};

/** The targets typed over the built ones: raised, lowered, cleared, across the 万/亿 and K/M steps. */
type Edits = Partial<Record<AttainmentMetric, number | null>>;
const EDITS: { name: string; locale: Locale; targets: Edits; benchmarks?: Edits }[] = [
  {
    name: "zh-CN: GMV target 2500万, AOV target above every month, repurchase 50%, benchmarks raised", locale: "zh-CN",
    targets: { gmv: 25_000_000, gmvGrowth: 0.6, aov: 100_000, aovGrowth: 0.5, repurchaseRate: 0.5, repurchaseGrowth: 0.5, conversionRate: 0.05, grossMargin: 0.6 },
    benchmarks: { aov: 1_500_000, repurchaseRate: 0.9, conversionRate: 0.2, grossMargin: 0.95, costPerNewBuyer: 5_000, roi: 30 },
  },
  {
    name: "zh-CN: GMV target 1.2亿, targets and benchmarks cleared", locale: "zh-CN",
    targets: { gmv: 120_000_000, gmvGrowth: null, aov: null, aovGrowth: null, repurchaseRate: null, repurchaseGrowth: null, conversionRate: null, grossMargin: null },
    benchmarks: { aov: null, repurchaseRate: null, conversionRate: null, grossMargin: null, costPerNewBuyer: null, roi: null },
  },
  {
    name: "en-US: GMV target 80,000 (met), AOV target under every month, repurchase 5%, benchmarks lowered", locale: "en-US",
    targets: { gmv: 80_000, gmvGrowth: 0.01, aov: 1, aovGrowth: 0.01, repurchaseRate: 0.05, repurchaseGrowth: 0.01, conversionRate: 0.01, grossMargin: 0.1 },
    benchmarks: { aov: 1, repurchaseRate: 0.001, conversionRate: 0.001, grossMargin: 0.01, costPerNewBuyer: 1, roi: 0.01 },
  },
  { name: "en-US: GMV target cleared, AOV target 10M", locale: "en-US", targets: { gmv: null, aov: 10_000_000, repurchaseRate: 0.9 } },
];

describe("conclusions follow the targets edited in the workbook, recalculated by LibreOffice", () => {
  for (const edit of EDITS) {
    it.skipIf(noLibreOffice)(named(edit.name), async () => {
      const built = review(edit.locale, BUILT_WITH);
      const sheet = built.sheet;
      const targetInputs = new Map((sheet.inputs ?? []).map((input) => [input.key, a1(input.row, input.column)]));
      const edits = new Map<string, number | null>();
      const edited: Record<string, unknown> = { ...BUILT_WITH };
      const editedBenchmarks: Record<string, number> = { ...BUILT_WITH.benchmarks } as Record<string, number>;
      for (const [kind, values, into] of [["target", edit.targets, edited], ["benchmark", edit.benchmarks ?? {}, editedBenchmarks]] as const) {
        for (const [metric, value] of Object.entries(values)) {
          const address = targetInputs.get(`${kind}.${metric}`);
          expect(address, `${kind}.${metric}`).toBeDefined();
          edits.set(address!, value);
          if (value === null) delete into[metric];
          else into[metric] = value;
        }
      }
      edited.benchmarks = editedBenchmarks;
      const values = await recalculateWithLibreOffice(await editCells(await writeReviewWorkbook({ review: sheet }), edits));
      const shown = (row: number, column: number): StoredValue | null | undefined => values.get(`${sheet.name}!${a1(row, column)}`);

      // The engine's review for the edited targets: what the sheet must now say.
      const expected = review(edit.locale, edited as ReviewTargets);
      expect(expected.sheet.cells.length).toBeGreaterThan(0);

      // Every cell of the target table (same rows, same columns) reads as the rebuilt review's.
      const tableRows = new Set((sheet.inputs ?? []).map((input) => input.row));
      for (const cell of expected.sheet.cells.filter((c) => tableRows.has(c.row) && c.column >= 2)) {
        const want = cell.formula === undefined ? cell.value : cell.result;
        const got = shown(cell.row, cell.column);
        if (typeof want === "number") expect(got, a1(cell.row, cell.column)).toBeCloseTo(want, 6);
        else expect(got ?? "", a1(cell.row, cell.column)).toBe(want ?? "");
      }

      // Every conclusion: a live one reads as the rebuilt review's conclusion of its kind, or, where
      // that target was cleared and the rebuilt review leaves the statement out, as its text without
      // a target; the others are unchanged.
      // The key conclusions of page 1 come first, then the full list, each numbered from 1.
      const findingCells = sheet.cells.filter((cell) => cell.style === "finding").sort((a, b) => a.row - b.row);
      const key = keyFindings(built.findings);
      const written = [...key.map((finding, k) => ({ finding, number: k + 1 })), ...built.findings.map((finding, k) => ({ finding, number: k + 1 }))];
      expect(findingCells.length).toBe(written.length);
      expect(key.length).toBeGreaterThanOrEqual(3);
      let liveCount = 0;
      written.forEach(({ finding, number }, index) => {
        const got = shown(findingCells[index].row, 0);
        const prefix = `${number}. `;
        if (finding.live === undefined) {
          expect(got, finding.key).toBe(`${prefix}${finding.text}`);
          return;
        }
        liveCount++;
        const kinds = liveMessages(finding.live).map((message) => message.key);
        // Of the same kind, and about the same figure (one benchmark statement per metric).
        const rebuilt = expected.findings.find((candidate) => kinds.includes(candidate.key) && candidate.figures.metric === finding.figures.metric);
        if (rebuilt !== undefined) {
          expect(got, finding.key).toBe(`${prefix}${rebuilt.text}`);
        } else {
          const cleared = clearedMessage(finding.live);
          const params = cleared.params;
          expect(Object.values(params).every((value) => typeof value !== "object"), finding.key).toBe(true);
          expect(got, finding.key).toBe(`${prefix}${translate(edit.locale, cleared.key, params as Record<string, string>)}`);
        }
      });
      expect(liveCount).toBeGreaterThanOrEqual(4);
    });
  }
});
