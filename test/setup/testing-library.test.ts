import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { getConfig } from "@testing-library/dom";
import { describe, expect, it } from "vitest";
import { ASYNC_UTIL_TIMEOUT_MS } from "./testing-library";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(full);
    return /\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe("waits in the pane's UI tests", () => {
  it("wait as long as a loaded machine needs: the setup file configures Testing Library generously", () => {
    expect(ASYNC_UTIL_TIMEOUT_MS).toBeGreaterThanOrEqual(30_000);
    expect(getConfig().asyncUtilTimeout).toBe(ASYNC_UTIL_TIMEOUT_MS);
  });

  it("pass no short timeout of their own to findBy…, waitFor or the test", () => {
    // `{ timeout: 10_000 }` to a wait, or `}, 30_000);` closing a test: the config's limits apply instead.
    const offenders = testFiles(path.join(ROOT, "src/taskpane")).filter((file) => /\{\s*timeout:\s*[\d_]+\s*\}|\}\s*,\s*[\d_]+\s*\)/.test(readFileSync(file, "utf8")));
    expect(offenders.map((file) => path.relative(ROOT, file))).toEqual([]);
  });
});
