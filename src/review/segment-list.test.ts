import { describe, expect, it } from "vitest";
import { LOCALES, translate } from "../i18n/messages";
import { RFM_SEGMENTS, rfmScores, type RfmScores } from "../engine/metrics/rfm";
import { isMetricError } from "../engine/metric-error";
import { buildReview } from "./build-review";
import { readOrderTable } from "./order-table";
import { parseMonthRange } from "./review-period";
import { segmentActionKey, segmentBuyers, segmentListTable } from "./segment-list";

describe("segment actions", () => {
  it("says what to do with every segment, in both languages, each its own", () => {
    for (const locale of LOCALES) {
      const actions = RFM_SEGMENTS.map((segment) => translate(locale, segmentActionKey(segment)));
      actions.forEach((action, i) => {
        expect(action, `${locale} ${RFM_SEGMENTS[i]}`).not.toBe(segmentActionKey(RFM_SEGMENTS[i]));
        expect(action.trim().length, `${locale} ${RFM_SEGMENTS[i]}`).toBeGreaterThan(5);
        if (locale === "zh-CN") expect(action, RFM_SEGMENTS[i]).toMatch(/[\u4e00-\u9fff]/);
        else expect(action, RFM_SEGMENTS[i]).not.toMatch(/[\u4e00-\u9fff]/);
      });
      expect(new Set(actions).size).toBe(RFM_SEGMENTS.length);
    }
  });
});

describe("segmentBuyers", () => {
  // Buyers a–e: a orders three times, b twice, c–e once, on different days of June.
  const D = 45809; // 2025-06-01
  const rows: [number, number, number][] = [[0, D + 29.5, 100], [0, D + 20, 50], [0, D + 10, 10], [1, D + 28, 300], [1, D + 2, 1], [2, D + 25, 80], [3, D + 5, 500], [4, D + 1, 20]];
  const scores = rfmScores(Int32Array.from(rows, (r) => r[0]), Float64Array.from(rows, (r) => r[1]), Float64Array.from(rows, (r) => r[2]), { asOf: D + 29 }) as RfmScores;

  it("lists every buyer once, by segment in the review's order, then the largest amount first, with the scores' figures", () => {
    if (isMetricError(scores)) throw new Error("no buyers");
    const list = segmentBuyers(scores, ["a", "b", "c", "d", "e"]);
    expect(list.length).toBe(5);
    expect([...list.buyer].sort()).toEqual(["a", "b", "c", "d", "e"]);
    const rank = list.segment.map((segment) => RFM_SEGMENTS.indexOf(segment));
    for (let i = 1; i < list.length; i++) {
      expect(rank[i]).toBeGreaterThanOrEqual(rank[i - 1]);
      if (rank[i] === rank[i - 1]) expect(list.monetary[i]).toBeLessThanOrEqual(list.monetary[i - 1]);
    }
    const at = (name: string) => list.buyer.indexOf(name);
    expect([list.frequency[at("a")], list.monetary[at("a")], list.lastOrder[at("a")], list.recencyDays[at("a")]]).toEqual([3, 160, D + 29, 0]);
    expect([list.frequency[at("d")], list.monetary[at("d")], list.lastOrder[at("d")], list.recencyDays[at("d")]]).toEqual([1, 500, D + 5, 24]);
  });

  it("makes the rows of the list in the review's language, amounts to the cent", () => {
    const list = segmentBuyers(scores, ["a", "b", "c", "d", "e"]);
    for (const locale of LOCALES) {
      const table = segmentListTable(list, locale);
      expect(table.name).toBe(translate(locale, "review.segments.sheetName"));
      expect(table.header).toHaveLength(7);
      table.rows.forEach((row, i) => {
        expect(row[0]).toBe(list.buyer[i]);
        expect(row[1]).toBe(translate(locale, `segment.${list.segment[i]}`));
        expect(row[6]).toBe(translate(locale, segmentActionKey(list.segment[i])));
      });
    }
  });
});

describe("the review's RFM section", () => {
  // Three buyers over June: all ordered once, so frequency ties and recency decides.
  const grid = [["订单编号", "买家", "付款时间", "金额"], ["1", "a", "2025-06-30 10:00:00", 100], ["2", "b", "2025-06-15 10:00:00", 100], ["3", "c", "2025-06-02 10:00:00", 100]];
  const orders = readOrderTable(grid, { orderId: 0, buyer: 1, time: 2, amount: 3 }, { sheet: "订单", headerRow: 0 }).table;

  it.each(LOCALES)("lists the segments with buyers and their action, and names the empty ones on one line (%s)", (locale) => {
    const { sheet, summary, segmentBuyers: list } = buildReview({ orders, skipped: [], period: parseMonthRange("2025-06..2025-06")!, compare: "previous", targets: {}, locale, sources: ["订单"], generatedAt: new Date(0) });
    const withBuyers = summary.rfmSegments.filter((segment) => segment.buyers > 0);
    const empty = summary.rfmSegments.filter((segment) => segment.buyers === 0);
    expect(withBuyers.length).toBeGreaterThan(0);
    expect(empty.length).toBeGreaterThan(0);
    expect(list?.length).toBe(3);
    const text = (value: string) => sheet.cells.find((cell) => cell.value === value);
    for (const segment of withBuyers) {
      const label = text(translate(locale, `segment.${segment.segment}`));
      expect(label, segment.segment).toBeDefined();
      const action = sheet.cells.find((cell) => cell.row === label!.row && cell.column === 5);
      expect(action?.value).toBe(translate(locale, segmentActionKey(segment.segment)));
      expect(segment.action).toBe(action?.value);
    }
    for (const segment of empty) expect(text(translate(locale, `segment.${segment.segment}`)), segment.segment).toBeUndefined();
    const names = empty.map((segment) => translate(locale, `segment.${segment.segment}`)).join(translate(locale, "review.listSeparator"));
    expect(text(translate(locale, "review.rfm.empty", { segments: names }))).toBeDefined();
    expect(text(translate(locale, "review.rfm.listedOn", { sheet: translate(locale, "review.segments.sheetName") }))).toBeDefined();
  });
});
