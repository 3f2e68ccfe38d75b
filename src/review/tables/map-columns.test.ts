import { describe, expect, it } from "vitest";
import { CONTENT_CONFIDENCE_CAP, mapColumns } from "./map-columns";
import { handMadeOrders } from "../../../test/support/real-exports.fixture";
import { gatherSheetEvidence } from "./sheet-evidence";

const rows = handMadeOrders(40);

describe("mapColumns", () => {
  it("maps a known header's column by its header only, never by its contents", () => {
    // 物流单号 (a header of no field) holds order ids; the unknown X holds them too.
    const evidence = gatherSheetEvidence([["物流单号", "X", "实付金额"], ...rows.map((r) => [r[0], r[0], r[4]])]);
    const mapped = mapColumns("orders", evidence);
    expect(mapped.get("orderId")).toMatchObject({ column: 1, source: "content" });
    expect(mapped.get("amount")).toMatchObject({ column: 2, source: "header" });
  });

  it("keeps content confidences at or under the cap", () => {
    const mapped = mapColumns("orders", gatherSheetEvidence(rows));
    expect(mapped.size).toBe(10);
    for (const assigned of mapped.values()) expect(assigned.confidence).toBeLessThanOrEqual(CONTENT_CONFIDENCE_CAP);
  });

  it("weighs a weak header by the contents: 日期 over order times is surer than 日期 over days, and never sure", () => {
    const withTimes = mapColumns("orders", gatherSheetEvidence([["日期", "实付金额"], ...rows.map((r) => [r[2], r[4]])]));
    const withDays = mapColumns("orders", gatherSheetEvidence([["日期", "实付金额"], ...rows.map((r, i) => [`2025-06-${String(1 + (i % 28)).padStart(2, "0")}`, r[4]])]));
    expect(withTimes.get("createdTime")?.column).toBe(0);
    expect(withDays.get("createdTime")?.column).toBe(0);
    expect(withTimes.get("createdTime")!.confidence).toBeGreaterThan(withDays.get("createdTime")!.confidence);
    expect(withTimes.get("createdTime")!.confidence).toBeLessThanOrEqual(0.5);
  });

  it("maps a header by the words it contains when the contents bear it out", () => {
    const evidence = gatherSheetEvidence([["本单实际支付", "客户编号", "下单时间点"], ...rows.map((r) => [r[4], r[1], r[2]])]);
    const mapped = mapColumns("orders", evidence);
    expect(mapped.get("amount")).toMatchObject({ column: 0, source: "header" });
    expect(mapped.get("buyer")).toMatchObject({ column: 1 });
    expect(mapped.get("createdTime")).toMatchObject({ column: 2 });
  });

  it("never guesses a later step's time to be the order's time, known header or not", () => {
    // Shipped two to five days after the order, as Excel date serials with a time.
    const shipped = (r: readonly unknown[], i: number) => (r[2] as number) + 2 + (i % 4);
    for (const header of ["Ship Date", "发货时间", "Ship Date (UTC)", "买家签收日期", "Shipped On"]) {
      const mapped = mapColumns("orders", gatherSheetEvidence([["订单编号", header, "实付金额"], ...rows.map((r, i) => [r[0], shipped(r, i), r[4]])]));
      expect(mapped.get("createdTime"), header).toBeUndefined();
      expect(mapped.get("paidTime"), header).toBeUndefined();
    }
  });

  it("prefers the column a header names to a content guess for the same field", () => {
    // 金额 is a weak header; the unknown column X holds amounts just as well.
    const mapped = mapColumns("orders", gatherSheetEvidence([["订单编号", "X", "金额"], ...rows.map((r) => [r[0], r[4], r[4]])]));
    expect(mapped.get("amount")).toMatchObject({ column: 2, source: "header" });
  });

  it("swaps clicks and impressions mapped from content when the rows say so", () => {
    const grid = Array.from({ length: 30 }, (_, i) => [`2025-06-${String(1 + (i % 28)).padStart(2, "0")}`, ["直通车", "万相台", "腾讯广告"][i % 3], 1000 + i * 37.5 + 0.25, 300 + i * 11, 40000 + i * 1234]);
    const mapped = mapColumns("adSpend", gatherSheetEvidence(grid));
    expect(mapped.get("clicks")?.column).toBe(3);
    expect(mapped.get("impressions")?.column).toBe(4);
    const swapped = mapColumns("adSpend", gatherSheetEvidence(grid.map((r) => [r[0], r[1], r[2], r[4], r[3]])));
    expect(swapped.get("clicks")?.column).toBe(4);
    expect(swapped.get("impressions")?.column).toBe(3);
  });
});
