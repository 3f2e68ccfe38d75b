/**
 * What an `EC.` function is, as data: its parameters (kind, optional, default, limits, which ranges
 * line up), its texts in both languages, its worked example and its compute step. The runner
 * (runner.ts) reads and checks the arguments from this description once for every function; the
 * JSDoc exports of functions.ts, the zh-CN metadata, the pane's catalog and the README's reference
 * are generated from it. This is HyperFormula's shape (src/interpreter/plugin/*.ts there: each
 * plugin's `implementedFunctions` lists parameters as data, FunctionPlugin runs them).
 */
import type { Locale, MessageKey } from "../../i18n/messages";
import type { MetricError } from "../../engine/metric-error";
import type { RangeArgument } from "../arguments";
import type { ExcelScalar } from "../excel-values";

/**
 * Range kinds arrive as a `RangeArgument`: shaped, addressed and lined up by the runner, its cells
 * not yet read. The kind says what the cells hold (`amounts` and `numbers` read as numbers, `keys`
 * and `orderIds` as ids, `dates` as dates, `statuses` as order statuses; see arguments.ts). The
 * compute step reads them, because which reads a call needs depends on the other arguments (AOV
 * without buyers sums its amounts in one pass and keeps nothing).
 */
export type RangeKind = "amounts" | "numbers" | "keys" | "dates" | "statuses" | "orderIds";

/**
 * Scalar kinds arrive read: `total` the sum of one number or a range, `number` one number (12% is
 * 0.12), `date` one date as an Excel serial, `text` one of `choices`, `boolean` TRUE or not.
 */
export type ScalarKind = "total" | "number" | "date" | "text" | "boolean";

/**
 * A short list of numbers given as a range or an array constant ({50,100,200}), read in full where
 * it stands among the ranges, its blank cells dropped: PRICEBANDS' edges. Left out (or all blank),
 * it is an empty list.
 */
export type ListKind = "list";

export type ParameterKind = RangeKind | ScalarKind | ListKind;

/** One parameter's name and description in one language. */
export interface ParameterText {
  /** The name Excel shows in the formula tooltip (and the README / the pane show). */
  readonly name: string;
  readonly description: string;
}

interface ParameterBase {
  /** The JavaScript name, also the English name Excel shows: `amounts`. */
  readonly name: string;
  readonly optional?: boolean;
  readonly en: string;
  readonly zh: ParameterText;
}

/** A range, a total, a number or a date: read from cells, so a message may have to name it. */
export interface ValueParameter extends ParameterBase {
  readonly kind: Exclude<ParameterKind, "text" | "boolean">;
  /** How error messages name the argument ("The amounts: …"). */
  readonly what: MessageKey;
  /** `number` kind: the value when the argument is left out (an engine constant, never a literal). */
  readonly default?: number;
  /** `number` kind: the inclusive range a value must fall in, else #NUM!. */
  readonly limits?: { readonly min: number; readonly max: number };
}

/** One of a few words (ROI's "gmv" / "profit"). */
export interface ChoiceParameter extends ParameterBase {
  readonly kind: "text";
  /** The accepted values, lower case, the first the default. */
  readonly choices: readonly string[];
}

/** TRUE or not (anything else, or nothing, is FALSE). */
export interface FlagParameter extends ParameterBase {
  readonly kind: "boolean";
}

export type ParameterSpec = ValueParameter | ChoiceParameter | FlagParameter;

/** The description of a function and of what it returns, in one language. */
export interface FunctionText {
  readonly description: string;
  /** What the function returns; Excel's metadata has no place for it, functions.json's @returns does. */
  readonly result: string;
}

type RangeValue<S extends ParameterSpec> = S["optional"] extends true ? RangeArgument | undefined : RangeArgument;
type NumberValue<S extends ParameterSpec> = S["optional"] extends true ? (S extends { readonly default: number } ? number : number | undefined) : number;

