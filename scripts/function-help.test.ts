import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { FUNCTION_CATALOG } from "../src/functions/catalog";
import { FUNCTION_HELP, HELP_LABELS } from "../src/functions/function-help.generated";
import { FUNCTION_TEXTS } from "../src/functions/function-texts.generated";
import { helpIndexPath, helpPagePath } from "../src/functions/help-pages";
import { LOCALES, type Locale } from "../src/i18n/messages";
import { HELP_PAGE_POLICY, helpPageFiles, loadFunctionHelp, withHelpUrls } from "./function-help.mjs";
import { localizeFunctionsMetadata, type FunctionsMetadata } from "./localize-functions-metadata.mjs";

const HELP_SOURCE = fileURLToPath(new URL("../src/functions/function-help.generated.ts", import.meta.url));
const FUNCTIONS_SOURCE = fileURLToPath(new URL("../src/functions/functions.ts", import.meta.url));

/** What the build writes: the pages from the generated module, evaluated as the webpack plugin evaluates it. */
const FILES = new Map(helpPageFiles(loadFunctionHelp(HELP_SOURCE)).map(({ file, html }) => [file, html]));

function escaped(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** The text of a page with its tags dropped and its entities read, for looking up what a reader sees. */
function visibleText(html: string): string {
  return html.replace(/<style>[\s\S]*?<\/style>/, "").replace(/<[^>]+>/g, " ").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, "\"").replace(/&#39;/g, "'").replace(/&amp;/g, "&");
}

/** Every URL a page refers to (href and src). */
function references(html: string): string[] {
  return [...html.matchAll(/\b(?:href|src)="([^"]*)"/g)].map((match) => match[1]);
}

describe("the help pages written from the function catalog", () => {
  it("has a page for every function in each language, and an index of each language", () => {
    const expected = LOCALES.flatMap((locale) => [helpIndexPath(locale), ...FUNCTION_CATALOG.map((entry) => helpPagePath(entry.id, locale))]);
    expect([...FILES.keys()].sort()).toEqual(expected.sort());
  });

  it.each(LOCALES.map((locale) => ({ locale })))("says in $locale what each function computes, its arguments, its example and its errors", ({ locale }) => {
    const chinese = locale === "zh-CN";
    for (const entry of FUNCTION_CATALOG) {
      const html = FILES.get(helpPagePath(entry.id, locale))!;
      const text = visibleText(html);
      expect(html, entry.id).toContain(`<html lang="${locale}">`);
      expect(text, entry.id).toContain(`EC.${entry.id}`);
      expect(text, entry.id).toContain((chinese ? entry.zh : entry.en).description);
      expect(text, entry.id).toContain((chinese ? entry.zh : entry.en).result);
      for (const spec of entry.parameters) {
        expect(html, `${entry.id}.${spec.name}`).toContain(`<code>${escaped(chinese ? spec.zh.name : spec.name)}</code>`);
        expect(text, `${entry.id}.${spec.name}`).toContain(chinese ? spec.zh.description : spec.en);
      }
      expect(html, entry.id).toContain(`<pre><code>${escaped(entry.example.formula)}</code></pre>`);
      expect(text, entry.id).toContain(chinese ? entry.example.resultZh : entry.example.result);
      // Every function reads cells, so every page has #VALUE! at least; the codes are Excel's own.
      const codes = [...html.matchAll(/<h3><code>(#[A-Z0-9/!?]+)<\/code><\/h3>/g)].map((match) => match[1]);
      expect(codes, entry.id).toContain("#VALUE!");
      for (const code of codes) expect(["#VALUE!", "#DIV/0!", "#NUM!", "#N/A"], entry.id).toContain(code);
    }
  });

  it("writes the Chinese pages in Chinese: the Chinese parameter names in the syntax, and the Chinese example result", () => {
    const aov = visibleText(FILES.get("help/zh-CN/aov.html")!);
    expect(aov).toContain("EC.AOV(金额, [买家], [订单状态], [订单编号])");
    expect(aov).toContain("结果：每位买家（去重）的成交额");
    expect(aov).toContain("金额、买家、订单状态、订单编号的行数不一致");
    const english = visibleText(FILES.get("help/en-US/aov.html")!);
    expect(english).toContain("EC.AOV(amounts, [buyers], [statuses], [orderIds])");
    expect(english).not.toMatch(/金额、/);
  });

  it("loads nothing from anywhere else: no script, relative links only, its one stylesheet allowed by its hash", () => {
    for (const [file, html] of FILES) {
      expect(html, file).not.toMatch(/<script\b|<iframe\b|<object\b|<embed\b|@import|url\(/i);
      for (const reference of references(html)) expect(reference, `${file} → ${reference}`).not.toMatch(/^[a-z]+:|^\/\//i);
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
      expect(policy?.[1], file).toBe(HELP_PAGE_POLICY);
      expect(HELP_PAGE_POLICY).toMatch(/^default-src 'none';/);
      const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]);
      expect(styles.length, file).toBe(1);
      const hash = `'sha256-${createHash("sha256").update(styles[0], "utf8").digest("base64")}'`;
      expect(HELP_PAGE_POLICY, file).toContain(`style-src ${hash};`);
      expect(html, file).not.toMatch(/\sstyle="/);
    }
  });

  it("links each page to the same function in the other language, to its index, and the index to every page", () => {
    for (const [file, html] of FILES) {
      for (const reference of references(html)) {
        const target = path.posix.join(path.posix.dirname(file), reference);
        if (target === "assets/icon-32.png") continue; // copied into dist/ by the build (test/build/build.test.ts)
        expect(FILES.has(target), `${file} → ${reference}`).toBe(true);
      }
    }
    expect(references(FILES.get("help/en-US/aov.html")!)).toEqual(expect.arrayContaining(["../zh-CN/aov.html", "index.html"]));
    for (const locale of LOCALES) {
      const index = references(FILES.get(helpIndexPath(locale))!);
      for (const entry of FUNCTION_CATALOG) expect(index, `${locale} ${entry.id}`).toContain(path.posix.basename(helpPagePath(entry.id, locale)));
    }
  });

  it("holds the page data it is written from: both languages of every function, the page paths the pane links to", () => {
    expect(FUNCTION_HELP.map((page) => [page.locale, page.id])).toEqual(LOCALES.flatMap((locale) => FUNCTION_CATALOG.map((entry) => [locale, entry.id])));
    for (const page of FUNCTION_HELP) expect(page.path).toBe(helpPagePath(page.id, page.locale as Locale));
    expect(Object.keys(HELP_LABELS).sort()).toEqual([...LOCALES].sort());
  });
});

describe("helpUrl in functions.json and functions.zh-CN.json", () => {
  async function metadata(): Promise<FunctionsMetadata> {
    const result = await generateCustomFunctionsMetadata([FUNCTIONS_SOURCE], false);
    expect(result.errors).toEqual([]);
    return JSON.parse(result.metadataJson) as FunctionsMetadata;
  }

  it.each([
    { base: "https://localhost:3000/", expected: "https://localhost:3000/" },
    { base: "https://addin.example.com/ec", expected: "https://addin.example.com/ec/" },
  ])("points each function at its page in the metadata's language, under $base", async ({ base, expected }) => {
    const english = await metadata();
    const chinese = localizeFunctionsMetadata(english, FUNCTION_TEXTS);
    for (const [source, locale] of [[english, "en-US"], [chinese, "zh-CN"]] as const) {
      const withUrls = withHelpUrls(source, FUNCTION_HELP, locale, base);
      expect(withUrls.functions.map((fn) => fn.id)).toEqual(source.functions.map((fn) => fn.id));
      for (const fn of withUrls.functions) {
        expect(fn.helpUrl, fn.id).toBe(`${expected}${helpPagePath(fn.id, locale)}`);
        expect(FILES.has(String(fn.helpUrl).slice(expected.length)), fn.id).toBe(true);
        // Only the helpUrl is added: the rest is the metadata as it was.
        const rest: Record<string, unknown> = { ...fn };
        delete rest.helpUrl;
        expect(rest, fn.id).toEqual(source.functions.find((other) => other.id === fn.id));
      }
    }
  });

  it("takes its base URL from the setting the manifest's URLs come from: EC_REVIEW_PRODUCTION_URL in a production build, localhost otherwise", async () => {
    type Config = { plugins: { constructor: { name: string }; options?: { baseUrl?: string } }[] };
    const factory = createRequire(import.meta.url)("../webpack.config.js") as (env: object, argv: { mode: string }) => Promise<Config[]>;
    const baseUrl = async (mode: string) => (await factory({}, { mode }))[0].plugins.find((plugin) => plugin.constructor.name === "FunctionHelpPlugin")?.options?.baseUrl;
    const saved = process.env.EC_REVIEW_PRODUCTION_URL;
    try {
      process.env.EC_REVIEW_PRODUCTION_URL = "https://addin.example.com/ec";
      expect(await baseUrl("production")).toBe("https://addin.example.com/ec/");
      expect(await baseUrl("development")).toBe("https://localhost:3000/");
      delete process.env.EC_REVIEW_PRODUCTION_URL;
      expect(await baseUrl("production")).toBe("https://localhost:3000/");
    } finally {
      if (saved === undefined) delete process.env.EC_REVIEW_PRODUCTION_URL;
      else process.env.EC_REVIEW_PRODUCTION_URL = saved;
    }
  });

  it("refuses metadata with a function that has no page", async () => {
    const english = await metadata();
    const extra = { ...english, functions: [...english.functions, { ...english.functions[0], id: "NOPAGE", name: "NOPAGE" }] };
    expect(() => withHelpUrls(extra, FUNCTION_HELP, "en-US", "https://localhost:3000/")).toThrow("no en-US help page for NOPAGE");
  });
});
