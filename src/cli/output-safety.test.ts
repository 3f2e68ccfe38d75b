/**
 * The command line never overwrites an input, whatever name reaches it (symlink, hard link,
 * folder alias, /proc/self/cwd, a case-folding disk), writes nothing into a folder it made up,
 * and never leaves half a file.
 */
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeOrderLevelFile } from "../../test/support/export-writers";
import { generateShopOrders } from "../../test/support/shop-orders";
import { runCliMeasured } from "../../test/support/run-cli-measured";
import { runCaptured, scratchFolder } from "../../test/support/cli-test-harness";
import { foldsCase, inputOverwrittenBy, writeFileAtomically } from "./output-file";

const scratch = scratchFolder("ec-review-out-");
afterAll(() => scratch.remove());

let original: string;
beforeAll(() => {
  original = writeOrderLevelFile(generateShopOrders({ seed: 3, orders: 400, from: "2025-01", to: "2025-06" }));
  mkdirSync(scratch.file("data"));
  writeFileSync(scratch.file("data/orders.csv"), original);
});

/** Runs build with the orders in data/ and `--out`, and checks the orders file is untouched. */
async function refused(out: string, extra: string[] = []) {
  const result = await runCaptured(["build", "--orders", "data/orders.csv", "--out", out, ...extra], scratch.dir);
  expect(readFileSync(scratch.file("data/orders.csv"), "utf8")).toBe(original);
  return result;
}

describe("--out never names an input", () => {
  it("refuses an output that is a symlink to the input", async () => {
    symlinkSync(scratch.file("data/orders.csv"), scratch.file("link-to-orders.xlsx"));
    const result = await refused("link-to-orders.xlsx");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("is one of the input files");
  });

  it("refuses an input given through a symlink when --out names the real file", async () => {
    symlinkSync(scratch.file("data/orders.csv"), scratch.file("data/orders-link.csv"));
    const orders = readFileSync(scratch.file("data/orders.csv"));
    // The real file has an .xlsx name here so that --out may name it.
    writeFileSync(scratch.file("data/real.xlsx"), orders);
    symlinkSync(scratch.file("data/real.xlsx"), scratch.file("data/alias.csv"));
    const result = await runCaptured(["build", "--orders", "data/alias.csv", "--out", "data/real.xlsx"], scratch.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("is one of the input files");
    expect(readFileSync(scratch.file("data/real.xlsx"))).toEqual(orders);
  });

  it("refuses a hard link to the input", async () => {
    linkSync(scratch.file("data/orders.csv"), scratch.file("hard.xlsx"));
    const result = await refused("hard.xlsx");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("is one of the input files");
  });

  it("refuses the input named through /proc/self/cwd", async () => {
    if (!existsSync("/proc/self/cwd")) return; // no procfs (macOS, Windows): nothing to name it through
    writeFileSync(scratch.file("data/proc.xlsx"), "the operator's workbook");
    // Its own process, so that /proc/self/cwd is the folder the command runs in.
    const result = await runCliMeasured(["build", "--orders", "data/proc.xlsx", "--out", "/proc/self/cwd/data/proc.xlsx"], scratch.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("is one of the input files");
    expect(readFileSync(scratch.file("data/proc.xlsx"), "utf8")).toBe("the operator's workbook");
  }, 60_000);

  it("refuses the input named through a symlinked folder (a folder alias)", async () => {
    symlinkSync(scratch.file("data"), scratch.file("alias-dir"));
    // As the input itself: data/orders.csv is the output's real path.
    expect(await inputOverwrittenBy(scratch.file("alias-dir/orders.csv"), [scratch.file("data/orders.csv")])).not.toBeNull();
    writeFileSync(scratch.file("data/book.xlsx"), "the operator's workbook");
    const result = await runCaptured(["build", "--orders", "alias-dir/book.xlsx", "--out", "data/book.xlsx"], scratch.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("is one of the input files");
    expect(readFileSync(scratch.file("data/book.xlsx"), "utf8")).toBe("the operator's workbook");
  });

  it("refuses a name differing only in case where the disk folds case", async () => {
    const input = scratch.file("data/orders.csv");
    const upper = scratch.file("data/ORDERS.csv");
    // The decision: a case-only difference is the same file exactly when the disk folds case.
    expect(await inputOverwrittenBy(upper, [input], async () => true)).toBe(input);
    expect(await inputOverwrittenBy(upper, [input], async () => false)).toBeNull();
    // And through the command line, with the fold check injected.
    writeFileSync(scratch.file("data/Shop.xlsx"), "the operator's workbook");
    const folding = await runCaptured(["build", "--orders", "data/Shop.xlsx", "--out", "data/shop.xlsx"], scratch.dir, { foldsCase: async () => true });
    expect(folding.code).toBe(2);
    expect(folding.stderr).toContain("is one of the input files");
    // This disk, asked for real.
    const diskFolds = await foldsCase(input);
    expect(diskFolds).toBe(existsSync(upper));
  });

  it("refuses an output folder that does not exist rather than creating it", async () => {
    const result = await runCaptured(["build", "--orders", "data/orders.csv", "--out", "no/such/folder/review.xlsx"], scratch.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("the folder");
    expect(result.stderr).toContain("does not exist");
    expect(existsSync(scratch.file("no"))).toBe(false);
    const json = await runCaptured(["build", "--orders", "data/orders.csv", "--out", "r.xlsx", "--json", "nope/s.json"], scratch.dir);
    expect(json.code).toBe(2);
    expect(existsSync(scratch.file("r.xlsx"))).toBe(false);
  });

  it("lets the demo create its own folder and says so", async () => {
    const result = await runCaptured(["demo", "--out", "made/demo", "--orders", "2000"], scratch.dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("Created the folder made/demo");
    expect(existsSync(scratch.file("made/demo/ec-review-demo.xlsx"))).toBe(true);
  });
});

describe("the review is written whole or not at all", () => {
  it("writes through a temporary file and leaves none behind", async () => {
    const result = await runCaptured(["build", "--orders", "data/orders.csv", "--out", "whole.xlsx", "--json", "whole.json"], scratch.dir);
    expect(result.code).toBe(0);
    expect(readFileSync(scratch.file("whole.xlsx")).subarray(0, 2).toString()).toBe("PK");
    expect(JSON.parse(readFileSync(scratch.file("whole.json"), "utf8")).orders).toBeGreaterThan(0);
    expect(readdirSync(scratch.dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("keeps the old file and removes the temporary one when the write fails midway", async () => {
    const target = scratch.file("kept.xlsx");
    writeFileSync(target, "last week's review");
    const failing = (async (file: string, content: string | Uint8Array) => {
      writeFileSync(file, String(content).slice(0, 5)); // half written …
      throw new Error("disk full"); // … then the disk fills up
    }) as unknown as typeof import("node:fs/promises").writeFile;
    await expect(writeFileAtomically(target, "this week's review", failing)).rejects.toThrow("disk full");
    expect(readFileSync(target, "utf8")).toBe("last week's review");
    expect(readdirSync(scratch.dir).filter((name) => name.includes("kept.xlsx") && name !== "kept.xlsx")).toEqual([]);
  });

  it("reports a failed rename as a write error and leaves no temporary file", async () => {
    mkdirSync(scratch.file("folder.xlsx"));
    const result = await runCaptured(["build", "--orders", "data/orders.csv", "--out", "folder.xlsx"], scratch.dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Cannot write folder.xlsx");
    expect(readdirSync(scratch.dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });
});
