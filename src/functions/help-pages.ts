/**
 * Where the help page of an `EC.` function is, relative to the add-in's base URL (where
 * taskpane.html is): one page per function and language, under help/. The build writes the pages
 * there (scripts/function-help.mjs) and points each function's `helpUrl` at them; the pane's
 * Functions tab links to the same page. Nothing else may spell these paths.
 */
import type { Locale } from "../i18n/messages";

/** "help/zh-CN/aov.html" */
export function helpPagePath(id: string, locale: Locale): string {
  return `help/${locale}/${id.toLowerCase()}.html`;
}

/** The page listing every function: "help/en-US/index.html". */
export function helpIndexPath(locale: Locale): string {
  return `help/${locale}/index.html`;
}
