import { describe, expect, it } from "vitest";
import { readOrderTable } from "./order-table";
import { buildReview } from "./build-review";
import { parseMonthRange } from "./review-period";
import type { LayoutCell } from "./sheet-layout";

/**
 * 40 buyers acquired in June with SKU-A (10 come back), 40 with SKU-B (30 come back), 3 with SKU-C
 * (all come back): SKU-C's 100% is listed but never called the best.
 */
function shop(): unknown[][] {
  const rows: unknown[][] = [["订单编号", "买家会员名", "订单付款时间", "商家编码", "商品金额", "订单状态"]];
  let id = 1;
  const add = (buyer: string, day: number, sku: string) => rows.push([`O${id++}`, buyer, `2025-06-${String(day).padStart(2, "0")} 10:00:00`, sku, 100, "交易成功"]);
  for (let b = 0; b < 40; b++) {
    add(`a${b}`, 2, "SKU-A");
    if (b < 10) add(`a${b}`, 20, "SKU-B");
    add(`b${b}`, 3, "SKU-B");
    if (b < 30) add(`b${b}`, 21, "SKU-A");
  }
  for (let b = 0; b < 3; b++) {
    add(`c${b}`, 4, "SKU-C");
    add(`c${b}`, 22, "SKU-C");
  }
  return rows;
}

function build(locale: "en-US" | "zh-CN") {
  const { table } = readOrderTable(shop(), { orderId: 0, buyer: 1, time: 2, sku: 3, amount: 4, status: 5 }, { sheet: "订单", headerRow: 0 });
  return buildReview({ orders: table, skipped: [], period: parseMonthRange("2025-06..2025-06")!, compare: "previous", targets: {}, locale, sources: [], generatedAt: new Date(0) });
}

const textOf = (cells: readonly LayoutCell[]) => cells.map((c) => c.value ?? c.result).filter((v): v is string => typeof v === "string");

describe("the first-product section", () => {
  const model = build("en-US");
  const sheet = model.sheet;
  const heading = sheet.cells.find((c) => c.value === "9. Repurchase by first product")!;

  it("lists each first item with its counts, a rate formula over them and its interval, and marks best and worst", () => {
    const headerRow = sheet.cells.find((c) => c.row > heading.row && c.value === "First item")!.row;
    const row = (r: number) => sheet.cells.filter((c) => c.row === r).sort((a, b) => a.column - b.column);
    // Most first-time buyers first; of equal ones, more repeat buyers first.
    const first = row(headerRow + 1);
    expect(first.map((c) => c.value ?? c.result)).toEqual(["SKU-B", 40, 30, 0.75, expect.any(Number), expect.any(Number), "best"]);
    expect(first[3].formula).toBe(`=IF(N(B${headerRow + 2})>0,C${headerRow + 2}/B${headerRow + 2},"")`);
    expect(row(headerRow + 2).map((c) => c.value ?? c.result)).toEqual(["SKU-A", 40, 10, 0.25, expect.any(Number), expect.any(Number), "worst"]);
    // SKU-C (3 buyers) is not ranked.
    expect(row(headerRow + 3).map((c) => c.value ?? c.result)).toEqual(["SKU-C", 3, 3, 1, expect.any(Number), 1]);
    expect(textOf(sheet.cells)).toContain("Best and worst are named among items with at least 30 first-time buyers: 2 items; 1 items with fewer are listed but not ranked.");
  });

  it("charts the rate of each item from the table's cells", () => {
    const chart = sheet.charts.find((c) => c.title === "Repurchase of first-time buyers by first item")!;
    expect(chart.kind).toBe("bar");
    expect(chart.series[0].categories).toEqual(["SKU-B", "SKU-A", "SKU-C"]);
    expect(chart.series[0].values).toEqual([0.75, 0.25, 1]);
    expect(chart.series[0].valuesRef).toMatch(/\$D\$\d+:\$D\$\d+$/);
  });

  it("writes the finding with both intervals, in both languages, never naming the 3-buyer item", () => {
    const finding = model.findings.find((f) => f.key === "finding.firstProductBest")!;
    expect(finding.figures).toMatchObject({ best: "SKU-B", bestRate: 0.75, worst: "SKU-A", worstRate: 0.25 });
    expect(finding.text).toMatch(/^Of buyers acquired in the period, those whose first item was SKU-B came back most: 75\.0% of 40/);
    expect(model.findings.some((f) => f.key === "finding.firstProductOverlap")).toBe(false);
    const zh = build("zh-CN");
    expect(zh.findings.find((f) => f.key === "finding.firstProductBest")!.text).toMatch(/^本期新客中，首单买 SKU-B 的复购最高：40 人中 75\.0%/);
    expect(textOf(zh.sheet.cells)).toContain("九、按首购商品看复购");
    expect(model.summary.firstProduct).toMatchObject({ reason: null, firstBuyers: 83, repeatBuyers: 43, best: { item: "SKU-B" }, worst: { item: "SKU-A" }, separated: true });
  });

  it("says why when the orders have no item column", () => {
    const { table } = readOrderTable(shop(), { orderId: 0, buyer: 1, time: 2, amount: 4, status: 5 }, { sheet: "订单", headerRow: 0 });
    const review = buildReview({ orders: table, skipped: [], period: parseMonthRange("2025-06..2025-06")!, compare: "previous", targets: {}, locale: "en-US", sources: [], generatedAt: new Date(0) });
    expect(review.summary.firstProduct).toEqual({ reason: "noItemColumn" });
    expect(textOf(review.sheet.cells).some((t) => t.startsWith("Not computed: the order table has no item or SKU column"))).toBe(true);
  });
});
