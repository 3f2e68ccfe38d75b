/**
 * End-to-end check of `npm run build`: runs the production webpack build once into a scratch
 * directory (as `webpack --mode production` does, without network or certificates) and checks
 * that the output is what Excel needs to sideload the add-in.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkBuild, checkManifest } from "../../scripts/validate-manifest.mjs";
import { FUNCTION_CATALOG } from "../../src/functions/catalog";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const WEBPACK_CLI = createRequire(import.meta.url).resolve("webpack-cli/bin/cli.js");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const HAN = /\p{Script=Han}/u;

/** Every function of the catalog: the build must register and describe each. */
const FUNCTION_IDS = FUNCTION_CATALOG.map((entry) => entry.id);
const ICON_SIZES = [16, 32, 64, 80, 128];

interface Metadata {
  functions: Array<{ id: string; name: string; description?: string; parameters: Array<{ name: string; description?: string }> }>;
}

/** The scratch folder: the build's dist/ and, beside it, the source maps it keeps out of dist/. */
let scratch = "";
let dist = "";

function read(file: string): string {
  return readFileSync(path.join(dist, file), "utf8");
}

function readMetadata(file: string): Metadata {
  return JSON.parse(read(file)) as Metadata;
}

beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), "ec-review-dist-"));
  dist = path.join(scratch, "dist");
  const env = { ...process.env };
  delete env.EC_REVIEW_PRODUCTION_URL;
  await promisify(execFile)(process.execPath, [WEBPACK_CLI, "--mode", "production", "--output-path", dist], {
    cwd: ROOT,
    env,
    maxBuffer: 16 * 1024 * 1024,
  });
});

afterAll(() => {
  if (scratch !== "") rmSync(scratch, { recursive: true, force: true });
});

/** Every file under `folder`, as paths relative to it. */
function filesIn(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)));
}

