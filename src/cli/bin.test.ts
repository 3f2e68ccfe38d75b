/**
 * The installed command as npm runs it: `node bin/ec-review.cjs`, which loads the bundle that
 * `npm run build` writes to dist/cli/ec-review.cjs.
 */
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { scratchFolder } from "../../test/support/cli-test-harness";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BIN = path.join(ROOT, "bin/ec-review.cjs");
const BUNDLE = path.join(ROOT, "dist/cli/ec-review.cjs");
const built = existsSync(BUNDLE);
const scratch = scratchFolder();
afterAll(() => scratch.remove());

async function node(script: string, args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [script, ...args], { cwd: scratch.dir, env: { ...process.env, LANG: "en_US.UTF-8", LC_ALL: "" } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("bin/ec-review.cjs", () => {
  it.skipIf(!built)(`runs the built command line (skipped when ${path.relative(ROOT, BUNDLE)} is missing: run npm run build)`, async () => {
    const help = await node(BIN, ["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("ec-review build --orders FILE --out review.xlsx");
    const usage = await node(BIN, ["build", "--orders", "o.csv"]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toBe("ec-review: build needs --out.\nRun ec-review --help to see the commands and options.\n");
    const missing = await node(BIN, ["build", "--orders", "o.csv", "--out", "r.xlsx"]);
    expect([missing.code, missing.stderr]).toEqual([1, "ec-review: o.csv: no such file.\n"]);
  });

  it("asks for a build when the bundle is missing", async () => {
    mkdirSync(scratch.file("bin"));
    copyFileSync(BIN, scratch.file("bin/ec-review.cjs"));
    const result = await node(scratch.file("bin/ec-review.cjs"), ["--help"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("run npm run build first");
  });
});
