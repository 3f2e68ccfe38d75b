/**
 * The functions with the most self time in V8 CPU profiles: those `node --cpu-prof` writes, or
 * those bench/profile-case.ts writes around the measured calls only.
 *
 *   node bench/profile-summary.mjs <file.cpuprofile | directory> [how many, default 25]
 *
 * A directory's profiles are added together. Shares are of the busy time (idle left out).
 * Line numbers are those of the transpiled TypeScript (types stripped), close to the source's.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const [given, countText = "25"] = process.argv.slice(2);
if (given === undefined) {
  console.error("usage: node bench/profile-summary.mjs <file.cpuprofile | directory> [count]");
  process.exit(2);
}

const files = statSync(given).isDirectory()
  ? readdirSync(given).filter((name) => name.endsWith(".cpuprofile")).map((name) => path.join(given, name))
  : [given];

/** Self time per function (its name and where it is), in microseconds, over every profile. */
const selfMicros = new Map();
for (const file of files) {
  const profile = JSON.parse(readFileSync(file, "utf8"));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (let i = 0; i < profile.samples.length; i++) {
    const frame = byId.get(profile.samples[i]).callFrame;
    const where = frame.url ? `${frame.url.replace(/^.*\/(src|bench|node_modules)\//, "$1/")}:${frame.lineNumber + 1}` : "";
    const key = `${frame.functionName || "(anonymous)"} ${where}`.trim();
    selfMicros.set(key, (selfMicros.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
}

// "dispatch" is the inspector answering Profiler.stop (bench/profile-case.ts), not measured work.
const busy = [...selfMicros].reduce((sum, [key, micros]) => (key === "(idle)" || key === "dispatch" ? sum : sum + micros), 0);
const rows = [...selfMicros].filter(([key]) => key !== "(idle)" && key !== "dispatch").sort((a, b) => b[1] - a[1]).slice(0, Number(countText));
console.log(`${files.length} profile(s), busy ${(busy / 1000).toFixed(0)} ms`);
for (const [name, micros] of rows) {
  console.log(`${(micros / 1000).toFixed(0).padStart(7)} ms ${((100 * micros) / busy).toFixed(1).padStart(5)}%  ${name}`);
}
