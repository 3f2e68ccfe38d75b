import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { API_REQUIREMENTS, checkBuild, checkManifest, compareVersions, pngSize } from "./validate-manifest.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SCRIPT = path.join(ROOT, "scripts", "validate-manifest.mjs");
const MANIFEST = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const run = promisify(execFile);

/** The real manifest with `from` replaced by `to` (which must occur exactly once). */
function variant(from: string, to: string): string {
  expect(MANIFEST.split(from).length - 1, `"${from}" occurs once in manifest.xml`).toBe(1);
  return MANIFEST.replace(from, to);
}

describe("checkManifest", () => {
  it("accepts the project's manifest", () => {
    expect(checkManifest(MANIFEST)).toEqual([]);
  });

  it("reports malformed XML", () => {
    const problems = checkManifest(variant("</Permissions>", ""));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^XML is not well-formed: .*\(line \d+, column \d+\)$/);
  });

  it("reports a resid that no resource defines", () => {
    const problems = checkManifest(variant('<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>'));
    expect(problems).toEqual(['missing resid "Group.Missing" used by <Label>: no bt:ShortStrings entry has that id']);
  });

  it("reports a resid that names the wrong kind of resource", () => {
    const problems = checkManifest(variant('<Label resid="Group.Label"/>', '<Label resid="Taskpane.Url"/>'));
    expect(problems).toEqual(['resid "Taskpane.Url" used by <Label> must name a bt:ShortStrings entry, but it is in bt:Urls']);
  });

  it("reports a duplicate resource id", () => {
    const problems = checkManifest(variant(
      '<bt:String id="Functions.Namespace" DefaultValue="EC"/>',
      '<bt:String id="Functions.Namespace" DefaultValue="EC"/>\n        <bt:String id="Group.Label" DefaultValue="Again"><bt:Override Locale="zh-CN" Value="再次"/></bt:String>',
    ));
    expect(problems).toEqual(['duplicate id "Group.Label" in bt:ShortStrings']);
  });

  it("reports an id defined in two resource collections", () => {
    const problems = checkManifest(variant(
      '<bt:String id="Functions.Namespace" DefaultValue="EC"/>',
      '<bt:String id="Functions.Namespace" DefaultValue="EC"/>\n        <bt:String id="Taskpane.Url" DefaultValue="Pane"/>',
    ));
    expect(problems).toEqual(['duplicate id "Taskpane.Url" in bt:Urls and bt:ShortStrings']);
  });

  it("reports a duplicate control id", () => {
    const problems = checkManifest(variant('<Control xsi:type="Button" id="ECReview.TaskpaneButton">', '<Control xsi:type="Button" id="ECReview.Group">'));
    expect(problems).toEqual(['duplicate id "ECReview.Group" on <Control>']);
  });

  it("reports an http URL, in resources and in the base manifest", () => {
    expect(checkManifest(variant('DefaultValue="https://localhost:3000/functions.js"', 'DefaultValue="http://localhost:3000/functions.js"')))
      .toEqual(['bt:Urls "Functions.Script.Url" is not https: "http://localhost:3000/functions.js"']);
    expect(checkManifest(variant('<SupportUrl DefaultValue="https://', '<SupportUrl DefaultValue="http://')))
      .toEqual(['<SupportUrl> is not https: "http://localhost:3000/assets/support.html"']);
    expect(checkManifest(variant('Value="https://localhost:3000/functions.zh-CN.json"', 'Value="http://localhost:3000/functions.zh-CN.json"')))
      .toEqual(['bt:Urls "Functions.Metadata.Url" (zh-CN) is not https: "http://localhost:3000/functions.zh-CN.json"']);
  });

  it("reports overlong strings at the schema's limits", () => {
    const short = "x".repeat(126);
    const long = "y".repeat(251);
    expect(checkManifest(variant('DefaultValue="Operations Review"', `DefaultValue="${short}"`)))
      .toEqual(['bt:ShortStrings "TaskpaneButton.Label" is too long (126 > 125 characters)']);
    expect(checkManifest(variant('DefaultValue="Operations Review"', `DefaultValue="${"x".repeat(125)}"`))).toEqual([]);
    expect(checkManifest(variant('Value="打开 EC Review 窗格，根据订单表生成运营复盘。"', `Value="${long}"`)))
      .toEqual(['bt:LongStrings "TaskpaneButton.Tooltip" (zh-CN) is too long (251 > 250 characters)']);
    expect(checkManifest(variant('<DisplayName DefaultValue="EC Review">', `<DisplayName DefaultValue="${short}">`)))
      .toEqual(["DisplayName is too long (126 > 125 characters)"]);
    const description = MANIFEST.match(/<Description DefaultValue="([^"]*)">/)?.[1] ?? "";
    expect(checkManifest(variant(`<Description DefaultValue="${description}">`, `<Description DefaultValue="${long}">`)))
      .toEqual(["Description is too long (251 > 250 characters)"]);
  });

  it("reports an Id that is not a GUID", () => {
    const id = MANIFEST.match(/<Id>([^<]*)<\/Id>/)?.[1] ?? "";
    expect(checkManifest(variant(`<Id>${id}</Id>`, "<Id>ec-review</Id>"))).toEqual(['Id "ec-review" is not a GUID']);
  });

  it("reports the wrong namespace and permissions", () => {
    expect(checkManifest(variant('DefaultValue="EC"/>', 'DefaultValue="CONTOSO"/>'))).toEqual(['custom functions namespace is "CONTOSO", expected "EC"']);
    expect(checkManifest(variant("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadDocument</Permissions>")))
      .toEqual(['Permissions is "ReadDocument", expected "ReadWriteDocument"']);
  });

  it("reports elements out of schema order", () => {
    const permissions = "  <Permissions>ReadWriteDocument</Permissions>\n";
    const moved = variant(permissions, "").replace("  <DefaultSettings>", `${permissions}  <DefaultSettings>`);
    expect(checkManifest(moved)).toEqual(["element order: <DefaultSettings> must come before <Permissions> in <OfficeApp>"]);
  });

  it("reports a shared runtime that the functions page does not use", () => {
    const problems = checkManifest(variant(
      '<Page>\n              <SourceLocation resid="Taskpane.Url"/>',
      '<Page>\n              <SourceLocation resid="Functions.Script.Url"/>',
    ));
    expect(problems).toEqual(['shared runtime: the custom functions <Page> uses resid "Functions.Script.Url", but the Runtime uses "Taskpane.Url"']);
  });

  it("reports a metadata URL without a zh-CN override", () => {
    const problems = checkManifest(variant('<bt:Override Locale="zh-CN" Value="https://localhost:3000/functions.zh-CN.json"/>', ""));
    expect(problems).toEqual(['custom functions metadata URL "Functions.Metadata.Url" has no bt:Override for Locale zh-CN']);
  });

  it("reports a string without a text in a declared locale, and DisplayName and Description too", () => {
    expect(checkManifest(variant('\n          <bt:Override Locale="zh-CN" Value="电商复盘"/>', "")))
      .toEqual(['bt:ShortStrings "Group.Label" has no string for zh-CN']);
    expect(checkManifest(variant('\n    <Override Locale="zh-CN" Value="EC Review 电商运营复盘"/>', "")))
      .toEqual(["DisplayName has no string for zh-CN"]);
    // A third locale declared anywhere asks every text for it; the namespace is the same in every language.
    const french = checkManifest(variant('<Override Locale="zh-CN" Value="EC Review 电商运营复盘"/>', '<Override Locale="zh-CN" Value="EC Review 电商运营复盘"/>\n    <Override Locale="fr-FR" Value="EC Review"/>'));
    expect(french).toEqual([
      "Description has no string for fr-FR",
      'bt:ShortStrings "Group.Label" has no string for fr-FR',
      'bt:ShortStrings "TaskpaneButton.Label" has no string for fr-FR',
      'bt:LongStrings "TaskpaneButton.Tooltip" has no string for fr-FR',
    ]);
  });

  it("reports a ShowTaskpane action without a TaskpaneId", () => {
    expect(checkManifest(variant("<TaskpaneId>Office.AutoShowTaskpaneWithDocument</TaskpaneId>", "")))
      .toEqual(['the ShowTaskpane action of <Control id="ECReview.TaskpaneButton"> has no <TaskpaneId>']);
    expect(checkManifest(variant("<TaskpaneId>Office.AutoShowTaskpaneWithDocument</TaskpaneId>", "<TaskpaneId>ECReview.Taskpane</TaskpaneId>"))).toEqual([]);
  });

  it("reports a SupportUrl that is the task pane page", () => {
    expect(checkManifest(variant('<SupportUrl DefaultValue="https://localhost:3000/assets/support.html"/>', '<SupportUrl DefaultValue="https://localhost:3000/taskpane.html"/>')))
      .toEqual(['<SupportUrl> is the add-in\'s own page "https://localhost:3000/taskpane.html": it must be a support page']);
  });

  it("reports a ribbon icon without a required size, or with a size Office does not support", () => {
    const group = '<Group id="ECReview.Group">\n                <Label resid="Group.Label"/>\n                <Icon>\n                  <bt:Image size="16" resid="Icon.16x16"/>';
    expect(checkManifest(variant(group, group.replace('<bt:Image size="16" resid="Icon.16x16"/>', "")))).toEqual([
      '<Icon> of <Group id="ECReview.Group"> has no 16px image (16, 32, 80 are required)',
    ]);
    expect(checkManifest(variant(group, group.replace('<bt:Image size="16" resid="Icon.16x16"/>', '<bt:Image size="16" resid="Icon.16x16"/>\n                  <bt:Image size="128" resid="Icon.16x16"/>')))).toEqual([
      '<Icon> of <Group id="ECReview.Group"> has an image of size 128, which Office does not support (16, 20, 24, 32, 40, 48, 64, 80)',
    ]);
  });

  it("reports a missing requirement set, one declared too low or too high, and one nothing needs", () => {
    expect(checkManifest(variant('\n      <Set Name="CustomFunctionsRuntime" MinVersion="1.3"/>', "")))
      .toEqual(["<Requirements> lacks the CustomFunctionsRuntime 1.3 requirement set, needed by CustomFunctions.Invocation.parameterAddresses"]);
    expect(checkManifest(variant('<Set Name="CustomFunctionsRuntime" MinVersion="1.3"/>', '<Set Name="CustomFunctionsRuntime" MinVersion="1.1"/>')))
      .toEqual(["<Requirements> declares CustomFunctionsRuntime 1.1, but CustomFunctionsRuntime 1.3 is needed by CustomFunctions.Invocation.parameterAddresses"]);
    // Versions compare as numbers: 1.9 is below 1.12.
    expect(checkManifest(variant('<Set Name="ExcelApi" MinVersion="1.12"/>', '<Set Name="ExcelApi" MinVersion="1.9"/>')))
      .toEqual([`<Requirements> declares ExcelApi 1.9, but ExcelApi 1.12 is needed by ${API_REQUIREMENTS["ExcelApi 1.12"][0]} and ${API_REQUIREMENTS["ExcelApi 1.12"].length - 1} more`]);
    expect(checkManifest(variant('<Set Name="ExcelApi" MinVersion="1.12"/>', '<Set Name="ExcelApi" MinVersion="1.14"/>')))
      .toEqual(["<Requirements> declares ExcelApi 1.14, but nothing needs more than ExcelApi 1.12: hosts that could run the add-in are refused"]);
    expect(checkManifest(variant('\n      <Set Name="SharedRuntime" MinVersion="1.1"/>', "")))
      .toEqual(["<Requirements> lacks the SharedRuntime 1.1 requirement set, needed by the long-lived shared <Runtime>"]);
    expect(checkManifest(variant('<Set Name="ExcelApi" MinVersion="1.12"/>', '<Set Name="ExcelApi" MinVersion="1.12"/>\n      <Set Name="DialogApi" MinVersion="1.2"/>')))
      .toEqual(["<Requirements> declares DialogApi 1.2, which nothing in the manifest or in API_REQUIREMENTS needs"]);
  });

  it("compares requirement set versions as numbers", () => {
    expect(compareVersions("1.12", "1.9")).toBe(1);
    expect(compareVersions("1.9", "1.12")).toBe(-1);
    expect(compareVersions("1.3", "1.3")).toBe(0);
    expect(compareVersions("1.10", "1.1")).toBe(1);
  });
});

