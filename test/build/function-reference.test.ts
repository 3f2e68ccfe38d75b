/**
 * The README's function reference is generated from the function catalog's texts and examples
 * (scripts/function-reference.mjs): it must be up to date, and
 * every function must have an example that calls it.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { END_MARKER, START_MARKER, functionReference, withReference } from "../../scripts/function-reference.mjs";
import { FUNCTION_CATALOG } from "../../src/functions/catalog";

const FUNCTION_EXAMPLES = Object.fromEntries(FUNCTION_CATALOG.map((entry) => [entry.id, entry.example.formula]));

const README = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

describe("README function reference", () => {
  it("matches what scripts/function-reference.mjs generates (run it after changing a function)", async () => {
    const reference = await functionReference();
    expect(withReference(README, reference)).toBe(README);
  });

  it("documents every function with an example that calls it", async () => {
    const reference = await functionReference();
    const section = reference.slice(reference.indexOf(START_MARKER), reference.indexOf(END_MARKER));
    const names = [...section.matchAll(/^### EC\.(\w+)$/gm)].map((match) => match[1]);
    expect(names).toEqual(FUNCTION_CATALOG.map((entry) => entry.id));
    for (const name of names) {
      expect(FUNCTION_EXAMPLES[name], name).toMatch(new RegExp(`^=EC\\.${name}\\(`));
      expect(section).toContain(`Example: \`${FUNCTION_EXAMPLES[name]}\``);
    }
  });

  it("documents the order-id argument of the functions that count orders, in English and Chinese", async () => {
    const reference = await functionReference();
    for (const name of ["GMV", "AOV", "PRICEBANDS", "REPURCHASE", "RETENTION", "RFM", "CHANNELS"]) {
      const start = reference.indexOf(`### EC.${name}\n`);
      const entry = reference.slice(start, reference.indexOf("\n### ", start + 1));
      expect(entry, name).toMatch(new RegExp(`^\`EC\\.${name}\\(.*, \\[orderIds\\]\\)\``, "m"));
      const row = entry.split("\n").find((line) => line.startsWith("| `orderIds (optional)` |"));
      expect(row, name).toContain("rows sharing an order id count as one order");
      expect(row, name).toContain("订单编号相同的行算作一笔订单");
      expect(FUNCTION_EXAMPLES[name], name).toMatch(/, A2:A5001\)$/);
    }
  });
});
