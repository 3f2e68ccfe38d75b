import { describe, expect, it } from "vitest";
import { fulfilmentExport, fulfilmentOrders } from "../../test/support/fulfilment-exports";
import type { Locale } from "../i18n/messages";
import { buildReview } from "./build-review";
import { readOrderTable } from "./order-table";
import { detectTable } from "./tables/detect-table";
import { orderMappingOf } from "./tables/review-request";
import type { TableDetectionOf } from "./tables/table-detection";
import { sectionTitleOf } from "./review-sheet";

const PERIOD = { from: 2025 * 12 + 5, to: 2025 * 12 + 8 };

function reviewOf(grid: unknown[][], locale: Locale, shippingLimitHours?: number) {
  const detection = detectTable(grid, { kind: "orders" }) as TableDetectionOf<"orders">;
  const mapped = orderMappingOf(detection);
  if (!("mapping" in mapped)) throw new Error(mapped.missing.join());
  const { table, skipped } = readOrderTable(grid, mapped.mapping, { sheet: "订单", headerRow: 0 });
  return buildReview({ orders: table, skipped, period: PERIOD, compare: "previous", targets: { shippingLimitHours }, locale, sources: ["订单"], generatedAt: new Date(0) });
}

describe("the fulfilment section of the review", () => {
  const grid = fulfilmentExport(fulfilmentOrders(14, 1200), "qianniu");

  it("lays out the months with the share late as a formula whose result is the summary's, a chart, and the repurchase by first shipping", () => {
    const { sheet, summary } = reviewOf(grid, "en-US");
    const title = sheet.cells.find((c) => c.style === "section" && sectionTitleOf(String(c.value)) === "Fulfilment and after-sales")!;
    expect(title).toBeDefined();
    const september = sheet.cells.find((c) => c.row > title.row && c.column === 0 && c.value === "2025-09")!;
    const row = sheet.cells.filter((c) => c.row === september.row);
    const lateShare = row.find((c) => c.formula !== undefined)!;
    expect(lateShare.formula).toMatch(/^=IF\(N\(\w+\d+\)>0,\w+\d+\/\w+\d+,""\)$/);
    expect(lateShare.result).toBeCloseTo(summary.fulfilment!.months[3].lateShare!, 12);
    const chart = sheet.charts.find((c) => c.title === "Hours from payment to shipping, and share shipped late")!;
    expect(chart.series.map((s) => s.name)).toEqual(["Median hours", "P90 hours", "Share late"]);
    expect(chart.series[2].values[3]).toBeCloseTo(summary.fulfilment!.months[3].lateShare!, 12);
    const difference = sheet.cells.find((c) => c.value === "Late − on time (pp)")!;
    const ciLow = sheet.cells.find((c) => c.row === difference.row && c.column === 4)!;
    expect(ciLow.value).toBeCloseTo(summary.fulfilment!.firstShipping!.ciLow! * 100, 3);
  });

  it("writes its conclusions in both languages, each naming its figure", () => {
    const en = reviewOf(grid, "en-US");
    const zh = reviewOf(grid, "zh-CN");
    const f = en.summary.fulfilment!;
    const late = en.findings.find((x) => x.key === "finding.lateShipping")!;
    expect(late.figures.month).toBe("2025-09");
    expect(late.text).toContain(`2025-09: ${(Math.round(f.months[3].lateShare! * 1000) / 10).toFixed(1)}% of orders shipped after 48 h`);
    const back = en.findings.find((x) => x.key === "finding.lateShippingRepurchase")!;
    expect(back.text).toMatch(/below those whose first order shipped on time/);
    expect(back.figures.lateBuyers).toBe(f.firstShipping!.late.buyers);
    expect(zh.findings.find((x) => x.key === "finding.lateShipping")!.text).toMatch(/^2025-09：\d+\.\d% 的订单付款后超过 48 小时才发货/);
    expect(zh.findings.find((x) => x.key === "finding.lateShippingRepurchase")!.text).toContain("低");
  });

  it("follows the limit set in the targets, and writes nothing when no month stands out", () => {
    const { summary, findings } = reviewOf(grid, "en-US", 200);
    expect(summary.fulfilment!.limitHours).toBe(200);
    expect(summary.fulfilment!.months.every((m) => m.late === 0)).toBe(true);
    expect(findings.some((x) => x.key === "finding.lateShipping" || x.key === "finding.lateShippingRepurchase")).toBe(false);
  });

  it("is not written for an export without the columns", () => {
    const header = grid[0] as string[];
    const keep = header.map((_, k) => k).filter((k) => !["发货时间", "退款金额"].includes(header[k]));
    const { sheet, summary } = reviewOf(grid.map((row) => keep.map((k) => row[k])), "en-US");
    expect(summary.fulfilment).toBeNull();
    expect(sheet.cells.some((c) => c.style === "section" && sectionTitleOf(String(c.value)) === "Fulfilment and after-sales")).toBe(false);
  });
});
