import { describe, expect, it } from "vitest";
import { attributionFunction } from "../../src/functions/functions";
import { attributePaths } from "../../src/engine/metrics/attribution";
import { asTable, column, expectError, inChinese, invocation, OMITTED_AS_NULL } from "./excel-call";

/** The README's example: 小红书 opens paths that 站内搜索 closes. */
const PATHS = column("小红书 > 站内搜索", "站内搜索", "小红书 > 直播 > 站内搜索");
const CONVERSIONS = column(10, 5, 5);
const VALUE = column(2000, 900, 1100);
const ADDRESSES = ["S!A2:A4", "S!B2:B4", "S!C2:C4"] as const;

const byChannel = (table: unknown[][]) => new Map(table.slice(1).map((r) => [r[0] as string, r.slice(1) as number[]]));

describe("EC.ATTRIBUTION", () => {
  it("puts every model side by side, channels by last-touch credit, each model adding up to the 20 conversions", () => {
    const table = asTable(attributionFunction(PATHS, CONVERSIONS, OMITTED_AS_NULL, OMITTED_AS_NULL, invocation(...ADDRESSES.slice(0, 2))));
    expect(table[0]).toEqual(["Channel", "Last touch", "First touch", "Linear", "Position-based", "Markov", "Shapley"]);
    expect(table.map((r) => r[0])).toEqual(["Channel", "站内搜索", "小红书", "直播"]);
    const rows = byChannel(table);
    // Hand-worked: last touch all to 站内搜索; first touch 小红书 15, 站内搜索 5; linear 小红书 5 + 5/3.
    expect(rows.get("站内搜索")!.slice(0, 2)).toEqual([20, 5]);
    expect(rows.get("小红书")!.slice(0, 2)).toEqual([0, 15]);
    expect(rows.get("小红书")![2]).toBeCloseTo(5 + 5 / 3, 12);
    // Position-based: 小红书 5 + 2 (40% of 5), 直播 1 (20% of 5), 站内搜索 5 + 5 + 2.
    expect(rows.get("小红书")![3]).toBeCloseTo(7, 12);
    expect(rows.get("直播")![3]).toBeCloseTo(1, 12);
    // Shapley per distinct channel: 小红书 5 + 5/3.
    expect(rows.get("小红书")![5]).toBeCloseTo(5 + 5 / 3, 12);
    for (let model = 0; model < 6; model++) expect([...rows.values()].reduce((sum, r) => sum + r[model], 0)).toBeCloseTo(20, 9);
    // With only converting paths every channel's removal loses its paths: 小红书 15 of 20, 直播 5, 站内搜索 20.
    expect(rows.get("小红书")![4]).toBeCloseTo((20 * 0.75) / 2, 9);
  });

  it("credits the value too when given, and one model with its share when named", () => {
    const table = asTable(attributionFunction(PATHS, CONVERSIONS, VALUE, OMITTED_AS_NULL, invocation(...ADDRESSES)));
    expect(table[0].slice(7)).toEqual(["Last touch · Value", "First touch · Value", "Linear · Value", "Position-based · Value", "Markov · Value", "Shapley · Value"]);
    expect(byChannel(table).get("站内搜索")![6]).toBe(4000);
    const linear = asTable(attributionFunction(PATHS, CONVERSIONS, VALUE, "Linear", invocation(...ADDRESSES)));
    expect(linear[0]).toEqual(["Channel", "Conversions", "Share", "Value"]);
    const xhs = byChannel(linear).get("小红书")!;
    expect(xhs[0]).toBeCloseTo(20 / 3, 12);
    expect(xhs[1]).toBeCloseTo(1 / 3, 12);
    expect(xhs[2]).toBeCloseTo(1000 + 1100 / 3, 9);
  });

  it("agrees with the engine on the same paths, separators and spellings as platforms write them", () => {
    const paths = column("Xiaohongshu › Douyin → Search", "xiaohongshu,search", "  DOUYIN>Search ", "Search", "");
    const table = asTable(attributionFunction(paths, column(8, 4, 6, 2, ""), OMITTED_AS_NULL, "markov", invocation("S!A2:A6", "S!B2:B6")));
    // Case and spacing merge: three channels, named as first written.
    expect(table.slice(1).map((r) => r[0]).sort()).toEqual(["Douyin", "Search", "Xiaohongshu"]);
    const engine = attributePaths({
      channelCount: 3, start: Int32Array.of(0, 3, 5, 7, 8), channel: Int32Array.of(0, 1, 2, 0, 2, 1, 2, 2),
      conversions: Float64Array.of(8, 4, 6, 2), value: new Float64Array(4),
    });
    if ("kind" in engine) throw new Error(engine.key);
    const names = ["Xiaohongshu", "Douyin", "Search"];
    for (const r of table.slice(1)) expect(r[1] as number).toBeCloseTo(engine.markov!.conversions[names.indexOf(r[0] as string)], 12);
  });

  it("says what is wrong with the row named: no channel, over 50 touches, no or negative conversions; in Chinese too", () => {
    expectError(attributionFunction(column("A > B", " > ", "C"), column(1, 2, 3), OMITTED_AS_NULL, OMITTED_AS_NULL, invocation("S!A2:A4", "S!B2:B4")), "#VALUE!", /S!A3|A3/);
    const long = Array.from({ length: 51 }, (_, i) => `c${i}`).join(" > ");
    expectError(attributionFunction(column("A", long), column(1, 1), OMITTED_AS_NULL, OMITTED_AS_NULL, invocation("S!A2:A3", "S!B2:B3")), "#VALUE!", /51 touches/);
    expectError(attributionFunction(column("A", "B"), column(1, ""), OMITTED_AS_NULL, OMITTED_AS_NULL, invocation("S!A2:A3", "S!B2:B3")), "#VALUE!", /B3: a path has no conversions/);
    expectError(attributionFunction(column("A", "B"), column(1, -2), OMITTED_AS_NULL, OMITTED_AS_NULL, invocation("S!A2:A3", "S!B2:B3")), "#NUM!", /B3: conversions cannot be negative/);
    expectError(attributionFunction(column("", "B"), column(3, 1), OMITTED_AS_NULL, OMITTED_AS_NULL, invocation("S!A2:A3", "S!B2:B3")), "#VALUE!", /A2: a path with figures names no channel/);
    inChinese(() => expectError(attributionFunction(column("A", "B"), column(1, -2), OMITTED_AS_NULL, OMITTED_AS_NULL, invocation("S!A2:A3", "S!B2:B3")), "#NUM!", /转化数不能为负/));
    expectError(attributionFunction(PATHS, CONVERSIONS, OMITTED_AS_NULL, "lastclick", invocation(...ADDRESSES.slice(0, 2))), "#VALUE!");
  });
});
