/**
 * Profiles one of the benchmark's measurements, and only it: after a warm-up, the measured call
 * runs `runs` times, each under V8's CPU profiler (garbage from the previous run collected first,
 * outside the profile), and each profile is written to a directory that
 * bench/profile-summary.mjs reads.
 *
 *   node --expose-gc --import ./bench/ts-loader.mjs bench/profile-case.ts review 1000000
 *   node bench/profile-summary.mjs /tmp/ec-bench-profile-review
 *
 * Targets: review, read, summarize (case 1's engine side), and the ids of case 2's calls
 * (aov, aov-statuses, aov-numbers, pricebands, repurchase, retention, channels).
 */
import { Session } from "node:inspector";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { collectGarbage } from "./harness";
import { shopTables } from "./shop-fixtures";
import { readReviewInputs } from "./review-pipeline";
import { callFunction, excelFunctionCalls } from "./custom-functions";
import * as functions from "../src/functions/functions";
import { summarizeReview } from "../src/review/review-summary";

function post<T>(session: Session, method: string): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, (error, result) => (error ? reject(error) : resolve(result as T))));
}

function target(name: string, orders: number): () => unknown {
  if (name === "review" || name === "read" || name === "summarize") {
    const sheets = shopTables(orders);
    if (name === "review") return () => summarizeReview(readReviewInputs(sheets));
    if (name === "read") return () => readReviewInputs(sheets);
    const inputs = readReviewInputs(sheets);
    return () => summarizeReview(inputs);
  }
  const call = excelFunctionCalls(orders).calls.find((c) => c.id === name);
  if (call === undefined) throw new Error(`unknown target ${name}`);
  const args = call.args();
  return () => callFunction(functions, call.functionName, args);
}

async function main(): Promise<void> {
  const [name = "review", ordersText = "1000000", runsText = "3"] = process.argv.slice(2);
  const body = target(name, Number(ordersText));
  const directory = path.join(tmpdir(), `ec-bench-profile-${name}`);
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  const session = new Session();
  session.connect();
  await post(session, "Profiler.enable");
  collectGarbage();
  body();
  for (let run = 0; run < Number(runsText); run++) {
    collectGarbage();
    await post(session, "Profiler.start");
    const start = performance.now();
    body();
    const ms = performance.now() - start;
    const { profile } = await post<{ profile: unknown }>(session, "Profiler.stop");
    writeFileSync(path.join(directory, `run-${run + 1}.cpuprofile`), JSON.stringify(profile));
    console.log(`${name} run ${run + 1}: ${ms.toFixed(0)} ms`);
  }
  session.disconnect();
  console.log(`profiles: ${directory}`);
}

await main();
