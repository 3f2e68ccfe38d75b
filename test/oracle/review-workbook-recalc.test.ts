/**
 * The review's native formulas, checked without Excel: the sample shop's review is written as a
 * real .xlsx (writeReviewWorkbook), LibreOffice recalculates every formula from the cells (the
 * cached results are removed first, see recalculate-with-libreoffice.ts), and each formula cell's
 * value must equal the `result` the engine computed for it: numbers to 1e-9 relative, text exactly.
 *
 * Skipped, with the reason in the test name, where LibreOffice is not installed.
 */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateSampleShop } from "../../src/sample-shop/generate-sample-shop";
import { buildReview, type ReviewModel } from "../../src/review/build-review";
import { sampleShopInputs } from "../support/sample-shop-inputs";
import type { ReviewInputs, ReviewTargets } from "../../src/review/review-inputs";
import { parseMonthRange } from "../../src/review/review-period";
import { a1 } from "../../src/review/sheet-layout";
import type { Locale } from "../../src/i18n/messages";
import { SOFFICE_PATH } from "../support/libreoffice-render";
import { formulaResultMismatches, recalculateWithLibreOffice } from "../support/recalculate-with-libreoffice";
import { writeReviewWorkbook } from "../../src/xlsx/write-review-workbook";

const noLibreOffice = !existsSync(SOFFICE_PATH);
const named = (name: string) => (noLibreOffice ? `${name} (skipped: LibreOffice is not installed at ${SOFFICE_PATH}; scripts/install-system-deps.sh installs it)` : name);

const TARGETS: ReviewTargets = {
  gmv: 2_500_000, gmvGrowth: 0.25, aov: 180, aovGrowth: 0.05, repurchaseRate: 0.2, repurchaseGrowth: 0.1, conversionRate: 0.035, grossMargin: 0.5, marginBand: { low: 0.5, high: 0.6 },
  benchmarks: { aov: 170, repurchaseRate: 0.3, conversionRate: 0.038, grossMargin: 0.45, costPerNewBuyer: 25, roi: 1.5 },
};
/** Targets the summary treats as absent (0, negative): the formulas must show them blank too. */
const ODD_TARGETS: ReviewTargets = { gmv: 0, gmvGrowth: -0.1, aov: 180, repurchaseRate: 0.2 };

const shop = generateSampleShop({ orders: 30_000, seed: 7, dirtyRate: 0.15 });

function sampleReview(locale: Locale, compare: ReviewInputs["compare"], targets: ReviewTargets, withBuyer = true): ReviewModel {
  return buildReview(sampleShopInputs(shop, withBuyer, { period: parseMonthRange("2025-06..2025-10")!, compare, targets, locale, generatedAt: new Date("2025-11-03T09:00:00Z") }));
}

const CASES: { name: string; locale: Locale; compare: ReviewInputs["compare"]; targets: ReviewTargets; withBuyer?: boolean }[] = [
  { name: "zh-CN, previous period, every target", locale: "zh-CN", compare: "previous", targets: TARGETS },
  { name: "en-US, year on year before the data starts", locale: "en-US", compare: "yoy", targets: TARGETS },
  { name: "zh-CN, targets of 0 and below", locale: "zh-CN", compare: "previous", targets: ODD_TARGETS },
  { name: "en-US, orders without a buyer column (抖店, 拼多多)", locale: "en-US", compare: "previous", targets: TARGETS, withBuyer: false },
];

describe("LibreOffice recalculates the sample review's formulas to the engine's results", () => {
  for (const test of CASES) {
    it.skipIf(noLibreOffice)(named(test.name), async () => {
      const review = sampleReview(test.locale, test.compare, test.targets, test.withBuyer);
      const formulas = review.sheet.cells.filter((cell) => cell.formula !== undefined);
      expect(formulas.length).toBeGreaterThan(40);
      const values = await recalculateWithLibreOffice(await writeReviewWorkbook({ review: review.sheet }));
      expect(formulaResultMismatches(review.sheet, values)).toEqual([]);
      // Every formula with a non-empty result was found and calculated, not just absent from both sides.
      for (const cell of formulas) {
        if (cell.result === "" || cell.result === null) continue;
        expect(values.has(`${review.sheet.name}!${a1(cell.row, cell.column)}`), `${a1(cell.row, cell.column)} ${cell.formula}`).toBe(true);
      }
    });
  }
});
