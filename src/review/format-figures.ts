import type { Locale } from "../i18n/messages";

/**
 * Figures as the written findings show them. Large amounts are shortened the way each language
 * reads them: 19.8M in English, 1980.0万 in Chinese.
 */
export function formatCurrency(value: number, locale: Locale): string {
  const sign = value < 0 ? "-" : "";
  const size = Math.abs(value);
  if (locale === "zh-CN") {
    if (size >= 1e8) return `${sign}¥${(size / 1e8).toFixed(2)}亿`;
    if (size >= 1e5) return `${sign}¥${(size / 1e4).toFixed(1)}万`;
  } else {
    if (size >= 1e6) return `${sign}¥${(size / 1e6).toFixed(1)}M`;
    if (size >= 1e5) return `${sign}¥${(size / 1e3).toFixed(0)}K`;
  }
  return `${sign}¥${size.toLocaleString("en-US", { maximumFractionDigits: size < 1000 ? 0 : 0 })}`;
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
