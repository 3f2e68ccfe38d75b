/**
 * The functions whose result is one value, as the tests read them: Excel receives a 1 × 1 array
 * from each (see `guarded` in src/functions/excel-values.ts); these wrappers assert exactly that
 * shape and hand the tests the single value inside.
 */
import { expect } from "vitest";
import * as functions from "../../src/functions/functions";

export function singleCell(result: unknown): unknown {
  expect(Array.isArray(result) && result.length === 1 && Array.isArray(result[0]) && result[0].length === 1).toBe(true);
  return (result as unknown[][])[0][0];
}

type Single<F extends (...args: never[]) => unknown> = (...args: Parameters<F>) => unknown;
const single = <F extends (...args: never[]) => unknown>(f: F): Single<F> => (...args) => singleCell(f(...args));

export const gmvFunction = single(functions.gmvFunction);
export const aovFunction = single(functions.aovFunction);
export const marginFunction = single(functions.marginFunction);
export const roiFunction = single(functions.roiFunction);
export const cacFunction = single(functions.cacFunction);
export const conversionFunction = single(functions.conversionFunction);
export const repurchaseFunction = single(functions.repurchaseFunction);
