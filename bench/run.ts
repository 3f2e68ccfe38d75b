/**
 * `npm run bench`: how fast EC Review is on sheets as large as Excel's (1,048,576 rows).
 * Runs every case, prints one table and writes bench/results.json (the machine and every row).
 * Not part of `npm test`. See bench/README.md for what each case measures.
 *
 *   npm run bench                      the full run: 100,000 and 1,000,000 orders, 1 warm-up, 5 timed runs (3 at a million)
 *   npm run bench -- --quick           10,000 and 100,000 orders, 1 warm-up, 3 runs (a smoke test; results.json not written)
 *   npm run bench -- --only=1,5        only those cases (results.json not written)
 *
 * Adding a case: write `async function myCase(context): Promise<ResultRow[]>` and list it in CASES.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { collectGarbage, formatTable, machineInfo, type BenchCase, type BenchContext, type MachineInfo, type ResultRow } from "./harness";
import { reviewVsDuckDbCase } from "./review-vs-duckdb";
import { customFunctionsCase } from "./custom-functions";
import { memoryCase } from "./memory";
import { commandLineCase } from "./command-line";
import { excelRoundTripsCase } from "./excel-round-trips";
import { taskPaneWeightCase } from "./task-pane-weight";
import { driversVsDuckDbCase } from "./drivers-vs-duckdb";
import { attributionCase } from "./attribution";
import { DIRTY_RATE, SHOP_SEED } from "./shop-fixtures";

const CASES: readonly BenchCase[] = [
  { title: "1 review engine vs DuckDB", run: reviewVsDuckDbCase },
  { title: "2 custom functions at a million rows", run: customFunctionsCase },
  { title: "3 Excel round trips", run: excelRoundTripsCase },
  { title: "4 task pane weight", run: taskPaneWeightCase },
  { title: "5 memory of the million-order review", run: memoryCase },
  { title: "6 command line", run: commandLineCase },
  { title: "7 what drove AOV and repurchase vs DuckDB", run: driversVsDuckDbCase },
  { title: "8 attribution under every model", run: attributionCase },
];

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes("--quick");
  const only = args.find((arg) => arg.startsWith("--only="))?.slice("--only=".length).split(",").map((id) => id.trim());
  const context: BenchContext = {
    warmups: 1,
    runs: quick ? 3 : 5,
    largeRuns: 3,
    sizes: quick ? [10_000, 100_000] : [100_000, 1_000_000],
    largeSize: quick ? 100_000 : 1_000_000,
    log: (message) => process.stderr.write(`${message}\n`),
  };
  if ((globalThis as { gc?: unknown }).gc === undefined) context.log("note: run with --expose-gc (npm run bench does) to collect garbage between runs");

  const started = performance.now();
  const rows: ResultRow[] = [];
  for (const benchCase of CASES) {
    if (only !== undefined && !only.some((id) => benchCase.title.startsWith(`${id} `))) continue;
    context.log(`case ${benchCase.title}`);
    rows.push(...(await benchCase.run(context)));
    collectGarbage();
  }
  const machine = machineInfo();
  const seconds = (performance.now() - started) / 1000;

  console.log(`EC Review benchmark — ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, ${machine.os}, Node ${machine.node}, ${machine.date}`);
  console.log(
    `sample shop: seed ${SHOP_SEED}, ${DIRTY_RATE * 100}% messy cells; ${context.warmups} warm-up + ${context.runs} timed runs per row ` +
    `(${context.largeRuns} at a million rows); ratio = median ÷ the case's reference`,
  );
  if (machine.loadAverage > machine.cores) {
    console.log(`warning: load average ${machine.loadAverage} on ${machine.cores} cores — other processes competed for the CPU; times are inflated`);
  }
  console.log("");
  console.log(formatTable(rows, "text"));
  const notes = rows.filter((row) => row.note !== undefined);
  if (notes.length > 0) {
    console.log("\nnotes:");
    for (const row of notes) {
      const size = row.n === null ? "" : ` (${row.n.toLocaleString("en-US")})`;
      console.log(`  ${row.case} / ${row.name.trim()}${size}: ${row.stats === null ? "not measured yet: " : ""}${row.note}`);
    }
  }
  const failed = rows.filter((row) => row.pass === false);
  console.log(`\n${failed.length === 0 ? "every goal met" : `${failed.length} goal(s) missed`} (${seconds.toFixed(0)} s)`);

  if (!quick && only === undefined) {
    const file = fileURLToPath(new URL("./results.json", import.meta.url));
    const options = { warmups: context.warmups, runs: context.runs, largeRuns: context.largeRuns, sizes: context.sizes, largeSize: context.largeSize, seed: SHOP_SEED, dirtyRate: DIRTY_RATE };
    writeFileSync(file, `${JSON.stringify({ machine, options, seconds, rows, markdown: formatTable(rows, "markdown") }, null, 2)}\n`);
    console.log(`written: ${file}`);
    writePerformanceSection(machine, rows);
  }
}

const PERFORMANCE_START = "<!-- performance:start -->";
const PERFORMANCE_END = "<!-- performance:end -->";

/**
 * Puts the machine and the table of this run between the performance markers of bench/README.md
 * and of the project's README.md (its Performance section).
 */
function writePerformanceSection(machine: MachineInfo, rows: readonly ResultRow[]): void {
  for (const readmePath of ["./README.md", "../README.md"]) writePerformanceSectionOf(fileURLToPath(new URL(readmePath, import.meta.url)), machine, rows);
}

function writePerformanceSectionOf(file: string, machine: MachineInfo, rows: readonly ResultRow[]): void {
  const readme = readFileSync(file, "utf8");
  const start = readme.indexOf(PERFORMANCE_START);
  const end = readme.indexOf(PERFORMANCE_END);
  if (start < 0 || end < start) return;
  const section = [
    PERFORMANCE_START,
    `Measured ${machine.date.slice(0, 10)} on ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, ${machine.os}, ` +
      `Node ${machine.node} (1-minute load average ${machine.loadAverage} at the end of the run${machine.loadAverage > machine.cores ? ": other processes were competing for the CPU" : ""}).`,
    "",
    formatTable(rows, "markdown"),
    "",
    "n is orders (case 1, 5, 7) or rows passed to the function (case 2, the header excluded, 5 trailing blank rows included); " +
      "ratio is the median ÷ the reference's median (case 1: DuckDB; case 2: a plain for-loop over the amounts column; case 7: DuckDB's SQL for the same analysis).",
    PERFORMANCE_END,
  ].join("\n");
  writeFileSync(file, readme.slice(0, start) + section + readme.slice(end + PERFORMANCE_END.length));
  console.log(`written: ${file} (Performance section)`);
}

await main();
