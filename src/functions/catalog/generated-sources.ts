/**
 * The files generated from the catalog, as text:
 * - functions.ts: the JSDoc-annotated exports Excel's metadata generator (custom-functions-metadata)
 *   reads, each a line handing its arguments to the runner;
 * - function-texts.generated.ts: the catalog's texts and examples as plain data, for the build
 *   steps that run outside TypeScript (the zh-CN metadata, the README's function reference);
 * - function-help.generated.ts: each function's help page as plain data, both languages, for the
 *   build step that writes the pages (scripts/function-help.mjs).
 * catalog.test.ts holds each file to what these functions return; `-u` rewrites them.
 */
import type { FunctionEntry, ParameterKind, ParameterSpec } from "./function-entry";
import type { FunctionTexts } from "../function-texts.generated";
import { LOCALES } from "../../i18n/messages";
import { functionHelpPages, helpLabels } from "./help-content";

/** The type Excel's metadata generator reads for each kind (a range kind is a matrix of any cells). */
const TYPE_OF_KIND: Readonly<Record<ParameterKind, string>> = {
  amounts: "any[][]", numbers: "any[][]", keys: "any[][]", dates: "any[][]", statuses: "any[][]", orderIds: "any[][]", total: "any[][]", list: "any[][]",
  number: "number", date: "any", text: "string", boolean: "boolean",
};

/** Where custom-functions-metadata's JSDoc parser would end a description: a line break. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ");
}

function jsdocParameter(spec: ParameterSpec): string {
  const name = spec.optional === true ? `[${spec.name}]` : spec.name;
  return ` * @param {${TYPE_OF_KIND[spec.kind]}} ${name} ${oneLine(spec.en)}`;
}

function exportSource(entry: FunctionEntry): string {
  const addresses = entry.addresses !== false;
  const lines = ["/**", ` * ${oneLine(entry.en.description)}`, ` * @customfunction ${entry.id}`, ...entry.parameters.map(jsdocParameter)];
  if (addresses) lines.push(" * @param {CustomFunctions.Invocation} invocation Invocation");
  lines.push(` * @returns {any[][]} ${oneLine(entry.en.result)}`);
  if (addresses) lines.push(" * @requiresParameterAddresses");
  lines.push(" */");
  const parameters = entry.parameters.map((spec) => `${spec.name}${spec.optional === true ? "?" : ""}: ${TYPE_OF_KIND[spec.kind]}`);
  if (addresses) parameters.push("invocation?: CustomFunctions.Invocation");
  const values = `[${entry.parameters.map((spec) => spec.name).join(", ")}]`;
  lines.push(
    `export function ${entry.exportName}(${parameters.join(", ")}) {`,
    `  return runFunction(catalog.${entry.id}, ${values}${addresses ? ", invocation" : ""});`,
    "}",
  );
  return lines.join("\n");
}

/** The text of src/functions/functions.ts. */
export function functionsModuleSource(catalog: readonly FunctionEntry[]): string {
  return [
    "/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes ranges as any[][]: every cell type can arrive. */",
    "/**",
    " * GENERATED from the function catalog (src/functions/catalog/): do not edit. After changing an entry run",
    " *   npx vitest run src/functions/catalog -u",
    " * The `EC.` custom functions as Excel sees them: `functions.json` is generated from the JSDoc below",
    " * at build time (custom-functions-metadata-plugin); each body hands its arguments, in parameter",
    " * order, to the one runner, which reads and checks them as the catalog entry declares.",
    " */",
    "import * as catalog from \"./catalog\";",
    "import { runFunction } from \"./catalog/runner\";",
    "",
    "// Outside Excel (taskpane.html opened in a plain browser, or the pane's browser tests) there is no",
    "// custom functions runtime: the registration lines custom-functions-metadata-plugin appends to this",
    "// file must not throw there. In Excel the runtime defines CustomFunctions before this bundle runs.",
    "if (typeof CustomFunctions === \"undefined\") {",
    "  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = { associate: () => undefined };",
    "}",
    "",
    catalog.map(exportSource).join("\n\n"),
    "",
  ].join("\n");
}

