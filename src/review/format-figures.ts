import { translate, type Locale } from "../i18n/messages";
import type { CurrencyCode } from "../engine/cells/detect-currency";

/**
 * How the review writes each currency before an amount, in each of its languages: the yuan as ¥
 * in both (the shops are Chinese: ¥ is the yuan to their readers, so the yen is JP¥); the US
 * dollar as $ in English and US$ in Chinese, as CLDR's zh locale writes it, so that a Chinese
 * reader does not take it for another dollar; HK$, CA$, A$, €, £ in both.
 */
const CURRENCY_SIGNS: Readonly<Record<CurrencyCode, Readonly<Record<Locale, string>>>> = {
  CNY: { "zh-CN": "¥", "en-US": "¥" },
  USD: { "zh-CN": "US$", "en-US": "$" },
  HKD: { "zh-CN": "HK$", "en-US": "HK$" },
  EUR: { "zh-CN": "€", "en-US": "€" },
  GBP: { "zh-CN": "£", "en-US": "£" },
  JPY: { "zh-CN": "JP¥", "en-US": "JP¥" },
  CAD: { "zh-CN": "CA$", "en-US": "CA$" },
  AUD: { "zh-CN": "A$", "en-US": "A$" },
};

/** The sign written before an amount of `currency` in `locale`: "¥", "$", "US$", "HK$", "€" … */
export function currencySign(currency: CurrencyCode, locale: Locale): string {
  return CURRENCY_SIGNS[currency][locale];
}

/**
 * Money as the written findings show it, with its currency's sign (see `currencySign`). Large
 * amounts are shortened the way each language reads them: ¥19.8M and $19.8M in English, ¥1980.0万
 * and US$1980.0万 in Chinese (万 and 亿 whatever the currency: they are how Chinese counts).
 *
 * @example formatCurrency(19_800_000, "USD", "en-US") // "$19.8M"
 * @example formatCurrency(1_205_000, "USD", "zh-CN") // "US$120.5万"
 */
export function formatCurrency(value: number, currency: CurrencyCode, locale: Locale): string {
  const sign = value < 0 ? "-" : "";
  const symbol = currencySign(currency, locale);
  const size = Math.abs(value);
  if (locale === "zh-CN") {
    if (size >= 1e8) return `${sign}${symbol}${(size / 1e8).toFixed(2)}亿`;
    if (size >= 1e5) return `${sign}${symbol}${(size / 1e4).toFixed(1)}万`;
  } else {
    if (size >= 1e6) return `${sign}${symbol}${(size / 1e6).toFixed(1)}M`;
    if (size >= 1e5) return `${sign}${symbol}${(size / 1e3).toFixed(0)}K`;
  }
  return `${sign}${symbol}${size.toLocaleString("en-US", { maximumFractionDigits: 0 })}`;
}

/** 0.792 → "79.2%". */
export function formatPercent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

/** A signed percentage: 0.125 → "+12.5%", -0.18 → "-18.0%". */
export function formatSignedPercent(value: number): string {
  return `${value >= 0 ? "+" : ""}${(value * 100).toFixed(1)}%`;
}

/** A change of a fraction in percentage points: (0.182 − 0.25) → "-6.8". */
export function formatPoints(after: number, before: number): string {
  const points = Math.round((after - before) * 1000) / 10;
  return `${points >= 0 ? "+" : ""}${points.toFixed(1)}`;
}

/** A ratio such as ROI: 0.9 → "0.90". */
export function formatRatio(value: number): string {
  return value.toFixed(2);
}

export function formatCount(value: number): string {
  return Math.round(value).toLocaleString("en-US");
}

/**
 * Months ("YYYY-MM", in order) as the review names them: runs of consecutive months as one range.
 *
 * @example monthListText(["2024-06", "2024-07", "2024-08", "2024-12"], "en-US") // "2024-06 – 2024-08, 2024-12"
 * @example monthListText(["2024-12"], "zh-CN") // "2024-12"
 */
export function monthListText(months: readonly string[], locale: Locale): string {
  const index = (label: string) => Number(label.slice(0, 4)) * 12 + Number(label.slice(5, 7)) - 1;
  const runs: string[] = [];
  let start = 0;
  for (let k = 1; k <= months.length; k++) {
    if (k < months.length && index(months[k]) === index(months[k - 1]) + 1) continue;
    runs.push(k - 1 === start ? months[start] : `${months[start]} – ${months[k - 1]}`);
    start = k;
  }
  return runs.join(translate(locale, "review.listSeparator"));
}
