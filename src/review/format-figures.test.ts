import { describe, expect, it } from "vitest";
import {
  axisNumberFormats, currencySign, formatAxisAmount, formatCount, formatCurrency, formatCurrencyCents, formatPercent, formatPoints, formatRatio, formatSetPercent,
  formatSignedPercent, numberFormats, roundHalfAway, storedValue,
} from "./format-figures";

describe("formatCurrency", () => {
  it("writes Chinese amounts in 万 from ¥10万 and in 亿 from ¥1亿, whole below", () => {
    expect(formatCurrency(4_475_879.400000118, "CNY", "zh-CN")).toBe("¥447.6万");
    expect(formatCurrency(19_800_000, "CNY", "zh-CN")).toBe("¥1980.0万");
    expect(formatCurrency(100_000, "CNY", "zh-CN")).toBe("¥10.0万");
    expect(formatCurrency(99_999.4, "CNY", "zh-CN")).toBe("¥99,999");
    expect(formatCurrency(320_000_000, "USD", "zh-CN")).toBe("US$3.20亿");
    expect(formatCurrency(1_205_000, "USD", "zh-CN")).toBe("US$120.5万");
    expect(formatCurrency(88, "GBP", "zh-CN")).toBe("£88");
  });

  it("writes English amounts in K from 100K and in M from 1M, whole below", () => {
    expect(formatCurrency(4_475_879.4, "USD", "en-US")).toBe("$4.48M");
    expect(formatCurrency(19_800_000, "CNY", "en-US")).toBe("¥19.80M");
    expect(formatCurrency(250_000, "EUR", "en-US")).toBe("€250K");
    expect(formatCurrency(447_587.9, "USD", "en-US")).toBe("$448K");
    expect(formatCurrency(99_999.4, "USD", "en-US")).toBe("$99,999");
    expect(formatCurrency(1234, "HKD", "en-US")).toBe("HK$1,234");
  });

  it("rounds half away from zero on the decimal value, as Excel shows it", () => {
    // 4,475,500 is 447.55万: half goes up. 4,475,499.99 stays under it.
    expect(formatCurrency(4_475_500, "CNY", "zh-CN")).toBe("¥447.6万");
    expect(formatCurrency(4_475_499.99, "CNY", "zh-CN")).toBe("¥447.5万");
    expect(formatCurrency(2.5, "CNY", "en-US")).toBe("¥3");
    // Within a cent of 10万 the amount is stored as 100,000.00, and shown as 10万 like the cell.
    expect(formatCurrency(99_999.996, "CNY", "zh-CN")).toBe("¥10.0万");
  });

  it("writes a negative amount in full with its minus, in both languages", () => {
    expect(formatCurrency(-5_200_000, "CNY", "zh-CN")).toBe("-¥5,200,000");
    expect(formatCurrency(-5_200_000, "USD", "en-US")).toBe("-$5,200,000");
    expect(formatCurrency(-1234, "HKD", "en-US")).toBe("-HK$1,234");
    expect(formatCurrency(-0.2, "CNY", "zh-CN")).toBe("¥0");
  });
});

describe("formatAxisAmount", () => {
  it("labels chart axes without the currency sign: 120.0万 and 1.2M", () => {
    expect(formatAxisAmount(1_200_000, "zh-CN")).toBe("120.0万");
    expect(formatAxisAmount(1_200_000, "en-US")).toBe("1.2M");
    expect(formatAxisAmount(500_000, "en-US")).toBe("500K");
    expect(formatAxisAmount(50_000, "zh-CN")).toBe("50,000");
    expect(formatAxisAmount(0, "en-US")).toBe("0");
  });
});

