import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { checkManifest } from "./validate-manifest.mjs";

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
      '<bt:String id="Functions.Namespace" DefaultValue="EC"/>\n        <bt:String id="Group.Label" DefaultValue="Again"/>',
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
});

describe("validate-manifest command", () => {
  const scratch = mkdtempSync(path.join(tmpdir(), "ec-review-manifest-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("prints one OK line and exits 0 for the project's manifest", async () => {
    const { stdout } = await run(process.execPath, [SCRIPT, "manifest.xml"], { cwd: ROOT });
    expect(stdout.trim().split("\n")).toHaveLength(1);
    expect(stdout).toMatch(/^manifest\.xml: OK/);
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
