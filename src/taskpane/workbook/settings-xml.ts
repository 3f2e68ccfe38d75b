/**
 * The review settings as the custom XML part that stores them in the workbook: one element in
 * EC Review's namespace whose text is the settings as JSON, `version` first. A custom XML part is
 * saved inside the file (customXml/itemN.xml), so the settings travel with the workbook to a
 * colleague and can be read by any build of the add-in, whatever its add-in ID
 * (https://learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings).
 */
import { TABLE_FIELDS, TABLE_KINDS, type TableKind } from "../../review/tables/table-fields";
import { OPTIONAL_TABLE_KINDS, type MappingOverrides, type ReviewSettings } from "./workbook-gateway";
import { CURRENCY_CODES, type CurrencyCode } from "../../engine/cells/detect-currency";
import type { BenchmarkMetric, PromotionRule, PromotionThreshold } from "../../review/review-inputs";
import { BENCHMARK_KINDS, TARGET_KINDS } from "../../review/target-values";

export const SETTINGS_NAMESPACE = "urn:ec-review:settings";
export const SETTINGS_VERSION = 1;

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity.startsWith("#x")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[entity as "amp"];
  });
}

/** The XML of the settings part. */
export function settingsToXml(settings: ReviewSettings): string {
  const json = JSON.stringify({ ...settings, version: SETTINGS_VERSION });
  return `<?xml version="1.0" encoding="UTF-8"?><settings xmlns="${SETTINGS_NAMESPACE}">${escapeXml(json)}</settings>`;
}

/** The settings in a part's XML; null when the XML is not a settings part this version can read. */
export function settingsFromXml(xml: string): ReviewSettings | null {
  // Excel may give the XML back re-serialized (another declaration, a namespace prefix).
  const match = /<(?:[\w.-]+:)?settings\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?settings>/.exec(xml);
  if (match === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(unescapeXml(match[1]).trim());
  } catch {
    return null;
  }
  return readSettings(parsed);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const isFiniteNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

function readMapping(kind: TableKind, value: unknown): MappingOverrides | null {
  if (!isRecord(value)) return null;
  const fields: readonly string[] = TABLE_FIELDS[kind];
  const mapping: Record<string, number | null> = {};
  for (const [field, column] of Object.entries(value)) {
    if (!fields.includes(field)) return null;
    if (column !== null && !(Number.isInteger(column) && (column as number) >= 0)) return null;
    mapping[field] = column as number | null;
  }
  return mapping as MappingOverrides;
}


const TARGET_NUMBERS = Object.keys(TARGET_KINDS) as (keyof typeof TARGET_KINDS)[];
const BENCHMARK_NUMBERS = Object.keys(BENCHMARK_KINDS) as BenchmarkMetric[];

/** The saved promotion rule: undefined when absent (settings written before it existed), null when malformed. */
function readPromotion(value: unknown): PromotionRule | undefined | null {
  if (value === undefined) return undefined;
  if (!isRecord(value)) return null;
  if (value.rule === "belowUsualPrice") return isFiniteNumber(value.priceDrop) ? { rule: "belowUsualPrice", priceDrop: value.priceDrop } : null;
  if (value.rule === "list") return Array.isArray(value.items) && value.items.every((item) => typeof item === "string") ? { rule: "list", items: [...value.items as string[]] } : null;
  return null;
}

const isIsoDay = (value: unknown): value is string => typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The saved promotion thresholds: undefined when absent (settings written before them), null when malformed. */
function readPromotionThresholds(value: unknown): PromotionThreshold[] | undefined | null {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) return null;
  const promotions: PromotionThreshold[] = [];
  for (const item of value) {
    if (!isRecord(item) || !isFiniteNumber(item.threshold) || !isFiniteNumber(item.discount) || !isIsoDay(item.from) || !isIsoDay(item.to)) return null;
    promotions.push({ threshold: item.threshold, discount: item.discount, from: item.from, to: item.to });
  }
  return promotions;
}

