import { describe, expect, it } from "vitest";
import { ProgressLine } from "./progress-line";

function recorder(terminal: boolean) {
  const written: string[] = [];
  let now = 0;
  const line = new ProgressLine((text) => written.push(text), "en-US", terminal, () => now);
  return { line, written, tick: (ms: number) => (now += ms) };
}

describe("ProgressLine on a terminal", () => {
  it("redraws one line in place, at most every 100 ms, and erases it", () => {
    const { line, written, tick } = recorder(true);
    line.begin("reading", "orders.csv", 0);
    line.rows(65_536);
    tick(150);
    line.rows(131_072);
    line.begin("writing", "review.xlsx", null);
    line.finish();
    expect(written).toEqual([
      "\rReading orders.csv… 0 rows\u001b[K",
      "\rReading orders.csv… 131,072 rows\u001b[K",
      "\rWriting review.xlsx…\u001b[K",
      "\r\u001b[K",
    ]);
  });

  it("erases the line before another message, and only once", () => {
    const { line, written } = recorder(true);
    line.begin("detecting", "", 10);
    line.clear();
    line.clear();
    expect(written).toEqual(["\rDetecting tables and columns… 10 rows\u001b[K", "\r\u001b[K"]);
  });

  it("speaks the user's language", () => {
    const written: string[] = [];
    const line = new ProgressLine((text) => written.push(text), "zh-CN", true, () => 0);
    line.begin("computing", "", 150_000);
    expect(written).toEqual(["\r正在计算复盘… 150,000 行\u001b[K"]);
  });
});

describe("ProgressLine in a log", () => {
  it("writes nothing for inputs of 100,000 rows or fewer", () => {
    const { line, written } = recorder(false);
    line.begin("reading", "orders.csv", 0);
    line.rows(100_000);
    line.begin("detecting");
    line.begin("computing");
    line.finish();
    expect(written).toEqual([]);
  });

  it("writes one plain line per stage once the input is over 100,000 rows", () => {
    const { line, written } = recorder(false);
    line.begin("reading", "orders.csv", 0);
    for (let rows = 0; rows <= 150_000; rows += 10_000) line.rows(rows);
    line.begin("reading", "ads.csv", 0);
    line.rows(1_512);
    line.begin("detecting");
    line.begin("computing");
    line.begin("writing", "review.xlsx", null);
    line.finish();
    expect(written).toEqual([
      "Reading orders.csv… 150,000 rows\n",
      "Reading ads.csv… 1,512 rows\n",
      "Detecting tables and columns… 150,000 rows\n",
      "Computing the review… 150,000 rows\n",
      "Writing review.xlsx…\n",
    ]);
  });
});
