/**
 * The one stand-in for what Excel's custom functions runtime gives functions.ts, for running the
 * `EC.` functions under Node: the globals `CustomFunctions` (`Error` and `ErrorCode` with the same
 * shape and values as in @types/custom-functions-runtime, the codes being the displayed error
 * texts; `associate` a no-op) and `Office.context.displayLanguage`, and the invocation Excel passes
 * last, with `parameterAddresses` because of `@requiresParameterAddresses`.
 *
 * The tests get the globals from test/setup/custom-functions-runtime.ts (a vitest setup file), the
 * benchmark from bench/custom-functions.ts; both call `installCustomFunctionsRuntime`.
 */

/** `CustomFunctions.Error`: an error value a function returns into its cell. */
export class CustomFunctionsError {
  readonly code: string;
  readonly message?: string;
  constructor(code: string, message?: string) {
    this.code = code;
    this.message = message;
  }
}

/** `CustomFunctions.ErrorCode`: each code is the error's display text. */
export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

const officeContext = { displayLanguage: "en-US" };

/**
 * Installs the globals, Office's display language being `displayLanguage` (the functions' messages
 * follow it). Once only: when a `CustomFunctions` global is already there (the tests' setup file
 * ran first), it and the language are left as they are.
 */
export function installCustomFunctionsRuntime(displayLanguage = "en-US"): void {
  if ((globalThis as { CustomFunctions?: unknown }).CustomFunctions !== undefined) return;
  officeContext.displayLanguage = displayLanguage;
  Object.assign(globalThis, {
    CustomFunctions: { Error: CustomFunctionsError, ErrorCode: ERROR_CODES, associate: () => undefined },
    Office: { context: officeContext },
  });
}

/** Switches the display language the functions see (as Office.context.displayLanguage). */
export function setDisplayLanguage(language: string): void {
  officeContext.displayLanguage = language;
}

/**
 * The invocation object Excel passes last, with the addresses of the arguments in parameter order
 * (`null` where Excel has none, as for an omitted argument).
 */
export function invocation(...parameterAddresses: (string | null)[]): CustomFunctions.Invocation {
  return { parameterAddresses } as CustomFunctions.Invocation;
}

/** The invocation without addresses (an older host, or a direct call). */
export const NO_ADDRESSES = {} as CustomFunctions.Invocation;

/** The error a function returned (its 1 × 1 result), or null when it returned values. */
export function returnedError(result: unknown): { code: string; message?: string } | null {
  if (!Array.isArray(result) || result.length !== 1 || !Array.isArray(result[0]) || result[0].length !== 1) return null;
  const value: unknown = result[0][0];
  if (typeof value !== "object" || value === null) return null;
  const { code, message } = value as { code?: unknown; message?: string };
  return typeof code === "string" && code.startsWith("#") ? { code, message } : null;
}
