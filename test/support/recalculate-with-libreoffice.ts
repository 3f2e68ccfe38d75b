/**
 * An independent check of a workbook's formulas: LibreOffice opens the .xlsx, calculates every
 * formula itself and saves a copy, whose values are read back. Comparing them with the results
 * the engine computed (and the writer cached) shows that the native formulas in the review
 * compute what the engine computed.
 *
 * LibreOffice does not recalculate an .xlsx on load by default: it keeps the cached results the
 * file carries (see `convertWithLibreOffice`). Two things make sure it calculates:
 * 1. the cached results are removed before LibreOffice opens the file (`withoutCachedResults`);
 *    LibreOffice always calculates a formula that has no stored result;
 * 2. its profile sets "recalculate on load: always" (`recalculateOnLoad`).
 * Either is enough; the first keeps working if a LibreOffice version renames the setting.
 *
 * Node only (it runs soffice); tests use it, the add-in does not.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { a1, type SheetLayout } from "../../src/review/sheet-layout";
import { convertWithLibreOffice } from "./libreoffice-render";
import { readWorkbookCells, withoutCachedResults, type StoredValue } from "./workbook-cells";

/**
 * Every non-empty cell's value after LibreOffice recalculated the workbook, keyed "Sheet!A1"
 * (sheet name unquoted). A formula cell gives its result: a number, a string ("" for an empty
 * text result), a boolean or `{ error: "#DIV/0!" }`.
 */
export async function recalculateWithLibreOffice(xlsx: Uint8Array, options: { timeoutMs?: number } = {}): Promise<Map<string, StoredValue | null>> {
  const dir = await mkdtemp(join(tmpdir(), "lo-recalc-"));
  try {
    const input = join(dir, "workbook.xlsx");
    await writeFile(input, await withoutCachedResults(xlsx));
    const outDir = join(dir, "recalculated");
    await mkdir(outDir);
    const output = await convertWithLibreOffice(input, "xlsx", outDir, { timeoutMs: options.timeoutMs, recalculateOnLoad: true });
    const cells = await readWorkbookCells(new Uint8Array(await readFile(output)));
    return new Map([...cells].map(([address, cell]) => [address, cell.value]));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export interface FormulaMismatch {
  /** "Sheet!A1". */
  readonly address: string;
  readonly formula: string;
  readonly expected: string | number | null;
  readonly actual: StoredValue | null | undefined;
}

/** Relative tolerance for numbers: the same formula in two engines may sum in another order. */
const RELATIVE_TOLERANCE = 1e-9;
/** Below this, two numbers count as equal whatever their ratio (0 against 1e-17). */
const ABSOLUTE_TOLERANCE = 1e-12;

function sameResult(expected: string | number | null, actual: StoredValue | null | undefined): boolean {
  // An empty text result and no result are both a blank-looking cell.
  if (expected === null || expected === "") return actual === null || actual === undefined || actual === "";
  if (typeof expected === "number") {
    if (typeof actual !== "number") return false;
    const difference = Math.abs(expected - actual);
    return difference <= ABSOLUTE_TOLERANCE || difference <= RELATIVE_TOLERANCE * Math.max(Math.abs(expected), Math.abs(actual));
  }
  return actual === expected;
}

/**
 * The formula cells of `layout` whose value in `values` (from `recalculateWithLibreOffice`)
 * differs from the layout's `result`: numbers beyond a 1e-9 relative difference, text that is not
 * identical. Empty when every formula computes what the engine computed.
 */
export function formulaResultMismatches(layout: SheetLayout, values: ReadonlyMap<string, StoredValue | null>): FormulaMismatch[] {
  const mismatches: FormulaMismatch[] = [];
  for (const cell of layout.cells) {
    if (cell.formula === undefined) continue;
    const address = `${layout.name}!${a1(cell.row, cell.column)}`;
    const expected = cell.result ?? null;
    const actual = values.get(address);
    if (!sameResult(expected, actual)) mismatches.push({ address, formula: cell.formula, expected, actual });
  }
  return mismatches;
}
