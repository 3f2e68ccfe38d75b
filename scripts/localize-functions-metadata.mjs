/**
 * Localized custom-functions metadata. Excel reads function and parameter names and descriptions
 * from the JSON metadata named in the manifest, one file per language selected with
 * `bt:Override Locale`
 * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming#localize-custom-functions).
 * custom-functions-metadata-plugin writes only the default `functions.json` from the JSDoc; this
 * module derives `functions.zh-CN.json` from it with the Chinese texts of the function catalog
 * (src/functions/catalog, as plain data in src/functions/function-texts.generated.ts): each
 * function's description, and each parameter's name and description. Function ids and names are
 * kept, so formulas read the same in every language.
 */
import { readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";
import ts from "typescript";

const PLUGIN_NAME = "LocalizedFunctionsMetadataPlugin";

function hasText(value) {
  return typeof value === "string" && value.trim() !== "";
}

/** The parameters Excel shows (the invocation, when listed, is not one). */
function visibleParameters(fn) {
  return (fn.parameters ?? []).filter((parameter) => parameter.type !== "CustomFunctions.Invocation");
}

/**
 * What the texts lack for `metadata`: every function needs a Chinese description, and its
 * parameters, in the same order and under the same English names, a Chinese name and description;
 * texts for functions that no longer exist are reported too (a renamed parameter would otherwise
 * silently fall back to English).
 */
export function translationProblems(metadata, texts) {
  const problems = [];
  const byId = new Map(texts.map((entry) => [entry.id, entry]));
  for (const fn of metadata.functions) {
    const entry = byId.get(fn.id);
    if (entry === undefined) {
      problems.push(`function ${fn.id} has no translation`);
      continue;
    }
    if (!hasText(entry.zh?.description)) problems.push(`function ${fn.id} has no translated description`);
    const names = visibleParameters(fn).map((parameter) => parameter.name);
    const textNames = (entry.en?.parameters ?? []).map((parameter) => parameter.name);
    if (names.join(",") !== textNames.join(",")) {
      problems.push(`texts of ${fn.id} name parameters ${textNames.join(", ")}, but the function has ${names.join(", ")}`);
      continue;
    }
    names.forEach((name, index) => {
      const zh = entry.zh?.parameters?.[index];
      if (!hasText(zh?.name) || !hasText(zh?.description)) problems.push(`parameter ${name} of ${fn.id} has no translated name or description`);
    });
  }
  const known = new Set(metadata.functions.map((fn) => fn.id));
  for (const entry of texts) {
    if (!known.has(entry.id)) problems.push(`translation for ${entry.id}, which is not a custom function`);
  }
  return problems;
}

/**
 * A copy of `metadata` with the function descriptions and the parameter names and descriptions
 * taken from the Chinese texts. Anything the texts lack keeps its original text (and is listed by
 * `translationProblems`).
 */
export function localizeFunctionsMetadata(metadata, texts) {
  const byId = new Map(texts.map((entry) => [entry.id, entry]));
  return {
    ...metadata,
    functions: metadata.functions.map((fn) => {
      const entry = byId.get(fn.id);
      if (entry === undefined) return fn;
      const englishNames = (entry.en?.parameters ?? []).map((parameter) => parameter.name);
      return {
        ...fn,
        description: hasText(entry.zh?.description) ? entry.zh.description : fn.description,
        parameters: (fn.parameters ?? []).map((parameter) => {
          const zh = entry.zh?.parameters?.[englishNames.indexOf(parameter.name)];
          if (zh === undefined) return parameter;
          return {
            ...parameter,
            name: hasText(zh.name) ? zh.name : parameter.name,
            description: hasText(zh.description) ? zh.description : parameter.description,
          };
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
 * emits `output` with the Chinese texts of the list exported as `exportName` from `translations`.
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