/** The first bytes of a PNG of the given size: what the check reads (signature and IHDR; the CRC is not checked). */
function png(width: number, height: number): Buffer {
  const header = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header, 0);
  header.writeUInt32BE(13, 8);
  header.write("IHDR", 12, "latin1");
  header.writeUInt32BE(width, 16);
  header.writeUInt32BE(height, 20);
  header.set([8, 6, 0, 0, 0], 24);
  return header;
}

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  options?: Record<string, boolean>;
  result: { dimensionality?: string; type?: string };
  parameters: Array<{ name: string; description?: string; type?: string; dimensionality?: string; optional?: boolean }>;
}
interface Metadata {
  allowCustomDataForDataTypeAny?: boolean;
  functions: FunctionMetadata[];
}

/** Two functions as custom-functions-metadata writes them, with the Chinese twin the build derives. */
function metadataPair(): { en: Metadata; zh: Metadata } {
  const fn = (id: string, parameters: string[][]): FunctionMetadata => ({
    id,
    name: id,
    description: `${id} in English`,
    options: { requiresParameterAddresses: true },
    result: { dimensionality: "matrix", type: "any" },
    parameters: parameters.map(([name, zh, optional]) => ({ name, description: zh, type: "any", dimensionality: "matrix", ...(optional ? { optional: true } : {}) })),
  });
  const en: Metadata = {
    allowCustomDataForDataTypeAny: true,
    functions: [fn("GMV", [["amounts", "金额"], ["statuses", "订单状态", "optional"]]), fn("AOV", [["amounts", "金额"], ["buyers", "买家"]])],
  };
  const zh = structuredClone(en);
  for (const f of zh.functions) for (const parameter of f.parameters) parameter.name = parameter.description ?? parameter.name;
  return { en, zh };
}

