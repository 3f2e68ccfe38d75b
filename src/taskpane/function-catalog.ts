/**
 * The `EC.` function catalog of the Functions tab, from the function catalog the functions run
 * from (src/functions/catalog): names, parameters, descriptions in both languages and the worked
 * examples. It reads the catalog's texts as plain data (function-texts.generated.ts, held to the
 * catalog by its test), so that the pane's bundle carries no compute step. Nothing here is written
 * by hand.
 */
import type { Locale } from "../i18n/messages";
import { FUNCTION_TEXTS } from "../functions/function-texts.generated";
import { helpPagePath } from "../functions/help-pages";

export interface CatalogEntry {
  readonly id: string;
  /** "EC.AOV" */
  readonly name: string;
  /** "EC.AOV(amounts, [buyers], [statuses], [orderIds])": optional arguments in brackets, named in the catalog's language. */
  readonly signature: string;
  /** In the catalog's language. */
  readonly description: string;
  /** A formula ready to insert, e.g. "=EC.AOV(D2:D5001, B2:B5001, E2:E5001, A2:A5001)". */
  readonly example: string;
  /** Text the search looks in: name, both descriptions, example. */
  readonly searchText: string;
  /** The function's help page in the catalog's language, relative to the pane's page: "help/zh-CN/aov.html". */
  readonly helpPath: string;
}

/** Every function, in catalog order, described in `locale`. */
export function functionCatalog(locale: Locale): CatalogEntry[] {
  return FUNCTION_TEXTS.map((fn) => {
    const chinese = locale === "zh-CN";
    const name = `EC.${fn.id}`;
    const args = fn.en.parameters.map((parameter, index) => {
      const shown = chinese ? fn.zh.parameters[index].name : parameter.name;
      return parameter.optional ? `[${shown}]` : shown;
    });
    return {
      id: fn.id,
      name,
      signature: `${name}(${args.join(", ")})`,
      description: chinese ? fn.zh.description : fn.en.description,
      example: fn.example.formula,
      searchText: [name, fn.en.description, fn.zh.description, fn.example.formula].join("\n").toLowerCase(),
      helpPath: helpPagePath(fn.id, locale),
    };
  });
}

/**
 * The entries matching every word of `query` (case-insensitive, in the name, either description
 * or the example); all entries for a blank query. "ec.aov", "客单价", "repurchase rate" all match.
 */
export function searchCatalog(entries: readonly CatalogEntry[], query: string): CatalogEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter((word) => word.length > 0);
  if (words.length === 0) return entries.slice();
  return entries.filter((entry) => words.every((word) => entry.searchText.includes(word)));
}
