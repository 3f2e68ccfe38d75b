/**
 * The module hooks behind ts-loader.mjs (see
 * https://nodejs.org/docs/latest-v20.x/api/module.html#customization-hooks): extensionless
 * relative imports resolve to `.ts` files, and each `.ts` file is transpiled by the installed
 * TypeScript compiler (types stripped, no type check: `tsc --noEmit` does that).
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The `.ts` file an extensionless relative specifier means, or null. */
function typescriptFile(specifier, parentURL) {
  if (!(specifier.startsWith("./") || specifier.startsWith("../")) || parentURL === undefined || !parentURL.startsWith("file:")) return null;
  const base = fileURLToPath(new URL(specifier, parentURL));
  for (const candidate of [base, `${base}.ts`, `${base}/index.ts`]) {
    if (candidate.endsWith(".ts") && existsSync(candidate)) return pathToFileURL(candidate).href;
  }
  return null;
}

export async function resolve(specifier, context, nextResolve) {
  const file = typescriptFile(specifier, context.parentURL);
  if (file !== null) return { url: file, format: "module", shortCircuit: true };
  return nextResolve(specifier, context);
}

let typescript;

export async function load(url, context, nextLoad) {
  // The sources import JSON as webpack does, without an import attribute.
  if (url.startsWith("file:") && url.endsWith(".json")) return { format: "json", source: readFileSync(fileURLToPath(url), "utf8"), shortCircuit: true };
  if (!url.startsWith("file:") || !url.endsWith(".ts")) return nextLoad(url, context);
  typescript ??= (await import("typescript")).default;
  const source = readFileSync(fileURLToPath(url), "utf8");
  const { outputText } = typescript.transpileModule(source, {
    fileName: fileURLToPath(url),
    compilerOptions: {
      module: typescript.ModuleKind.ESNext,
      target: typescript.ScriptTarget.ES2022,
      verbatimModuleSyntax: false,
      isolatedModules: true,
      sourceMap: false,
      inlineSourceMap: true,
    },
  });
  return { format: "module", source: outputText, shortCircuit: true };
}
