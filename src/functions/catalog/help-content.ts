/**
 * What the help page of each `EC.` function says, in each language, from its catalog entry: what
 * it computes and returns, each argument with what it accepts, the worked example and every error
 * it returns with the reason (function-errors.ts). The texts around them come from the string
 * tables (`help.…`). The result is plain data (function-help.generated.ts, written by
 * `npx vitest run src/functions/catalog -u`), which scripts/function-help.mjs turns into the HTML
 * pages at build time.
 */
import { LOCALES, translate, type Locale, type MessageKey } from "../../i18n/messages";
import type { FunctionHelpPage, HelpLabels } from "../function-help.generated";
import { helpIndexPath, helpPagePath } from "../help-pages";
import type { FunctionEntry, ParameterSpec } from "./function-entry";
import { EXCEL_ERROR_TEXT, errorReasons, type ErrorReason } from "./function-errors";

function otherLocale(locale: Locale): Locale {
  return LOCALES.find((other) => other !== locale)!;
}

/** The argument's name as Excel shows it in `locale` (functions.zh-CN.json carries the Chinese ones). */
export function parameterName(spec: ParameterSpec, locale: Locale): string {
  return locale === "zh-CN" ? spec.zh.name : spec.name;
}

function joinNames(specs: readonly ParameterSpec[], locale: Locale): string {
  return specs.map((spec) => parameterName(spec, locale)).join(translate(locale, "help.page.listSeparator"));
}

/** What an argument accepts: its kind, and its default and limits where it has them. */
function accepts(spec: ParameterSpec, locale: Locale): string {
  const quoted = (choice: string) => `"${choice}"`;
  const parts = [translate(locale, `help.accepts.${spec.kind}` as MessageKey, spec.kind === "text" ? { choices: spec.choices.map(quoted).join(" / ") } : {})];
  if (spec.kind === "text") parts.push(translate(locale, "help.accepts.default", { value: quoted(spec.choices[0]) }));
  if (spec.kind === "boolean") parts.push(translate(locale, "help.accepts.default", { value: "FALSE" }));
  if (spec.kind === "number" && spec.default !== undefined) parts.push(translate(locale, "help.accepts.default", { value: spec.default }));
  if (spec.kind === "number" && spec.limits !== undefined) parts.push(translate(locale, "help.accepts.limits", { min: spec.limits.min, max: spec.limits.max }));
  return parts.join(locale === "zh-CN" ? "" : " ");
}

function reasonText(reason: ErrorReason, locale: Locale): string {
  if ("en" in reason.reason) return locale === "zh-CN" ? reason.reason.zh : reason.reason.en;
  const params: Record<string, string | number> = { ...reason.reason.params };
  if (reason.names !== undefined) params.names = joinNames(reason.names, locale);
  if (reason.name !== undefined) params.name = parameterName(reason.name, locale);
  if (reason.pair !== undefined) [params.first, params.second] = reason.pair.map((spec) => parameterName(spec, locale));
  return translate(locale, reason.reason.key, params);
}

/** The help page of `entry` in `locale`. */
export function functionHelpPage(entry: FunctionEntry, locale: Locale): FunctionHelpPage {
  const chinese = locale === "zh-CN";
  const text = chinese ? entry.zh : entry.en;
  const name = `EC.${entry.id}`;
  const shown = entry.parameters.map((spec) => (spec.optional === true ? `[${parameterName(spec, locale)}]` : parameterName(spec, locale)));
  const errors: { code: string; reasons: { key: string; text: string }[] }[] = [];
  for (const reason of errorReasons(entry)) {
    const code = EXCEL_ERROR_TEXT[reason.code];
    let group = errors.find((candidate) => candidate.code === code);
    if (group === undefined) errors.push(group = { code, reasons: [] });
    const reasonLine = { key: reason.key, text: reasonText(reason, locale) };
    if (!group.reasons.some((known) => known.text === reasonLine.text)) group.reasons.push(reasonLine);
  }
  return {
    id: entry.id,
    locale,
    path: helpPagePath(entry.id, locale),
    otherPath: helpPagePath(entry.id, otherLocale(locale)),
    name,
    title: translate(locale, "help.page.title", { name }),
    signature: `${name}(${shown.join(", ")})`,
    description: text.description,
    result: text.result,
    parameters: entry.parameters.map((spec) => ({
      name: parameterName(spec, locale),
      optional: spec.optional === true,
      description: chinese ? spec.zh.description : spec.en,
      accepts: accepts(spec, locale),
    })),
    example: { formula: entry.example.formula, result: chinese ? entry.example.resultZh : entry.example.result },
    errors,
  };
}

const LABEL_KEYS = {
  indexTitle: "help.page.indexTitle",
  indexIntro: "help.page.indexIntro",
  allFunctions: "help.page.allFunctions",
  otherLanguage: "help.page.otherLanguage",
  syntax: "help.page.syntax",
  optionalNote: "help.page.optionalNote",
  computes: "help.page.computes",
  returns: "help.page.returns",
  arguments: "help.page.arguments",
  argument: "help.page.argument",
  description: "help.page.description",
  accepts: "help.page.accepts",
  optional: "help.page.optional",
  example: "help.page.example",
  exampleResult: "help.page.exampleResult",
  errors: "help.page.errors",
  errorsIntro: "help.page.errorsIntro",
} as const satisfies Record<string, MessageKey>;

/** The texts around the function's own on every help page in `locale`, and where its index pages are. */
export function helpLabels(locale: Locale): HelpLabels {
  const labels = Object.fromEntries(Object.entries(LABEL_KEYS).map(([name, key]) => [name, translate(locale, key)])) as Record<keyof typeof LABEL_KEYS, string>;
  return { ...labels, locale, indexPath: helpIndexPath(locale), otherIndexPath: helpIndexPath(otherLocale(locale)) };
}

/** Every page: each function in each language, in catalog order. */
export function functionHelpPages(catalog: readonly FunctionEntry[]): FunctionHelpPage[] {
  return LOCALES.flatMap((locale) => catalog.map((entry) => functionHelpPage(entry, locale)));
}
