import { resolveLocale, type Locale } from "../i18n/messages";

/**
 * The language for messages and labels written by custom functions: Office's display language
 * when the runtime knows it (the shared runtime does), English otherwise.
 */
export function currentLocale(): Locale {
  try {
    if (typeof Office !== "undefined" && Office.context !== undefined && Office.context !== null) {
      return resolveLocale(Office.context.displayLanguage);
    }
  } catch {
    // Office.context throws before Office.onReady in some hosts; English is the safe default.
  }
  return resolveLocale(globalThis.navigator?.language);
}
