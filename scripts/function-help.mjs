/**
 * The help pages of the `EC.` functions, written at build time: one static HTML page per function
 * and language (help/en-US/aov.html, help/zh-CN/aov.html) and an index per language, from the
 * function catalog's help content (src/functions/function-help.generated.ts, itself generated
 * from src/functions/catalog by `npx vitest run src/functions/catalog -u`). The build also points
 * each function's `helpUrl` at its page: in functions.json at the English one, in
 * functions.zh-CN.json at the Chinese one; that is where Excel's "Help on this function" leads.
 *
 * The pages load nothing: no script, no font, no outside resource. Their one stylesheet is inline,
 * allowed by its hash in the page's own Content-Security-Policy; the add-in's icon comes from
 * assets/ beside them.
 */
import { createHash } from "node:crypto";
import path from "node:path";
import { loadTranslations } from "./localize-functions-metadata.mjs";

const PLUGIN_NAME = "FunctionHelpPlugin";

/** The metadata files and the language of the pages their helpUrls point at. */
export const METADATA_LOCALES = [
  { asset: "functions.json", locale: "en-US" },
  { asset: "functions.zh-CN.json", locale: "zh-CN" },
];

const STYLE = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #5c5c5c; --line: #d6d6d6; --tint: #f3f6f9; --accent: #0f6cbd; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.6 "Segoe UI", system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; color: var(--ink); background: #fff; }
header { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px; padding: 10px 16px; border-bottom: 1px solid var(--line); background: var(--tint); }
header img { width: 20px; height: 20px; }
header .product { font-weight: 600; margin-right: auto; }
a { color: var(--accent); }
main { max-width: 760px; margin: 0 auto; padding: 8px 16px 40px; }
h1 { font: 600 26px/1.3 Consolas, "SFMono-Regular", Menlo, monospace; margin: 20px 0 8px; overflow-wrap: anywhere; }
h2 { font-size: 18px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 15px; margin: 18px 0 4px; }
p { margin: 6px 0; }
.lead { font-size: 16px; }
.muted { color: var(--muted); }
code, pre { font-family: Consolas, "SFMono-Regular", Menlo, monospace; font-size: 14px; }
pre { margin: 8px 0; padding: 8px 12px; background: var(--tint); border: 1px solid var(--line); border-radius: 4px; white-space: pre-wrap; overflow-wrap: anywhere; }
.tag { display: inline-block; margin-left: 6px; padding: 0 6px; border: 1px solid var(--line); border-radius: 10px; font-size: 12px; font-weight: 400; color: var(--muted); }
.argument { margin: 12px 0 16px; padding-left: 12px; border-left: 3px solid var(--line); }
.accepts { color: var(--muted); }
ul { margin: 6px 0; padding-left: 22px; }
li { margin: 4px 0; }
.functions { list-style: none; padding: 0; }
.functions li { margin: 14px 0; }
.functions code { font-weight: 600; }
`.trim();

const STYLE_HASH = `sha256-${createHash("sha256").update(STYLE, "utf8").digest("base64")}`;

/** The policy of every help page: nothing runs, nothing is fetched but the icon beside it, only its own stylesheet applies. */
export const HELP_PAGE_POLICY = `default-src 'none'; style-src '${STYLE_HASH}'; img-src 'self'; base-uri 'none'; form-action 'none'`;

/** A label of the string tables with its `{text}` placeholder filled. */
function fill(template, text) {
  return template.replace("{text}", () => text);
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (character) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" })[character]);
}

/** The link from the page at `from` to the page at `to`, both relative to the add-in's base URL. */
function relativeLink(from, to) {
  return path.posix.relative(path.posix.dirname(from), to);
}

function otherLocaleOf(locale) {
  return locale === "zh-CN" ? "en-US" : "zh-CN";
}

function document({ locale, path: pagePath, title, otherPath, labels, body }) {
  const other = otherLocaleOf(locale);
  return [
    "<!doctype html>",
    `<html lang="${locale}">`,
    "<head>",
    "<meta charset=\"utf-8\">",
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
    `<meta http-equiv="Content-Security-Policy" content="${HELP_PAGE_POLICY}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<link rel="icon" href="${relativeLink(pagePath, "assets/icon-32.png")}">`,
    `<link rel="alternate" hreflang="${other}" href="${relativeLink(pagePath, otherPath)}">`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    "<header>",
    `<img src="${relativeLink(pagePath, "assets/icon-32.png")}" alt="">`,
    `<span class="product">EC Review</span>`,
    `<a href="${relativeLink(pagePath, labels.indexPath)}">${escapeHtml(labels.allFunctions)}</a>`,
    `<a href="${relativeLink(pagePath, otherPath)}" hreflang="${other}" lang="${other}">${escapeHtml(labels.otherLanguage)}</a>`,
    "</header>",
    "<main>",
    ...body,
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** The HTML of one function's page. */
export function functionPageHtml(page, labels) {
  const body = [
    `<h1>${escapeHtml(page.name)}</h1>`,
    `<h2>${escapeHtml(labels.computes)}</h2>`,
    `<p class="lead">${escapeHtml(page.description)}</p>`,
    `<h2>${escapeHtml(labels.syntax)}</h2>`,
    `<pre><code>${escapeHtml(page.signature)}</code></pre>`,
  ];
  if (page.parameters.some((parameter) => parameter.optional)) body.push(`<p class="muted">${escapeHtml(labels.optionalNote)}</p>`);
  body.push(`<h2>${escapeHtml(labels.returns)}</h2>`, `<p>${escapeHtml(page.result)}</p>`);
  body.push(`<h2>${escapeHtml(labels.arguments)}</h2>`);
  for (const parameter of page.parameters) {
    const optional = parameter.optional ? `<span class="tag">${escapeHtml(labels.optional)}</span>` : "";
    body.push(
      "<div class=\"argument\">",
      `<h3><code>${escapeHtml(parameter.name)}</code>${optional}</h3>`,
      `<p>${escapeHtml(parameter.description)}</p>`,
      `<p class="accepts">${escapeHtml(fill(labels.accepts, parameter.accepts))}</p>`,
      "</div>",
    );
  }
  body.push(
    `<h2>${escapeHtml(labels.example)}</h2>`,
    `<pre><code>${escapeHtml(page.example.formula)}</code></pre>`,
    `<p>${escapeHtml(fill(labels.exampleResult, page.example.result))}</p>`,
    `<h2>${escapeHtml(labels.errors)}</h2>`,
    `<p class="muted">${escapeHtml(labels.errorsIntro)}</p>`,
  );
  for (const group of page.errors) {
    body.push(`<h3><code>${escapeHtml(group.code)}</code></h3>`, "<ul>", ...group.reasons.map((reason) => `<li>${escapeHtml(reason.text)}</li>`), "</ul>");
  }
  return document({ locale: page.locale, path: page.path, title: page.title, otherPath: page.otherPath, labels, body });
}

