import { describe, expect, it } from "vitest";
import { currencySign, formatCurrency } from "./format-figures";

describe("formatCurrency", () => {
  it("shortens large amounts as each language reads them, with the currency's sign", () => {
    expect(formatCurrency(19_800_000, "CNY", "en-US")).toBe("¥19.8M");
    expect(formatCurrency(19_800_000, "CNY", "zh-CN")).toBe("¥1980.0万");
    expect(formatCurrency(4_476_000, "CNY", "zh-CN")).toBe("¥447.6万");
    expect(formatCurrency(1_205_000, "USD", "en-US")).toBe("$1.2M");
    expect(formatCurrency(1_205_000, "USD", "zh-CN")).toBe("US$120.5万");
    expect(formatCurrency(320_000_000, "USD", "zh-CN")).toBe("US$3.20亿");
    expect(formatCurrency(250_000, "EUR", "en-US")).toBe("€250K");
    expect(formatCurrency(-1234, "HKD", "en-US")).toBe("-HK$1,234");
    expect(formatCurrency(88, "GBP", "zh-CN")).toBe("£88");
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