interface DistOptions {
  /** The folder to write (made fresh under `root` when not given). */
  into?: string;
  manifest?: string;
  files?: Record<string, string | Buffer | null>;
  metadata?: (pair: { en: Metadata; zh: Metadata }) => void;
}

const TASKPANE_HTML = '<!doctype html><html><head><title>EC Review</title><script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script><script defer src="taskpane.js"></script><script defer src="functions.js"></script></head><body></body></html>';
const SUPPORT_HTML = "<!doctype html><html><head><title>EC Review · Support</title></head><body>Help</body></html>";

/**
 * A dist/ folder as `npm run build` writes it for `manifest` (the real one unless given), small
 * but complete: every file the manifest names, icons at their declared sizes, both metadata files.
 * `files` replaces (or, with null, leaves out) a file; `metadata` edits the metadata first.
 */
function makeDist(root: string, options: DistOptions = {}): string {
  const dist = options.into ?? mkdtempSync(path.join(root, "dist-"));
  const pair = metadataPair();
  options.metadata?.(pair);
  const files: Record<string, string | Buffer | null> = {
    "manifest.xml": options.manifest ?? MANIFEST,
    "taskpane.html": TASKPANE_HTML,
    "taskpane.js": "",
    "functions.js": "",
    "functions.json": JSON.stringify(pair.en, null, 4),
    "functions.zh-CN.json": JSON.stringify(pair.zh, null, 4),
    "assets/support.html": SUPPORT_HTML,
    ...Object.fromEntries([16, 32, 64, 80].map((size) => [`assets/icon-${size}.png`, png(size, size)])),
    ...options.files,
  };
  for (const [file, content] of Object.entries(files)) {
    if (content === null) continue;
    mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    writeFileSync(path.join(dist, file), content);
  }
  return dist;
}

