/**
 * The hostile-file tests' verdict on a command-line run that must refuse its input: exit 1, each
 * phrase in the message, no JavaScript error or stack on stderr, and a measured peak memory under
 * 500 MB (issue 10's limit for every hostile file).
 */
import { writeFileSync } from "node:fs";
import { expect } from "vitest";
import { runCliMeasured, type MeasuredRun } from "./run-cli-measured";

/** A peak resident memory above this on a hostile file fails the test. */
export const HOSTILE_PEAK_MEMORY_MB = 500;

/** Writes `bytes` as `name` in `dir` (under 1 MB: hostile files are built small) and runs `build --orders name` on it. */
export async function buildOnFile(dir: string, name: string, bytes: Buffer | string): Promise<MeasuredRun> {
  expect(Buffer.byteLength(bytes)).toBeLessThan(1 << 20);
  writeFileSync(`${dir}/${name}`, bytes);
  return runCliMeasured(["build", "--orders", name, "--out", "r.xlsx"], dir);
}

export function expectRefused(run: MeasuredRun, ...phrases: string[]): void {
  const about = `exit ${run.code} signal ${run.signal} in ${run.seconds.toFixed(1)} s, ${run.peakMemoryMB} MB\n${run.stderr}`;
  expect(run.code, about).toBe(1);
  for (const phrase of phrases) expect(run.stderr, about).toContain(phrase);
  expect(run.stderr, about).not.toMatch(/TypeError|RangeError|heap out of memory|\n\s+at /);
  expect(run.peakMemoryMB, about).not.toBeNull();
  expect(run.peakMemoryMB!, about).toBeLessThan(HOSTILE_PEAK_MEMORY_MB);
}
