/**
 * The `EC.` function catalog of the Functions tab, from the same sources Excel and the README
 * read: English descriptions from the functions' JSDoc (through `function-metadata.generated.ts`,
 * generated as `functions.json` is), Chinese ones from `functions.zh-CN.ts`, the worked examples
 * from `function-examples.ts`. Nothing here is written by hand.
 */
import type { Locale } from "../i18n/messages";
import { FUNCTION_EXAMPLES } from "../functions/function-examples";
import { functionsZhCN } from "../functions/functions.zh-CN";
import { FUNCTION_METADATA } from "./function-metadata.generated";

export interface CatalogEntry {
  readonly id: string;
  /** "EC.AOV" */
  readonly name: string;
  /** "EC.AOV(amounts, [buyers], [statuses], [orderIds])": optional arguments in brackets. */
  readonly signature: string;
  /** In the catalog's language. */
  readonly description: string;
  /** A formula ready to insert, e.g. "=EC.AOV(D2:D5001, B2:B5001, E2:E5001, A2:A5001)". */
  readonly example: string;
  /** Text the search looks in: name, both descriptions, example. */
  readonly searchText: string;
}

/** Every function, in the order of functions.ts, described in `locale`. */
export function functionCatalog(locale: Locale): CatalogEntry[] {
  return FUNCTION_METADATA.map((fn) => {
    const english = fn.description;
    const chinese = functionsZhCN[fn.id]?.description ?? english;
    const name = `EC.${fn.name}`;
    const args = fn.parameters.map((parameter) => (parameter.optional ? `[${parameter.name}]` : parameter.name));
    const example = FUNCTION_EXAMPLES[fn.id] ?? `=${name}()`;
    return {
      id: fn.id,
      name,
      signature: `${name}(${args.join(", ")})`,
      description: locale === "zh-CN" ? chinese : english,
      example,
      searchText: [name, english, chinese, example].join("\n").toLowerCase(),
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