/** The value the runner hands the compute step for a parameter of this spec. */
export type ArgumentValue<S extends ParameterSpec> =
  S["kind"] extends RangeKind ? RangeValue<S>
    : S["kind"] extends "list" ? readonly number[]
      : S["kind"] extends "total" ? number
        : S["kind"] extends "number" ? NumberValue<S>
          : S["kind"] extends "date" ? number | undefined
            : S["kind"] extends "text" ? string
              : boolean;

/** The arguments of a function, by parameter name, as the compute step receives them. */
export type ArgumentsOf<P extends readonly ParameterSpec[]> = { readonly [S in P[number] as S["name"]]: ArgumentValue<S> };

/** What a compute step returns: a number (checked for NaN/∞ by the runner), cells, or an error. */
export type ComputeResult = number | ExcelScalar | ExcelScalar[][] | MetricError;

type ParameterName<P extends readonly ParameterSpec[]> = P[number]["name"];

/** The message of an error a function can return: `cell.…`, `argument.…` or `result.…` in the string tables. */
export type ErrorKey = Extract<MessageKey, `cell.${string}` | `argument.${string}` | `result.${string}`>;

/**
 * An error of a compute step: its message, and where the string tables' general reason for it
 * (`help.error.…`) would say too little, why this function returns it, in both languages.
 */
export type ErrorSpec = ErrorKey | { readonly key: ErrorKey; readonly en: string; readonly zh: string };

export interface FunctionEntry<P extends readonly ParameterSpec[] = readonly ParameterSpec[]> {
  /** The `EC.` id: `EC.AOV`. */
  readonly id: string;
  /** The export of functions.ts Excel calls (and the tests and the benchmark import). */
  readonly exportName: string;
  /** The engine function the compute step ends in, so that a search for either finds both. */
  readonly engine: string;
  readonly en: FunctionText;
  readonly zh: FunctionText;
  readonly parameters: P;
  /**
   * Ranges that must have as many rows as each other, one list per group, the first the reference
   * the message names; checked in this order after every argument is read.
   */
  readonly align?: readonly (readonly ParameterName<P>[])[];
  /**
   * Optional ranges given together or not at all (spend channels with spend amounts): one left
   * out is a length mismatch of 0 rows against the other.
   */
  readonly together?: readonly (readonly [ParameterName<P>, ParameterName<P>])[];
  /**
   * Whether Excel passes the arguments' addresses (`@requiresParameterAddresses`), so that a message
   * can name the bad cell. Default true; false for a function of plain numbers only.
   */
  readonly addresses?: boolean;
  /**
   * A formula ready to insert (on the sheet layout described in the README), and what it returns,
   * in English (`result`) and Chinese (`resultZh`).
   */
  readonly example: { readonly formula: string; readonly result: string; readonly resultZh: string };
  /**
   * The errors of the compute step (and of the engine function it ends in), by message; those of
   * reading the arguments follow from the parameters and are not listed (see function-errors.ts).
   * The help pages list both, and a test holds them to what the function returns.
   */
  readonly errors: readonly ErrorSpec[];
  /**
   * Checks the scalar arguments together, before any range is looked at (a band whose low edge is
   * above its high edge is one error, even when every cell is blank).
   */
  readonly checkScalars?: (args: ArgumentsOf<P>) => MetricError | null;
  /** The function itself, over read arguments: calls the engine, shapes its result for cells. */
  readonly compute: (args: ArgumentsOf<P>, locale: Locale) => ComputeResult;
}

/**
 * Declares one catalog entry, keeping its parameters' literal types so that `compute` receives
 * each argument by name with the type its kind gives.
 */
export function defineFunction<const P extends readonly ParameterSpec[]>(entry: FunctionEntry<P>): FunctionEntry<P> {
  return entry;
}

const RANGE_KINDS: ReadonlySet<ParameterKind> = new Set<RangeKind>(["amounts", "numbers", "keys", "dates", "statuses", "orderIds"]);

/** Whether the parameter is a range the compute step reads itself (the runner only shapes it). */
export function isRangeParameter(spec: ParameterSpec): spec is ValueParameter & { readonly kind: RangeKind } {
  return RANGE_KINDS.has(spec.kind);
}
