/**
 * The one runner of the `EC.` functions: reads every argument as its catalog entry declares it
 * (omitted → default, scalars read and range-checked, ranges flattened with their sheet address),
 * checks that the ranges that must line up do, runs the compute step and turns its result or its
 * error into cells. It never throws into Excel: an error is a `CustomFunctions.Error` with its
 * message, a NaN or ±Infinity result is #NUM! (see `guarded` and `toCellNumber`).
 */
import { translate, type Locale, type MessageKey } from "../../i18n/messages";
import { isMetricError, metricError, type MetricError } from "../../engine/metric-error";
import { checkAligned, isOmitted, rangeArgument, readNumbers, readScalar, readScalarDate, readTotal, type RangeArgument } from "../arguments";
import { guarded, toCellNumber, type ExcelScalar } from "../excel-values";
import { currentLocale } from "../locale";
import { isRangeParameter, type ArgumentsOf, type ComputeResult, type FunctionEntry, type ParameterSpec, type ValueParameter } from "./function-entry";

/** A compute step's early exit with an error value (see `need`); caught by the runner only. */
class ArgumentFailure {
  constructor(readonly error: MetricError) {}
}

/**
 * The value, or — for an error — leaves the compute step, which the runner answers with that error.
 * Only for compute steps the runner calls: it keeps each reading step one line instead of a
 * `if (isMetricError(x)) return x;` after every read.
 */
export function need<T>(value: T | MetricError): T {
  if (isMetricError(value)) throw new ArgumentFailure(value);
  return value;
}

/** A label in the user's language (table headers, band names). */
export function label(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  return translate(locale, key, params);
}

/** A spilled table's header row: each label in the user's language. */
export function header(locale: Locale, keys: readonly MessageKey[]): string[] {
  return keys.map((key) => label(locale, key));
}

function addressOf(invocation: CustomFunctions.Invocation | undefined, index: number): string | undefined {
  return invocation?.parameterAddresses?.[index];
}

/** One scalar argument read as its spec says; `undefined` for an optional one left out without default. */
function readScalarArgument(spec: ParameterSpec, value: unknown, address: string | undefined): number | string | boolean | undefined | MetricError {
  switch (spec.kind) {
    case "boolean":
      return value === true;
    case "text": {
      const text = isOmitted(value) ? spec.choices[0] : String(value).trim().toLowerCase();
      if (!spec.choices.includes(text)) return metricError("VALUE", "argument.unknownMode", { found: String(value), expected: spec.choices.map((choice) => `"${choice}"`).join(", ") });
      return text;
    }
    case "total":
      return readTotal(value, spec.what, address);
    case "date":
      return readScalarDate(value, spec.what, address);
    default: {
      if (spec.optional === true && spec.default === undefined && isOmitted(value)) return undefined;
      const number = readScalar(value, spec.what, spec.default, address);
      if (isMetricError(number) || spec.limits === undefined) return number;
      const { min, max } = spec.limits;
      return number >= min && number <= max ? number : metricError("NUM", "argument.outOfRange", { what: spec.what, min, max, found: number });
    }
  }
}

/** A list argument's numbers, blanks dropped; empty when it is left out. */
function readList(spec: ValueParameter, value: unknown, address: string | undefined): number[] {
  if (isOmitted(value)) return [];
  const numbers = need(readNumbers(need(rangeArgument(value, spec.what, address))));
  return Array.from(numbers).filter((number) => number === number);
}

/** Whether the argument is read with the ranges (in their order), not with the scalars before them. */
function readWithRanges(spec: ParameterSpec): boolean {
  return isRangeParameter(spec) || spec.kind === "list";
}

/**
 * Every argument read, by name: the scalars first (in order), then the entry's scalar check, then
 * the ranges and lists (in order), then the ranges given together and lined up; the first problem
 * is the error.
 */
function readArguments<P extends readonly ParameterSpec[]>(
  entry: FunctionEntry<P>, values: readonly unknown[], invocation: CustomFunctions.Invocation | undefined,
): ArgumentsOf<P> | MetricError {
  const args: Record<string, unknown> = {};
  entry.parameters.forEach((spec, index) => {
    if (readWithRanges(spec)) return;
    args[spec.name] = need(readScalarArgument(spec, values[index], addressOf(invocation, index)));
  });
  const read = args as ArgumentsOf<P>;
  need(entry.checkScalars?.(read) ?? null);
  entry.parameters.forEach((spec, index) => {
    const value = values[index];
    if (spec.kind === "list") args[spec.name] = readList(spec, value, addressOf(invocation, index));
    if (!isRangeParameter(spec)) return;
    args[spec.name] = spec.optional === true && isOmitted(value) ? undefined : need(rangeArgument(value, spec.what, addressOf(invocation, index)));
  });
  const range = (name: string) => args[name] as RangeArgument | undefined;
  for (const [first, second] of entry.together ?? []) {
    const [given, missing] = range(first) === undefined ? [range(second), first] : [range(first), second];
    if (given !== undefined && range(missing) === undefined) {
      const spec = entry.parameters.find((parameter) => parameter.name === missing) as ValueParameter; // `together` names ranges only
      return metricError("VALUE", "cell.lengthMismatch", { what: spec.what, found: 0, reference: given.what, expected: given.length });
    }
  }
  for (const group of entry.align ?? []) {
    const [reference, ...others] = group.map(range);
    if (reference === undefined) continue;
    need(checkAligned(reference, ...others));
  }
  return read;
}

function cellsOf(result: ComputeResult, locale: Locale): ExcelScalar | ExcelScalar[][] | MetricError {
  return typeof result === "number" ? toCellNumber(result, locale) : result;
}

/**
 * Runs `entry` on the arguments Excel passed, in parameter order (`values[i]` is parameter i, as
 * `invocation.parameterAddresses[i]` is its address). Always a 2-D array of cells.
 */
export function runFunction<P extends readonly ParameterSpec[]>(
  entry: FunctionEntry<P>, values: readonly unknown[], invocation?: CustomFunctions.Invocation,
): ExcelScalar[][] {
  const locale = currentLocale();
  return guarded(locale, () => {
    try {
      const args = readArguments(entry, values, invocation);
      if (isMetricError(args)) return args;
      return cellsOf(entry.compute(args, locale), locale);
    } catch (exception) {
      if (exception instanceof ArgumentFailure) return exception.error;
      throw exception;
    }
  });
}
