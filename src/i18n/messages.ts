import { enUS } from "./strings.en-US";
import { zhCN } from "./strings.zh-CN";
import { reviewEnUS } from "./review-strings.en-US";
import { reviewZhCN } from "./review-strings.zh-CN";

/** The two languages of the product. */
export type Locale = "en-US" | "zh-CN";
export const LOCALES: readonly Locale[] = ["en-US", "zh-CN"];

const EN_US = { ...enUS, ...reviewEnUS };
const ZH_CN = { ...zhCN, ...reviewZhCN };

export type MessageKey = keyof typeof EN_US;
export type MessageParams = Readonly<Record<string, string | number>>;
export type StringTable = Readonly<Record<MessageKey, string>>;

const TABLES: Readonly<Record<Locale, StringTable>> = { "en-US": EN_US, "zh-CN": ZH_CN };

/**
 * Office reports languages as `zh-CN`, `zh-cn`, `zh-TW`, `en-GB` …: Chinese variants read the
 * Chinese table, everything else the English one.
 */
export function resolveLocale(language: string | undefined | null): Locale {
  return typeof language === "string" && language.toLowerCase().startsWith("zh") ? "zh-CN" : "en-US";
}

/** Parameters that hold a message key (a noun such as "what.amounts"), translated in turn. */
const NESTED_KEY_PARAMS = new Set(["what", "reference", "where", "argument", "by"]);

/** The text of `key` in `locale`, with `{name}` placeholders filled from `params`. */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const table = TABLES[locale];
  return table[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = params[name];
    if (NESTED_KEY_PARAMS.has(name) && typeof value === "string" && Object.prototype.hasOwnProperty.call(table, value)) {
      return translate(locale, value as MessageKey, params);
    }
    return String(value);
  });
}
