/**
 * The review sheet's promotion margin check: only promotion items are judged against the band, the
 * ones outside it listed, the rest counted, and a review that cannot find promotion items says so.
 */
import { describe, expect, it } from "vitest";
import { LOCALES, translate, type Locale } from "../i18n/messages";
import { buildReview } from "./build-review";
import { readOrderTable } from "./order-table";
import type { ReviewTargets } from "./review-inputs";
import { parseMonthRange } from "./review-period";
import type { SheetLayout } from "./sheet-layout";
import { sectionTitleOf } from "./review-sheet";

/** [month, title, amount, cost]: one order of one unit each, over May–August 2025. */
const SALES: [string, string, number, number][] = [
  // 面膜 100 → 80 in July at a cost of 74 (7.5%, below 8%–12%); 面霜 200 → 180 in August at 162
  // (10%, inside); 精华 always 50 at 20 (60%: far above the band, but never on promotion).
  ["05", "面膜", 100, 45], ["06", "面膜", 100, 45], ["07", "面膜", 80, 74], ["07", "面膜", 80, 74], ["08", "面膜", 100, 45],
  ["05", "面霜", 200, 162], ["06", "面霜", 200, 162], ["08", "面霜", 180, 162], ["08", "面霜", 180, 162],
  ["05", "精华", 50, 20], ["06", "精华", 50, 20], ["07", "精华", 50, 20], ["08", "精华", 50, 20],
];

function review(locale: Locale, targets: ReviewTargets, sales = SALES) {
  const grid = [["订单编号", "买家", "付款时间", "实付金额", "宝贝标题", "成本"], ...sales.map(([month, title, amount, cost], i) => [String(i + 1), `b${i % 3}`, `2025-${month}-15 12:00:00`, amount, title, cost])];
  const orders = readOrderTable(grid, { orderId: 0, buyer: 1, time: 2, amount: 3, itemTitle: 4, cost: 5 }, { sheet: "订单", headerRow: 0 }).table;
  return buildReview({
    orders, skipped: [], period: parseMonthRange("2025-06..2025-08")!, compare: "previous", targets, locale, sources: ["订单"], generatedAt: new Date(0),
  });
}

/** The rows of the section "repurchase by first product", which lists every first item whatever its margin. */
function firstProductRows(sheet: SheetLayout): { from: number; to: number } {
  const headings = sheet.cells.filter((cell) => cell.style === "section").sort((a, b) => a.row - b.row);
  const at = headings.findIndex((cell) => [translate("en-US", "review.section.firstProduct"), translate("zh-CN", "review.section.firstProduct")].includes(sectionTitleOf(String(cell.value))));
  return at < 0 ? { from: -1, to: -1 } : { from: headings[at].row, to: headings[at + 1]?.row ?? Infinity };
}
/** The sheet's texts outside the first-product section. */
const textsOf = (sheet: SheetLayout) => {
  const skip = firstProductRows(sheet);
  return sheet.cells.filter((cell) => cell.row < skip.from || cell.row >= skip.to).map((cell) => cell.value).filter((value): value is string => typeof value === "string");
};
/** The texts of the row that holds `text` in column A. */
function rowWith(sheet: SheetLayout, text: string): unknown[] {
  const row = sheet.cells.find((cell) => cell.column === 0 && cell.value === text)?.row;
  expect(row, text).toBeDefined();
  return sheet.cells.filter((cell) => cell.row === row).sort((a, b) => a.column - b.column).map((cell) => cell.value ?? cell.result);
}

describe.each(LOCALES)("the promotion margin check on the review sheet (%s)", (locale) => {
  const t = (key: Parameters<typeof translate>[1], params = {}) => translate(locale, key, params);

  it("lists the promotion items outside the band only, and counts the ones inside", () => {
    const { sheet, summary } = review(locale, {});
    const texts = textsOf(sheet);
    expect(texts).toContain(t("review.promotion.title", { low: "8%", high: "12%" }));
    expect(texts).toContain(t("review.promotion.rule.belowUsualPrice", { drop: "5%" }));
    expect(rowWith(sheet, "面膜")).toEqual(["面膜", "2025-07", 100, 80, 2, 160, 148, 12 / 160, t("label.below")]);
    expect(texts).not.toContain("面霜");
    expect(texts).not.toContain("精华");
    expect(texts).toContain(t("review.promotion.moreInside", { count: 1 }));
    expect(summary.promotionMargin).toMatchObject({ items: 2, checked: 2, inside: 1, below: 1, above: 0, undetermined: null });
  });

  it("writes the finding in the review's language", () => {
    const { findings } = review(locale, {});
    const finding = findings.find((f) => f.key === "finding.promotionMarginOutside");
    expect(finding?.text).toBe(t("finding.promotionMarginOutside", { checked: "2", outside: "1", below: "1", above: "0", low: "8%", high: "12%", item: "面膜", margin: "7.5%" }));
  });

  it("checks the listed items when the operator lists them, and names the ones that did not sell", () => {
    const { sheet, summary } = review(locale, { promotion: { rule: "list", items: ["精华", "礼盒"] } });
    expect(rowWith(sheet, "精华")[8]).toBe(t("label.above"));
    expect(textsOf(sheet)).toContain(t("review.promotion.listedNotFound", { count: 1, names: "礼盒" }));
    expect(textsOf(sheet)).toContain(t("review.promotion.moreInside", { count: 0 }));
    expect(summary.itemsOutsideMarginBand.map((item) => item.item)).toEqual(["精华"]);
  });

  it("says that no promotion item was found instead of judging every item", () => {
    const steady = SALES.filter(([, title]) => title === "精华");
    const { sheet, summary, findings } = review(locale, {}, steady);
    expect(textsOf(sheet)).toContain(t("review.promotion.undetermined.noneBelowUsualPrice", { drop: "5%" }));
    expect(textsOf(sheet)).not.toContain("精华");
    expect(textsOf(sheet)).not.toContain(t("review.col.promotionMonths"));
    expect(summary.itemsOutsideMarginBand).toEqual([]);
    expect(findings.some((f) => f.key.startsWith("finding.promotionMargin"))).toBe(false);
  });
});
