import { describe, expect, it } from "vitest";
import { currencyTextFormula as moneyText } from "./format-figures";
import { liveFindingFormula, messageExpression, stringConstant, type LiveFinding } from "./live-text";

const address = (cell: string, metric: string) => `${cell}:${metric}`;

describe("live text formulas", () => {
  it("writes a string constant with its quotes doubled, cut into pieces of at most 255 characters", () => {
    expect(stringConstant("say \"hi\"")).toBe("\"say \"\"hi\"\"\"");
    expect(stringConstant("")).toBe("\"\"");
    const long = "客".repeat(300);
    const pieces = stringConstant(long).split("&");
    expect(pieces.length).toBe(2);
    expect(pieces.map((piece) => Array.from(piece.slice(1, -1)).length)).toEqual([255, 45]);
  });

  it("writes money with the currency's sign, 万/亿 in Chinese and K/M in English", () => {
    expect(moneyText("C9", "CNY", "zh-CN")).toContain("\"万\"");
    expect(moneyText("C9", "CNY", "zh-CN")).toContain("\"亿\"");
    expect(moneyText("C9", "USD", "zh-CN")).toContain("\"US$\"");
    expect(moneyText("C9", "USD", "en-US")).toContain("&\"M\"");
    expect(moneyText("C9", "USD", "en-US")).not.toContain("万");
  });

  it("cuts the translated template around its live parts and keeps the static parameters as text", () => {
    const expression = messageExpression(
      {
        key: "finding.repurchaseTarget",
        params: {
          actual: "26.0%", target: { cell: "target", metric: "repurchaseRate", show: "percent" }, attainment: { cell: "attainment", metric: "repurchaseRate", show: "percent" },
          status: { cell: "status", metric: "repurchaseRate", show: "text" },
        },
      },
      "en-US", "CNY", address as never,
    );
    expect(expression).toBe("\"Repurchase rate was 26.0%, \"&TEXT(attainment:repurchaseRate,\"0.0%\")&\" of the \"&TEXT(target:repurchaseRate,\"0.0%\")&\" target (\"&status:repurchaseRate&\").\"");
  });

  it("chooses the text with the target while the target cell holds a number above 0 (and above the value, given one)", () => {
    const finding: LiveFinding = {
      metric: "aov",
      whenUnder: 120.5,
      withTarget: { key: "finding.lowestAovMonthTarget", params: { month: "2025-07", aov: "¥121", target: { cell: "target", metric: "aov", show: "money" }, gap: { shortfallOf: 120.5, metric: "aov" } } },
      withoutTarget: { key: "finding.lowestAovMonth", params: { month: "2025-07", aov: "¥121", average: "¥150", gap: "19.7%" } },
    };
    const formula = liveFindingFormula(finding, "3. ", "zh-CN", "CNY", address as never);
    expect(formula.startsWith("=\"3. \"&IF(AND(N(target:aov)>0,120.5<N(target:aov)),")).toBe(true);
    expect(formula).toContain("TEXT(1-120.5/target:aov,\"0.0%\")");
    expect(formula).toContain("\"2025-07 客单价 ¥121 为周期内最低，比周期均值 ¥150 低 19.7%。\"");
  });
});
