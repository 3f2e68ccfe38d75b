/**
 * Runs the command line as the operator runs it — a separate Node process on src/cli/main.ts —
 * and measures what the hostile-file tests promise: exit code, output, peak resident memory and
 * elapsed time. The sources are run through bench/ts-loader.mjs, so no build is needed.
 *
 * Peak memory is the child's own `process.resourceUsage().maxRSS`, written at exit by
 * peak-memory.cjs; a process killed by the operating system (out of memory) has no figure and
 * reports `peakMemoryMB: null` with its signal. Elapsed time is reported for the message of a
 * failing assertion only: tests hold time limits generous enough for a loaded machine.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface MeasuredRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Peak resident set size of the child, in MB (null when it was killed before it could say). */
  readonly peakMemoryMB: number | null;
  readonly seconds: number;
}

/** Output kept per stream: a run that floods the terminal is still measured, its text cut. */
const OUTPUT_CAP = 4 << 20;

/**
 * Runs `ec-review <args>` in `cwd` (English messages), killing it after `killAfterSeconds`
 * (default 300: a safety net for a hung run, not a time limit under test).
 */
export function runCliMeasured(args: readonly string[], cwd: string, options: { killAfterSeconds?: number; env?: NodeJS.ProcessEnv } = {}): Promise<MeasuredRun> {
  const scratch = mkdtempSync(path.join(tmpdir(), "ec-review-peak-"));
  const peakFile = path.join(scratch, "peak");
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, ["--require", path.join(ROOT, "test/support/peak-memory.cjs"), "--import", path.join(ROOT, "bench/ts-loader.mjs"), path.join(ROOT, "src/cli/main.ts"), ...args], {
    cwd,
    env: { ...process.env, LANG: "en_US.UTF-8", LC_ALL: "", EC_REVIEW_PEAK_MEMORY_FILE: peakFile, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const collect = (stream: NodeJS.ReadableStream) => {
    let text = "";
    stream.setEncoding("utf8");
    stream.on("data", (chunk: string) => {
      if (text.length < OUTPUT_CAP) text += chunk.slice(0, OUTPUT_CAP - text.length);
    });
    return () => text;
  };
  const stdout = collect(child.stdout);
  const stderr = collect(child.stderr);
  const timer = setTimeout(() => child.kill("SIGKILL"), (options.killAfterSeconds ?? 300) * 1000);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      let peakMemoryMB: number | null = null;
      try {
        peakMemoryMB = Number(readFileSync(peakFile, "utf8")) / 1024;
      } catch {
        peakMemoryMB = null;
      }
      rmSync(scratch, { recursive: true, force: true });
      resolve({ code, signal, stdout: stdout(), stderr: stderr(), peakMemoryMB, seconds: Number(process.hrtime.bigint() - started) / 1e9 });
    });
  });
}
