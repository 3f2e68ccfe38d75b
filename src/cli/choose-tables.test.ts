import { describe, expect, it } from "vitest";
import { applyColumnChoices } from "../review/tables/apply-override";
import { detectTable } from "../review/tables/detect-table";
import { handMadeOrders, HAND_MADE_ORDER_FIELDS } from "../../test/support/real-exports.fixture";
import { orderMappingOf } from "../review/tables/review-request";
import { formatMapping } from "./choose-tables";

describe("formatMapping", () => {
  // A sheet without a header row whose channel column holds customer tiers: guessed too unsurely to be used.
  const channel = HAND_MADE_ORDER_FIELDS.indexOf("channel");
  const grid = handMadeOrders(60).map((row, i) => row.map((cell, c) => (c === channel ? ["Consumer", "Corporate", "Home Office"][i % 3] : cell)));
  const detection = detectTable(grid, { kind: "orders" });

  it("lists a suggestion after the columns used, as not used, with the --map that confirms it by column letter", () => {
    expect(detection.columns.channel).toBeUndefined();
    const text = formatMapping({ file: "orders.csv", sheet: "orders", grid, firstRow: 1, detection }, "en-US");
    const lines = text.split("\n");
    expect(lines.at(-1)).toMatch(/^ {2}channel +← column I +0\.\d\d +suggested, not used; --map "channel=I" uses it$/);
    expect(lines.filter((line) => line.includes("suggested"))).toHaveLength(1);
    const confirmed = applyColumnChoices(detection, [{ field: "channel", header: "I" }])!;
    expect(formatMapping({ file: "orders.csv", sheet: "orders", grid, firstRow: 1, detection: confirmed }, "zh-CN")).toMatch(/channel +← 第 I 列 +1\.00 +手动指定/);
    expect(orderMappingOf(confirmed)).toMatchObject({ mapping: { channel } });
    expect(orderMappingOf(detection)).toMatchObject({ mapping: { channel: undefined } });
  });
});