/** Settings checked field by field; null when anything is missing or of the wrong kind. */
function readSettings(value: unknown): ReviewSettings | null {
  if (!isRecord(value) || value.version !== SETTINGS_VERSION) return null;
  const { sources, mappings, period, compare, targets, thresholds, language, unused, followOffice, currency } = value;
  if (!isRecord(sources) || typeof sources.orders !== "string") return null;
  for (const kind of OPTIONAL_TABLE_KINDS) {
    if (sources[kind] !== undefined && typeof sources[kind] !== "string") return null;
  }
  if (!isRecord(mappings)) return null;
  const readMappings: Partial<Record<TableKind, MappingOverrides>> = {};
  for (const [kind, mapping] of Object.entries(mappings)) {
    if (!TABLE_KINDS.includes(kind as TableKind)) return null;
    const read = readMapping(kind as TableKind, mapping);
    if (read === null) return null;
    readMappings[kind as TableKind] = read;
  }
  if (typeof period !== "string" || (compare !== "previous" && compare !== "yoy")) return null;
  if (!isRecord(targets)) return null;
  for (const key of TARGET_NUMBERS) if (targets[key] !== undefined && !isFiniteNumber(targets[key])) return null;
  const band = targets.marginBand;
  if (band !== undefined && !(isRecord(band) && isFiniteNumber(band.low) && isFiniteNumber(band.high))) return null;
  // Benchmarks were added later: one this version does not know is ignored, one that is not a number refuses the settings.
  const benchmarks = targets.benchmarks;
  if (benchmarks !== undefined && !isRecord(benchmarks)) return null;
  const benchmarkKeys = isRecord(benchmarks) ? BENCHMARK_NUMBERS.filter((key) => benchmarks[key] !== undefined) : [];
  if (isRecord(benchmarks) && benchmarkKeys.some((key) => !isFiniteNumber(benchmarks[key]))) return null;
  const promotion = readPromotion(targets.promotion);
  if (promotion === null) return null;
  const promotions = readPromotionThresholds(targets.promotions);
  if (promotions === null) return null;
  for (const key of ["addOnPriceLimit", "shippingLimitHours"] as const) if (targets[key] !== undefined && !isFiniteNumber(targets[key])) return null;
  if (!isRecord(thresholds) || !isFiniteNumber(thresholds.met) || !isFiniteNumber(thresholds.near)) return null;
  if (language !== "zh-CN" && language !== "en-US") return null;
  // Written by later versions only when some table is unused; anything else in it is ignored.
  const unusedKinds = Array.isArray(unused) ? OPTIONAL_TABLE_KINDS.filter((kind) => unused.includes(kind)) : [];
  return {
    version: SETTINGS_VERSION,
    sources: {
      orders: sources.orders,
      ...Object.fromEntries(OPTIONAL_TABLE_KINDS.filter((kind) => typeof sources[kind] === "string").map((kind) => [kind, sources[kind] as string])),
    },
    ...(unusedKinds.length > 0 ? { unused: unusedKinds } : {}),
    mappings: readMappings,
    period,
    compare,
    targets: {
      ...Object.fromEntries(TARGET_NUMBERS.filter((key) => targets[key] !== undefined).map((key) => [key, targets[key] as number])),
      ...(isRecord(band) ? { marginBand: { low: band.low as number, high: band.high as number } } : {}),
      ...(isRecord(benchmarks) && benchmarkKeys.length > 0 ? { benchmarks: Object.fromEntries(benchmarkKeys.map((key) => [key, benchmarks[key] as number])) } : {}),
      ...(promotion === undefined ? {} : { promotion }),
      ...(promotions === undefined ? {} : { promotions }),
      ...(isFiniteNumber(targets.addOnPriceLimit) ? { addOnPriceLimit: targets.addOnPriceLimit } : {}),
      ...(isFiniteNumber(targets.shippingLimitHours) ? { shippingLimitHours: targets.shippingLimitHours } : {}),
    },
    thresholds: { met: thresholds.met, near: thresholds.near },
    // A currency this version cannot show is dropped: the review then shows the one found in the data.
    ...((CURRENCY_CODES as readonly unknown[]).includes(currency) ? { currency: currency as CurrencyCode } : {}),
    language,
    ...(typeof followOffice === "boolean" ? { followOffice } : {}),
  };
}