describe("production build", () => {
  it("writes the page, both bundles, the manifest, the icons and both metadata files", () => {
    const files = ["taskpane.html", "taskpane.js", "functions.js", "manifest.xml", "functions.json", "functions.zh-CN.json", ...ICON_SIZES.map((size) => `assets/icon-${size}.png`)];
    for (const file of files) {
      expect(existsSync(path.join(dist, file)), file).toBe(true);
      expect(statSync(path.join(dist, file)).size, file).toBeGreaterThan(0);
    }
  });

  it("makes taskpane.html the shared runtime page: office.js from the CDN, then both bundles", () => {
    const html = read("taskpane.html");
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)/g)].map((match) => match[1]);
    expect(scripts).toEqual([OFFICE_JS, "taskpane.js", "functions.js"]);
  });

  it("gives taskpane.html a Content-Security-Policy before any script: scripts from the page's origin and office.js's only", () => {
    const html = read("taskpane.html");
    const meta = /<meta\s+http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/i.exec(html);
    expect(meta, "the CSP <meta> tag").not.toBeNull();
    expect(meta!.index).toBeLessThan(html.search(/<script\b/));
    const directives = new Map(meta![1].split(";").map((part) => part.trim().split(/\s+/)).filter((words) => words[0] !== "").map(([name, ...values]) => [name, values]));
    expect(directives.get("script-src")).toEqual(["'self'", new URL(OFFICE_JS).origin]);
    expect(directives.get("connect-src")).toEqual(["'self'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(directives.get("base-uri")).toEqual(["'self'"]);
    expect(directives.get("default-src")).toEqual(["'self'"]);
    // Fluent UI injects <style> elements; nothing may run inline or through eval.
    expect(directives.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(meta![1]).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*/);
    // The dev server sends the same policy as a header.
    const config = createRequire(import.meta.url)(path.join(ROOT, "webpack.config.js")) as { contentSecurityPolicy(): string };
    expect(config.contentSecurityPolicy()).toBe(meta![1]);
  });

  it("registers every function with Excel in the functions bundle", () => {
    const bundle = read("functions.js");
    for (const id of FUNCTION_IDS) expect(bundle, id).toContain(`CustomFunctions.associate("${id}"`);
  });

  it("generates functions.json from the JSDoc with every catalog function, described", () => {
    const metadata = readMetadata("functions.json");
    expect(metadata.functions.map((fn) => fn.id).sort()).toEqual([...FUNCTION_IDS].sort());
    for (const fn of metadata.functions) {
      expect(fn.name, fn.id).toBe(fn.id);
      expect(fn.description?.trim(), fn.id).toBeTruthy();
      expect(fn.parameters.length, fn.id).toBeGreaterThan(0);
      for (const parameter of fn.parameters) expect(parameter.description?.trim(), `${fn.id}.${parameter.name}`).toBeTruthy();
    }
  });

  it("derives functions.zh-CN.json with Chinese descriptions and parameter names, and the same ids and function names", () => {
    const english = readMetadata("functions.json");
    const chinese = readMetadata("functions.zh-CN.json");
    expect(chinese.functions.map((fn) => [fn.id, fn.name, fn.parameters.length]))
      .toEqual(english.functions.map((fn) => [fn.id, fn.name, fn.parameters.length]));
    for (const fn of chinese.functions) {
      expect(fn.description, fn.id).toMatch(HAN);
      const catalogNames = FUNCTION_CATALOG.find((entry) => entry.id === fn.id)!.parameters.map((spec) => spec.zh.name);
      expect(fn.parameters.map((p) => p.name), fn.id).toEqual(catalogNames);
      for (const parameter of fn.parameters) expect(parameter.description, `${fn.id}.${parameter.name}`).toMatch(HAN);
    }
  });

  it("points each function's helpUrl at its help page in dist/, in the language of the metadata file", () => {
    const base = "https://localhost:3000/";
    for (const [file, locale] of [["functions.json", "en-US"], ["functions.zh-CN.json", "zh-CN"]] as const) {
      const metadata = JSON.parse(read(file)) as { functions: { id: string; helpUrl?: string }[] };
      for (const fn of metadata.functions) {
        expect(fn.helpUrl, `${file} ${fn.id}`).toBe(`${base}help/${locale}/${fn.id.toLowerCase()}.html`);
        const page = fn.helpUrl!.slice(base.length);
        expect(existsSync(path.join(dist, page)), page).toBe(true);
        const html = read(page);
        expect(html, page).toContain(`<html lang="${locale}">`);
        expect(html, page).toContain(`<h1>EC.${fn.id}</h1>`);
        // Everything a page links to or shows is in dist/ beside it.
        for (const [, reference] of html.matchAll(/\b(?:href|src)="([^"]*)"/g)) {
          expect(existsSync(path.join(dist, path.dirname(page), reference)), `${page} → ${reference}`).toBe(true);
        }
      }
    }
  });

  it("copies a valid manifest that keeps the localhost URLs when no production URL is set", () => {
    const manifest = read("manifest.xml");
    expect(checkManifest(manifest)).toEqual([]);
    expect(manifest).toBe(readFileSync(path.join(ROOT, "manifest.xml"), "utf8"));
  });

  it("is everything the manifest names, as npm run validate checks it: files, icon sizes, the functions page, both metadata files", () => {
    expect(checkBuild(read("manifest.xml"), dist)).toEqual([]);
  });

  it("ships no source maps: the add-in's are beside dist/, in sourcemaps/, and no bundle points at one", () => {
    // The command line's bundle is not served (dist/cli/ in `npm run build`; here, where --output-path
    // applies to both configurations, beside the add-in) and keeps its map.
    const shipped = filesIn(dist).filter((file) => !/(^|[\\/])ec-review\.cjs(\.map)?$/.test(file));
    expect(shipped).toContain("taskpane.js");
    expect(shipped.filter((file) => file.endsWith(".map"))).toEqual([]);
    for (const bundle of ["taskpane.js", "functions.js"]) expect(read(bundle), bundle).not.toMatch(/sourceMappingURL/);
    const maps = path.join(scratch, "sourcemaps");
    expect(filesIn(maps).sort()).toEqual(["functions.js.map", "taskpane.js.map"]);
    for (const map of ["functions.js.map", "taskpane.js.map"]) {
      const parsed = JSON.parse(readFileSync(path.join(maps, map), "utf8")) as { file: string; sources: string[] };
      expect(parsed.file, map).toBe(map.replace(/\.map$/, ""));
      expect(parsed.sources.some((source) => source.includes("src/taskpane/") || source.includes("src/functions/")), map).toBe(true);
    }
  });
});