describe("checkBuild", () => {
  const scratch = mkdtempSync(path.join(tmpdir(), "ec-review-dist-check-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  /** The problems of the real manifest (or `manifest`) against a dist/ made with `options`. */
  function problemsOf(options: DistOptions = {}): { dist: string; problems: string[] } {
    const dist = makeDist(scratch, options);
    return { dist, problems: checkBuild(options.manifest ?? MANIFEST, dist) };
  }

  it("accepts the project's manifest with a complete build", () => {
    expect(problemsOf().problems).toEqual([]);
  });

  it("reads a PNG's size from its header and refuses what is not a PNG", () => {
    expect(pngSize(png(80, 64))).toEqual({ width: 80, height: 64 });
    expect(pngSize(Buffer.from("GIF89a not a png at all, long enough"))).toBeUndefined();
  });

  it("reports an icon the manifest names but the build lacks", () => {
    const manifest = variant("https://localhost:3000/assets/icon-80.png", "https://localhost:3000/assets/icon-81.png");
    const { dist, problems } = problemsOf({ manifest });
    expect(problems).toEqual([`bt:Images "Icon.80x80" names assets/icon-81.png, which is not in ${dist}`]);
  });

  it("reports an icon of another size than it is declared at, and one that is not a PNG", () => {
    const wrong = problemsOf({ files: { "assets/icon-80.png": png(81, 81) } });
    expect(wrong.problems).toEqual(['bt:Images "Icon.80x80" names assets/icon-80.png, which is 81×81, but it is declared at 80×80']);
    const high = problemsOf({ files: { "assets/icon-64.png": png(64, 32) } });
    expect(high.problems).toEqual([
      "<HighResolutionIconUrl> names assets/icon-64.png, which is 64×32, but it is declared at 64×64",
      'bt:Images "Icon.64x64" names assets/icon-64.png, which is 64×32, but it is declared at 64×64',
    ]);
    const gif = problemsOf({ files: { "assets/icon-16.png": "GIF89a, not a PNG, but long enough" } });
    expect(gif.problems).toEqual(['bt:Images "Icon.16x16" names assets/icon-16.png, which is not a PNG image']);
  });

  it("reports one image used at two sizes", () => {
    const manifest = variant('<bt:Image size="80" resid="Icon.80x80"/>\n                </Icon>\n                <Control', '<bt:Image size="80" resid="Icon.64x64"/>\n                </Icon>\n                <Control');
    const { problems } = problemsOf({ manifest });
    expect(problems).toEqual(['bt:Images "Icon.64x64" (assets/icon-64.png) is used at sizes 64 and 80; an image has one size']);
  });

  it("reports a missing support page, and one that is not an HTML page", () => {
    const { dist, problems } = problemsOf({ files: { "assets/support.html": null } });
    expect(problems).toEqual([`<SupportUrl> names assets/support.html, which is not in ${dist}`]);
    expect(problemsOf({ files: { "assets/support.html": "Help: ask your administrator." } }).problems)
      .toEqual(["<SupportUrl> names assets/support.html, which is not an HTML page with a title"]);
  });

  it("takes a SupportUrl on another site as it is", () => {
    const manifest = variant('<SupportUrl DefaultValue="https://localhost:3000/assets/support.html"/>', '<SupportUrl DefaultValue="https://support.example.com/ec-review"/>');
    expect(problemsOf({ manifest, files: { "assets/support.html": null } }).problems).toEqual([]);
  });

  it("reports a stale build: dist/manifest.xml is another manifest", () => {
    const { dist, problems } = problemsOf({ files: { "manifest.xml": MANIFEST.replace("<Version>0.1.0.0</Version>", "<Version>0.0.9.0</Version>") } });
    expect(problems).toEqual([`${path.join(dist, "manifest.xml")} differs from this manifest: the build is stale (run npm run build)`]);
    // The production URL a build writes into its copy is no difference.
    const production = MANIFEST.split("https://localhost:3000/").join("https://addin.example.com/ec/");
    expect(problemsOf({ files: { "manifest.xml": production } }).problems).toEqual([]);
  });

  it("reports a functions page that does not load office.js or the functions script", () => {
    const noFunctions = problemsOf({ files: { "taskpane.html": TASKPANE_HTML.replace('<script defer src="functions.js"></script>', "") } });
    expect(noFunctions.problems).toEqual(["taskpane.html (the custom functions <Page>) does not load functions.js (the <Script>): a shared runtime runs only what its page loads"]);
    const noOffice = problemsOf({ files: { "taskpane.html": TASKPANE_HTML.replace(/<script src="https:[^>]*><\/script>/, "") } });
    expect(noOffice.problems).toEqual(["taskpane.html (the custom functions <Page>) does not load office.js from https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
  });

  it("reports a missing metadata file and one that is not JSON", () => {
    const { dist, problems } = problemsOf({ files: { "functions.zh-CN.json": null } });
    expect(problems).toEqual([`bt:Urls "Functions.Metadata.Url" (zh-CN) names functions.zh-CN.json, which is not in ${dist}`]);
    expect(problemsOf({ files: { "functions.json": "{ functions: [" } }).problems[0]).toMatch(/^functions\.json is not valid JSON \(/);
  });

  it("reports a duplicate function id, a duplicate name and a name carrying the namespace", () => {
    const duplicate = problemsOf({
      metadata: ({ en, zh }) => {
        for (const metadata of [en, zh]) metadata.functions.push({ ...structuredClone(metadata.functions[1]), id: "gmv", name: "GMV_TOTAL" });
      },
    });
    expect(duplicate.problems).toEqual(['functions.json: duplicate function id "gmv"', 'functions.zh-CN.json: duplicate function id "gmv"']);
    const named = problemsOf({
      metadata: ({ en, zh }) => {
        for (const metadata of [en, zh]) metadata.functions[1].name = "EC.AOV";
      },
    });
    expect(named.problems).toEqual([
      'functions.json: function name "EC.AOV" repeats the namespace EC the manifest adds (Excel would show EC.EC.AOV)',
      'functions.zh-CN.json: function name "EC.AOV" repeats the namespace EC the manifest adds (Excel would show EC.EC.AOV)',
    ]);
    const sameName = problemsOf({ metadata: ({ en }) => void (en.functions[1].name = "gmv") });
    expect(sameName.problems).toEqual(['functions.json: duplicate function name "gmv"', 'functions.zh-CN.json: AOV is named "AOV", in functions.json "gmv" (a formula must read the same in every language)']);
    // GMV2 is column GMV, row 2: Excel would read a cell, not the function.
    const cell = problemsOf({ metadata: ({ en, zh }) => void [en, zh].forEach((m) => (m.functions[1].name = "GMV2")) });
    expect(cell.problems).toEqual(['functions.json: function name "GMV2" is a cell reference', 'functions.zh-CN.json: function name "GMV2" is a cell reference']);
  });

  it("reports functions.zh-CN.json out of step with functions.json", () => {
    const missing = problemsOf({ metadata: ({ zh }) => void zh.functions.pop() });
    expect(missing.problems).toEqual(["functions.zh-CN.json lacks AOV, which functions.json has"]);
    const reordered = problemsOf({ metadata: ({ zh }) => void zh.functions.reverse() });
    expect(reordered.problems).toEqual(["functions.zh-CN.json lists the functions in another order than functions.json"]);
    const fewer = problemsOf({ metadata: ({ zh }) => void zh.functions[0].parameters.pop() });
    expect(fewer.problems).toEqual(["functions.zh-CN.json: GMV has 1 parameters, in functions.json 2"]);
    const swapped = problemsOf({ metadata: ({ zh }) => void zh.functions[0].parameters.reverse() });
    expect(swapped.problems).toEqual([
      "functions.zh-CN.json: parameter 1 of GMV (amounts) differs from functions.json in optional: out of order or changed",
      "functions.zh-CN.json: parameter 2 of GMV (statuses) differs from functions.json in optional: out of order or changed",
    ]);
    const options = problemsOf({ metadata: ({ zh }) => void (zh.functions[1].options = {}) });
    expect(options.problems).toEqual(["functions.zh-CN.json: the options of AOV differ from functions.json"]);
  });

  it("reports an option whose requirement set the manifest does not declare, and one it does not know", () => {
    const manifest = variant('<Set Name="CustomFunctionsRuntime" MinVersion="1.3"/>', '<Set Name="CustomFunctionsRuntime" MinVersion="1.2"/>');
    expect(problemsOf({ manifest }).problems).toEqual([
      "functions.json: the option requiresParameterAddresses (GMV and 1 more) needs CustomFunctionsRuntime 1.3, but <Requirements> declares CustomFunctionsRuntime 1.2",
      "functions.zh-CN.json: the option requiresParameterAddresses (GMV and 1 more) needs CustomFunctionsRuntime 1.3, but <Requirements> declares CustomFunctionsRuntime 1.2",
    ]);
    const volatile = problemsOf({ metadata: ({ en, zh }) => void [en, zh].forEach((m) => (m.functions[0].options = { requiresParameterAddresses: true, volatile: true })) });
    expect(volatile.problems).toEqual([
      "functions.json: the option volatile (GMV) is not known to this check; add its requirement set to METADATA_OPTION_REQUIREMENTS",
      "functions.zh-CN.json: the option volatile (GMV) is not known to this check; add its requirement set to METADATA_OPTION_REQUIREMENTS",
    ]);
    const scalar = problemsOf({ metadata: ({ en, zh }) => void [en, zh].forEach((m) => (m.functions[1].result = { type: "number" })) });
    expect(scalar.problems).toEqual([
      "functions.json: AOV uses requiresParameterAddresses, which needs a matrix result, but its result is scalar",
      "functions.zh-CN.json: AOV uses requiresParameterAddresses, which needs a matrix result, but its result is scalar",
    ]);
  });

  it("reports a helpUrl on the add-in's site that names no file of the build", () => {
    const withHelp = ({ en }: { en: Metadata }) => void (en.functions[0].helpUrl = "https://localhost:3000/help/gmv.html");
    expect(problemsOf({ metadata: withHelp, files: { "help/gmv.html": SUPPORT_HTML } }).problems).toEqual([]);
    const missing = problemsOf({ metadata: withHelp });
    expect(missing.problems).toEqual([`functions.json: the helpUrl of GMV names help/gmv.html, which is not in ${missing.dist}`]);
  });
});

describe("validate-manifest command", () => {
  const scratch = mkdtempSync(path.join(tmpdir(), "ec-review-manifest-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("prints one OK line and exits 0 for the project's manifest and a complete build", async () => {
    const dist = makeDist(scratch);
    const { stdout } = await run(process.execPath, [SCRIPT, "manifest.xml", "--dist", dist], { cwd: ROOT });
    expect(stdout.trim().split("\n")).toHaveLength(1);
    expect(stdout).toMatch(/^manifest\.xml: OK — .*requirement sets \(SharedRuntime 1\.1, CustomFunctionsRuntime 1\.3, ExcelApi 1\.12\)/);
    expect(stdout).toContain(`; ${dist}: every referenced file present`);
  });

  it("checks the manifest alone and says to build first when there is no dist folder (a fresh clone)", async () => {
    const missing = path.join(scratch, "not-built");
    const { stdout } = await run(process.execPath, [SCRIPT, "manifest.xml", "--dist", missing], { cwd: ROOT });
    expect(stdout.trim().split("\n")).toHaveLength(1);
    expect(stdout).toMatch(/^manifest\.xml: OK — /);
    expect(stdout).toContain(`the files in ${missing} were not checked: it does not exist (run npm run build first)`);
  });

  it("looks for dist/ beside the manifest by default, and reports what the build lacks", async () => {
    const folder = mkdtempSync(path.join(scratch, "project-"));
    const manifest = variant("https://localhost:3000/assets/icon-80.png", "https://localhost:3000/assets/icon-81.png");
    writeFileSync(path.join(folder, "manifest.xml"), manifest);
    makeDist(scratch, { manifest, into: path.join(folder, "dist") });
    const failure = await run(process.execPath, [SCRIPT, "manifest.xml"], { cwd: folder }).then(() => undefined, (error: { code: number; stderr: string }) => error);
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toBe(`manifest.xml: 1 problem:\n  - bt:Images "Icon.80x80" names assets/icon-81.png, which is not in dist\n`);
  });

  it("lists the problems and exits 1 for a broken manifest", async () => {
    const broken = path.join(scratch, "broken.xml");
    writeFileSync(broken, variant('<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>').replace("https://localhost:3000/functions.js", "http://localhost:3000/functions.js"));
    const failure = await run(process.execPath, [SCRIPT, broken]).then(() => undefined, (error: { code: number; stderr: string }) => error);
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain("2 problems:");
    expect(failure?.stderr).toContain('  - missing resid "Group.Missing"');
    expect(failure?.stderr).toContain("  - bt:Urls \"Functions.Script.Url\" is not https");
  });
});
