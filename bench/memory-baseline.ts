/**
 * The resident set of a process that runs the way memory-child.ts runs — Node, `--expose-gc`, the
 * benchmark's type-stripping loader (which keeps the TypeScript compiler in a thread of its own) —
 * and does nothing: what memory.ts subtracts from memory-child's peak to get the memory the sheets
 * and the review take. Prints one JSON line: `{ "peakRssMB": … }`.
 */
import { readFileSync } from "node:fs";

const match = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync("/proc/self/status", "utf8"));
const peakRssMB = match === null ? process.resourceUsage().maxRSS / 1024 : Number(match[1]) / 1024;
process.stdout.write(`${JSON.stringify({ peakRssMB })}\n`);