/** The texts of every entry, in catalog order. */
export function functionTexts(catalog: readonly FunctionEntry[]): FunctionTexts[] {
  return catalog.map((entry) => ({
    id: entry.id,
    en: {
      description: entry.en.description,
      result: entry.en.result,
      parameters: entry.parameters.map((spec) => ({ name: spec.name, optional: spec.optional === true, description: spec.en })),
    },
    zh: {
      description: entry.zh.description,
      result: entry.zh.result,
      parameters: entry.parameters.map((spec) => ({ name: spec.zh.name, description: spec.zh.description })),
    },
    example: { formula: entry.example.formula, result: entry.example.result },
  }));
}

/** The text of src/functions/function-texts.generated.ts: self-contained, so the build can evaluate it. */
export function functionTextsSource(catalog: readonly FunctionEntry[]): string {
  return [
    "/**",
    " * GENERATED from the function catalog (src/functions/catalog/): do not edit. After changing an entry run",
    " *   npx vitest run src/functions/catalog -u",
    " * The texts and examples of the `EC.` functions as plain data, for the build steps that run outside",
    " * TypeScript: scripts/localize-functions-metadata.mjs (functions.zh-CN.json) and",
    " * scripts/function-reference.mjs (the README). It must stay self-contained (no imports).",
    " */",
    "export interface FunctionTexts {",
    "  readonly id: string;",
    "  readonly en: {",
    "    readonly description: string;",
    "    readonly result: string;",
    "    readonly parameters: readonly { readonly name: string; readonly optional: boolean; readonly description: string }[];",
    "  };",
    "  readonly zh: {",
    "    readonly description: string;",
    "    readonly result: string;",
    "    readonly parameters: readonly { readonly name: string; readonly description: string }[];",
    "  };",
    "  readonly example: { readonly formula: string; readonly result: string };",
    "}",
    "",
    `export const FUNCTION_TEXTS: readonly FunctionTexts[] = ${JSON.stringify(functionTexts(catalog), null, 2)};`,
    "",
  ].join("\n");
}

/**
 * The text of src/functions/function-help.generated.ts: every help page's content and the texts
 * around it in both languages, self-contained, so that the build's scripts/function-help.mjs can
 * evaluate it and write the pages.
 */
export function functionHelpSource(catalog: readonly FunctionEntry[]): string {
  const labels = Object.fromEntries(LOCALES.map((locale) => [locale, helpLabels(locale)]));
  return [
    "/**",
    " * GENERATED from the function catalog (src/functions/catalog/help-content.ts) and the string tables: do not",
    " * edit. After changing an entry or a `help.…` string run",
    " *   npx vitest run src/functions/catalog -u",
    " * The help page of every `EC.` function in each language, as plain data: scripts/function-help.mjs",
    " * writes the HTML pages from it at build time, and the function's helpUrl points at its page.",
    " * It must stay self-contained (no imports): the build evaluates it.",
    " */",
    "export type HelpLocale = \"en-US\" | \"zh-CN\";",
    "",
    "export interface FunctionHelpPage {",
    "  readonly id: string;",
    "  readonly locale: HelpLocale;",
    "  /** Relative to the add-in's base URL: \"help/zh-CN/aov.html\". */",
    "  readonly path: string;",
    "  /** The same function's page in the other language. */",
    "  readonly otherPath: string;",
    "  readonly name: string;",
    "  readonly title: string;",
    "  readonly signature: string;",
    "  readonly description: string;",
    "  readonly result: string;",
    "  readonly parameters: readonly { readonly name: string; readonly optional: boolean; readonly description: string; readonly accepts: string }[];",
    "  readonly example: { readonly formula: string; readonly result: string };",
    "  /** By Excel error, each reason with the message it comes with (a key of the string tables). */",
    "  readonly errors: readonly { readonly code: string; readonly reasons: readonly { readonly key: string; readonly text: string }[] }[];",
    "}",
    "",
    "export interface HelpLabels {",
    "  readonly locale: HelpLocale;",
    "  readonly indexPath: string;",
    "  readonly otherIndexPath: string;",
    ...Object.keys(labels["en-US"]).filter((key) => !["locale", "indexPath", "otherIndexPath"].includes(key)).map((key) => `  readonly ${key}: string;`),
    "}",
    "",
    `export const HELP_LABELS: Readonly<Record<HelpLocale, HelpLabels>> = ${JSON.stringify(labels, null, 2)};`,
    "",
    `export const FUNCTION_HELP: readonly FunctionHelpPage[] = ${JSON.stringify(functionHelpPages(catalog), null, 2)};`,
    "",
  ].join("\n");
}
