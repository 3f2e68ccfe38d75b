/**
 * Localized custom-functions metadata. Excel reads function and parameter descriptions from the
 * JSON metadata named in the manifest, one file per language selected with `bt:Override Locale`
 * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming#localize-custom-functions).
 * custom-functions-metadata-plugin writes only the default `functions.json` from the JSDoc; this
 * module derives `functions.zh-CN.json` from it with the descriptions of a translation table
 * (`src/functions/functions.zh-CN.ts`). Ids and names are kept, so formulas read the same.
 */
import { readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";
import ts from "typescript";

const PLUGIN_NAME = "LocalizedFunctionsMetadataPlugin";

function hasText(value) {
  return typeof value === "string" && value.trim() !== "";
}

/**
 * What the table lacks for `metadata`: every function and parameter needs a non-empty
 * translation; entries for functions or parameters that no longer exist are reported too
 * (a renamed parameter would otherwise silently fall back to English).
 */
export function translationProblems(metadata, table) {
  const problems = [];
  const known = new Set();
  for (const fn of metadata.functions) {
    known.add(fn.id);
    const entry = table[fn.id];
    if (entry === undefined) {
      problems.push(`function ${fn.id} has no translation`);
      continue;
    }
    if (!hasText(entry.description)) problems.push(`function ${fn.id} has no translated description`);
    const parameterNames = new Set((fn.parameters ?? []).map((parameter) => parameter.name));
    for (const name of parameterNames) {
      if (!hasText(entry.parameters?.[name])) problems.push(`parameter ${name} of ${fn.id} has no translated description`);
    }
    for (const name of Object.keys(entry.parameters ?? {})) {
      if (!parameterNames.has(name)) problems.push(`translation of ${fn.id} names parameter ${name}, which the function does not have`);
    }
  }
  for (const id of Object.keys(table)) {
    if (!known.has(id)) problems.push(`translation for ${id}, which is not a custom function`);
  }
  return problems;
}

/**
 * A copy of `metadata` with the function and parameter descriptions taken from `table`.
 * Anything the table lacks keeps its original text (and is listed by `translationProblems`).
 */
export function localizeFunctionsMetadata(metadata, table) {
  return {
    ...metadata,
    functions: metadata.functions.map((fn) => {
      const entry = table[fn.id];
      if (entry === undefined) return fn;
      return {
        ...fn,
        description: hasText(entry.description) ? entry.description : fn.description,
        parameters: (fn.parameters ?? []).map((parameter) => {
          const text = entry.parameters?.[parameter.name];
          return hasText(text) ? { ...parameter, description: text } : parameter;
        }),
      };
    }),
  };
}

/**
 * Reads the export `exportName` of a self-contained TypeScript module (type-only imports) without
 * a TypeScript runtime: the file is transpiled to CommonJS and evaluated in an empty context.
 */
export function loadTranslations(file, exportName) {
  const source = readFileSync(file, "utf8");
  const { outputText } = ts.transpileModule(source, {
    fileName: file,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  });
  const module = { exports: {} };
  const require = (specifier) => {
    throw new Error(`${file} must be self-contained, but it imports ${specifier}`);
  };
  runInNewContext(outputText, { module, exports: module.exports, require }, { filename: file });
  const table = module.exports[exportName];
  if (table === null || typeof table !== "object") throw new Error(`${file} has no export ${exportName}`);
  return table;
}

/**
 * Webpack plugin: after custom-functions-metadata-plugin has added `source` (functions.json),
 * emits `output` with the descriptions of the table exported as `exportName` from `translations`.
 * Missing translations are compilation errors when `strict`, warnings otherwise.
 */
export class LocalizedFunctionsMetadataPlugin {
  constructor({ source = "functions.json", output, translations, exportName, strict = true }) {
    this.options = { source, output, translations, exportName, strict };
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    const { source, output, translations, exportName, strict } = this.options;
    compiler.hooks.thisCompilation.tap(PLUGIN_NAME, (compilation) => {
      compilation.fileDependencies.add(translations);
      compilation.hooks.processAssets.tap({ name: PLUGIN_NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const asset = compilation.getAsset(source);
        if (asset === undefined) {
          // custom-functions-metadata-plugin has already reported why it wrote no metadata.
          if (compilation.errors.length === 0) compilation.errors.push(new WebpackError(`${PLUGIN_NAME}: ${source} was not generated`));
          return;
        }
        let table;
        try {
          table = loadTranslations(translations, exportName);
        } catch (error) {
          compilation.errors.push(new WebpackError(`${PLUGIN_NAME}: ${error.message}`));
          return;
        }
        const metadata = JSON.parse(asset.source.source().toString());
        for (const problem of translationProblems(metadata, table)) {
          (strict ? compilation.errors : compilation.warnings).push(new WebpackError(`${output}: ${problem} in ${translations}`));
        }
        const localized = localizeFunctionsMetadata(metadata, table);
        compilation.emitAsset(output, new sources.RawSource(JSON.stringify(localized, null, 4)));
      });
    });
  }
}
