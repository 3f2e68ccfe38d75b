/**
 * What the files hold never reaches the terminal raw: escape sequences escaped, long values cut,
 * long lists summarized.
 */
import { writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ORDER_LEVEL_HEADERS, writeOrderLevelFile } from "../../test/support/export-writers";
import { runCliMeasured } from "../../test/support/run-cli-measured";
import { generateShopOrders } from "../../test/support/shop-orders";
import { runCaptured, scratchFolder } from "../../test/support/cli-test-harness";
import { listParams, terminalText } from "./terminal-text";

const ESC = "\u001b";
const BEL = "\u0007";
const TITLE = `${ESC}]0;pwned${BEL}`;
const CLEAR = `${ESC}[2J`;
const CLIPBOARD = `${ESC}]52;c;cm0gLXJmIH4=${BEL}`;
/** Anything a terminal acts on rather than shows; a line break only ends a line. */
// eslint-disable-next-line no-control-regex -- the test looks for the control characters themselves
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/;

describe("terminalText", () => {
  it("escapes C0, DEL, C1 and bidi controls", () => {
    expect(terminalText(`${TITLE}Amount`)).toBe("\\x1b]0;pwned\\x07Amount");
    expect(terminalText(CLEAR)).toBe("\\x1b[2J");
    expect(terminalText(CLIPBOARD)).toBe("\\x1b]52;c;cm0gLXJmIH4=\\x07");
    expect(terminalText("a\u009b31mb\u007fc\r\nd\te")).toBe("a\\x9b31mb\\x7fc\\x0d\\x0ad\\x09e");
    expect(terminalText("user\u202egnp.exe\u2066x\u2069")).toBe("user\\u202egnp.exe\\u2066x\\u2069");
    expect(terminalText("实付金额 Amount")).toBe("实付金额 Amount");
  });

  it("cuts a long value to its width with its size, reading no more than it shows", () => {
    const huge = "x".repeat(50_000_000);
    expect(terminalText(huge)).toBe(`${"x".repeat(79)}… (50,000,000 characters)`);
    // Reading no more than it shows, counted rather than timed: a text of 50,000,000 characters that
    // counts the characters read of it.
    let reads = 0;
    const counting = { length: 50_000_000, codePointAt: () => (reads++, 0x78) } as unknown as string;
    expect(terminalText(counting)).toBe(`${"x".repeat(79)}… (50,000,000 characters)`);
    expect(reads).toBe(80);
    // Wide characters take two columns.
    expect(terminalText("汉".repeat(100), 10)).toBe(`${"汉".repeat(4)}… (100 characters)`);
    expect(terminalText("汉".repeat(100), 10, "zh-CN")).toContain("共 100 个字符");
    // Escapes count as what they show.
    expect(terminalText(ESC.repeat(100), 20).startsWith("\\x1b\\x1b\\x1b\\x1b…")).toBe(true);
    expect(terminalText("x".repeat(80))).toBe("x".repeat(80));
  });

  it("summarizes a list: the first ten, and how many more", () => {
    const renames = Array.from({ length: 16_383 }, (_, i) => `A → A (${i + 2})`);
    expect(listParams("headers", renames)).toEqual({ headers: renames.slice(0, 10).join(", "), headersMore: 16_373 });
    expect(listParams("headers", ["a", CLEAR], { quote: true })).toEqual({ headers: '"a", "\\x1b[2J"', headersMore: 0 });
  });
});

describe("the command line's output", () => {
  const scratch = scratchFolder("ec-review-term-");
  let orders: string;
  beforeAll(() => {
    orders = writeOrderLevelFile(generateShopOrders({ seed: 5, orders: 300, from: "2025-01", to: "2025-06" }));
  });
  afterAll(() => scratch.remove());

  /** The order file with `extra` headers after its own (the data rows are shorter: blank cells). */
  const withHeaders = (extra: readonly string[]) => {
    const lines = orders.split("\r\n");
    lines[0] = `\uFEFF${[...ORDER_LEVEL_HEADERS, ...extra].map((h) => (/[",\r\n]/.test(h) ? `"${h.replace(/"/g, '""')}"` : h)).join(",")}`;
    return lines.join("\r\n");
  };

  it("escapes headers and file names holding escape sequences (title, clear screen, OSC 52 clipboard)", async () => {
    const hostile = [TITLE, TITLE, CLEAR, CLEAR, CLIPBOARD, CLIPBOARD, "x\u202eevil"];
    const name = `orders${CLEAR}.csv`;
    writeFileSync(scratch.file(name), withHeaders(hostile));
    const result = await runCaptured(["build", "--orders", name, "--out", "hostile.xlsx"], scratch.dir);
    expect(result.code).toBe(0);
    expect(result.stderr + result.stdout).not.toMatch(UNSAFE);
    expect(result.stderr).toContain("\\x1b]0;pwned\\x07 → \\x1b]0;pwned\\x07 (2)");
    expect(result.stderr).toContain("\\x1b]52;c;");
    expect(result.stderr).toContain("orders\\x1b[2J.csv");
    // A table that cannot be read lists its hostile headers escaped too.
    writeFileSync(scratch.file("nothing.csv"), `${TITLE},${CLIPBOARD},x\r\n1,2,3\r\n`);
    const missing = await runCaptured(["build", "--orders", "nothing.csv", "--out", "n.xlsx"], scratch.dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).not.toMatch(UNSAFE);
    // (The semicolons of the sequences make the sniffer read ";" as the delimiter: the pieces are still escaped.)
    expect(missing.stderr).toContain('"\\x1b]0');
    expect(missing.stderr).toContain("pwned\\x07");
  });

  it("lists 16,383 renamed duplicate headers on one summarized line", async () => {
    // 16,384 columns, as many as an Excel sheet has, all named "A": no order table, but first the renames.
    writeFileSync(scratch.file("wide.csv"), `${Array.from({ length: 16_384 }, () => "A").join(",")}\r\n${Array.from({ length: 16_384 }, () => "1").join(",")}\r\n`);
    const result = await runCaptured(["build", "--orders", "wide.csv", "--out", "wide.xlsx"], scratch.dir);
    expect(result.code).toBe(1);
    // The headers the error lists are summarized too.
    expect(result.stderr).toMatch(/Headers found: "A", "A \(2\)", .* and 16,374 more\./);
    const lines = result.stderr.split("\n").filter((line) => line.includes("duplicate column names renamed"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("(16,383)");
    expect(lines[0]).toContain("A → A (2), A → A (3)");
    expect(lines[0]).toContain("and 16,373 more");
    expect(lines[0].length).toBeLessThan(1000);
    expect(result.stderr.length).toBeLessThan(20_000);
  });

  it("keeps stderr small for a 50 MB header line", async () => {
    const big = "H".repeat(25_000_000);
    writeFileSync(scratch.file("big.csv"), withHeaders([big, big]));
    const result = await runCliMeasured(["build", "--orders", "big.csv", "--out", "big.xlsx"], scratch.dir);
    expect(result.stderr.length, result.stderr.slice(0, 2000)).toBeLessThan(100_000);
    expect(result.stdout.length).toBeLessThan(100_000);
    expect(result.stderr).toMatch(/HHHH… \(\d{2},\d{3},\d{3} characters\)/);
    expect(result.code).toBe(0);
  }, 300_000);
});
