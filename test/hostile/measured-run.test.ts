import { describe, expect, it } from "vitest";
import { runCliMeasured } from "../support/run-cli-measured";
import { tmpdir } from "node:os";

describe("runCliMeasured", () => {
  it("runs the command line in its own process and reports its exit code, output and peak memory", async () => {
    const run = await runCliMeasured(["build", "--orders", "no-such-file.csv", "--out", "r.xlsx"], tmpdir());
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("no-such-file.csv");
    expect(run.peakMemoryMB).toBeGreaterThan(10);
    expect(run.peakMemoryMB).toBeLessThan(500);
  });
});