/** The HTML of the index of one language: every function, its syntax and what it computes. */
export function indexPageHtml(pages, labels) {
  const body = [
    `<h1>${escapeHtml(labels.indexTitle)}</h1>`,
    `<p class="lead">${escapeHtml(labels.indexIntro)}</p>`,
    "<ul class=\"functions\">",
    ...pages.map((page) => `<li><a href="${relativeLink(labels.indexPath, page.path)}"><code>${escapeHtml(page.name)}</code></a><br>${escapeHtml(page.description)}</li>`),
    "</ul>",
  ];
  return document({ locale: labels.locale, path: labels.indexPath, title: labels.indexTitle, otherPath: labels.otherIndexPath, labels, body });
}

/** The function help as the generated module holds it. */
export function loadFunctionHelp(file) {
  return { pages: loadTranslations(file, "FUNCTION_HELP"), labels: loadTranslations(file, "HELP_LABELS") };
}

/** Every help file: its path relative to the add-in's base URL, and its HTML. */
export function helpPageFiles({ pages, labels }) {
  const files = [];
  for (const locale of Object.keys(labels)) {
    const ofLocale = pages.filter((page) => page.locale === locale);
    files.push({ file: labels[locale].indexPath, html: indexPageHtml(ofLocale, labels[locale]) });
    for (const page of ofLocale) files.push({ file: page.path, html: functionPageHtml(page, labels[locale]) });
  }
  return files;
}

/**
 * A copy of `metadata` (functions.json or its zh-CN twin) whose functions each have a `helpUrl`:
 * `baseUrl` (with its trailing slash) and the path of the function's page in `locale`, set right
 * after the description. Throws for a function without a page.
 */
export function withHelpUrls(metadata, pages, locale, baseUrl) {
  const base = baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`;
  return {
    ...metadata,
    functions: metadata.functions.map((fn) => {
      const page = pages.find((candidate) => candidate.id === fn.id && candidate.locale === locale);
      if (page === undefined) throw new Error(`no ${locale} help page for ${fn.id}`);
      const { id, name, description, ...rest } = fn;
      return { id, name, description, helpUrl: `${base}${page.path}`, ...rest };
    }),
  };
}

/**
 * Webpack plugin: emits every help page, and sets the `helpUrl` of each function in the metadata
 * files (after custom-functions-metadata-plugin and LocalizedFunctionsMetadataPlugin have added
 * them) to its page under `baseUrl`, the URL the manifest gives the add-in.
 */
export class FunctionHelpPlugin {
  constructor({ help, baseUrl }) {
    this.options = { help, baseUrl };
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    const { help, baseUrl } = this.options;
    compiler.hooks.thisCompilation.tap(PLUGIN_NAME, (compilation) => {
      compilation.fileDependencies.add(help);
      compilation.hooks.processAssets.tap({ name: PLUGIN_NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        let content;
        try {
          content = loadFunctionHelp(help);
        } catch (error) {
          compilation.errors.push(new WebpackError(`${PLUGIN_NAME}: ${error.message}`));
          return;
        }
        // Marked minimized: a minimizer rewriting the inline stylesheet would break the hash the
        // page's policy allows it by (webpack minifies HTML assets in production builds).
        for (const { file, html } of helpPageFiles(content)) compilation.emitAsset(file, new sources.RawSource(html), { minimized: true });
        for (const { asset, locale } of METADATA_LOCALES) {
          const source = compilation.getAsset(asset);
          if (source === undefined) continue; // its plugin has reported why it wrote none
          try {
            const metadata = withHelpUrls(JSON.parse(source.source.source().toString()), content.pages, locale, baseUrl);
            compilation.updateAsset(asset, new sources.RawSource(JSON.stringify(metadata, null, 4)));
          } catch (error) {
            compilation.errors.push(new WebpackError(`${PLUGIN_NAME}: ${asset}: ${error.message}`));
          }
        }
      });
    });
  }
}