describe("rates, points, ratios and counts", () => {
  it("shows a rate with one decimal of a percent, half away from zero", () => {
    expect(formatPercent(0.792)).toBe("79.2%");
    expect(formatPercent(0.0325)).toBe("3.3%");
    expect(formatPercent(-0.018)).toBe("-1.8%");
    expect(formatSignedPercent(0.125)).toBe("+12.5%");
    expect(formatSignedPercent(-0.18)).toBe("-18.0%");
  });

  it("shows a rate the operator set as short as it reads", () => {
    expect(formatSetPercent(0.08)).toBe("8%");
    expect(formatSetPercent(0.12)).toBe("12%");
    expect(formatSetPercent(0.085)).toBe("8.5%");
    expect(formatSetPercent(-0.05)).toBe("-5%");
    expect(formatSetPercent(1)).toBe("100%");
  });

  it("writes a difference of two rates in 个百分点 in Chinese and pp in English, signed", () => {
    expect(formatPoints(-6.8, "zh-CN")).toBe("-6.8 个百分点");
    expect(formatPoints(3.6, "en-US")).toBe("+3.6 pp");
    expect(formatPoints(0, "en-US")).toBe("0.0 pp");
    expect(formatPoints(0.04, "zh-CN")).toBe("+0.0 个百分点");
    expect(formatPoints((0.182 - 0.25) * 100, "en-US")).toBe("-6.8 pp");
  });

  it("shows ratios with two decimals, amounts with cents and counts with separators", () => {
    expect(formatRatio(0.9)).toBe("0.90");
    expect(formatRatio(1.005)).toBe("1.01");
    expect(formatCurrencyCents(175.035, "CNY", "zh-CN")).toBe("¥175.04");
    expect(formatCurrencyCents(-3.5, "USD", "en-US")).toBe("-$3.50");
    expect(formatCurrencyCents(1234.5, "USD", "zh-CN")).toBe("US$1,234.50");
    expect(formatCount(25_536)).toBe("25,536");
  });
});

describe("roundHalfAway and storedValue", () => {
  it("rounds on the decimal value, half away from zero, as Excel's ROUND", () => {
    expect(roundHalfAway(4_475_879.400000118, 2)).toBe(4_475_879.4);
    expect(roundHalfAway(1.005, 2)).toBe(1.01);
    expect(roundHalfAway(-2.5, 0)).toBe(-3);
    expect(roundHalfAway(0.1 + 0.2, 6)).toBe(0.3);
    expect(roundHalfAway(Number.NaN, 2)).toBeNaN();
  });

  it("stores amounts to the cent, rates to six decimals, points and ratios to four, counts whole", () => {
    expect(storedValue(4_475_879.400000118, "currency")).toBe(4_475_879.4);
    expect(storedValue(175.03519, "currencyCents")).toBe(175.04);
    expect(storedValue(1 / 3, "percent")).toBe(0.333333);
    expect(storedValue(-6.800000000000001, "points")).toBe(-6.8);
    expect(storedValue(2 / 3, "ratio")).toBe(0.6667);
    expect(storedValue(12.0000001, "integer")).toBe(12);
    expect(storedValue(1 / 3, undefined)).toBe(1 / 3);
  });
});

describe("numberFormats", () => {
  it("gives amounts 万 and 亿 in Chinese and K and M in English, every negative amount in the first section", () => {
    expect(numberFormats("CNY", "zh-CN").currency).toBe('[<100000]¥#,##0;[<100000000]¥0"."0,"万";¥0"."00,,"亿"');
    expect(numberFormats("USD", "en-US").currency).toBe('[<100000]$#,##0;[<1000000]$#,##0,"K";$#,##0.00,,"M"');
    expect(numberFormats("USD", "zh-CN").currency).toBe('[<100000]"US$"#,##0;[<100000000]"US$"0"."0,"万";"US$"0"."00,,"亿"');
  });

  it("puts 个百分点 and pp after points, with the sign", () => {
    expect(numberFormats("CNY", "zh-CN").points).toBe('+0.0" 个百分点";-0.0" 个百分点";0.0" 个百分点"');
    expect(numberFormats("CNY", "en-US").points).toBe('+0.0" pp";-0.0" pp";0.0" pp"');
  });

  it("labels chart axes in the same units, without the sign", () => {
    expect(axisNumberFormats("zh-CN").amount).toBe('[<100000]#,##0;[<100000000]0"."0,"万";0"."00,,"亿"');
    expect(axisNumberFormats("en-US").amount).toBe('[<100000]#,##0;[<1000000]#,##0,"K";#,##0.0,,"M"');
  });
});

describe("currencySign", () => {
  it("keeps ¥ for the yuan in both languages and tells the other dollars and the yen apart", () => {
    expect(currencySign("CNY", "en-US")).toBe("¥");
    expect(currencySign("CNY", "zh-CN")).toBe("¥");
    expect(currencySign("USD", "en-US")).toBe("$");
    expect(currencySign("USD", "zh-CN")).toBe("US$");
    expect(currencySign("JPY", "en-US")).toBe("JP¥");
    expect(currencySign("HKD", "zh-CN")).toBe("HK$");
  });
});
