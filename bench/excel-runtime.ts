/**
 * The globals Excel's custom functions runtime gives functions.ts, for running the functions
 * under Node: `CustomFunctions.Error` (errors are values the functions return) and
 * `Office.context.displayLanguage`. The same shape as test/setup/custom-functions-runtime.ts.
 */
class CustomFunctionsError {
  readonly code: string;
  readonly message?: string;
  constructor(code: string, message?: string) {
    this.code = code;
    this.message = message;
  }
}

/** Installs the globals once, with Office's display language (the functions' labels follow it). */
export function installExcelRuntime(displayLanguage = "zh-CN"): void {
  if ((globalThis as { CustomFunctions?: unknown }).CustomFunctions !== undefined) return;
  Object.assign(globalThis, {
    CustomFunctions: { Error: CustomFunctionsError, associate: () => undefined },
    Office: { context: { displayLanguage } },
  });
}

/** The error a function returned (its 1 × 1 result), or null when it returned values. */
export function returnedError(result: unknown): { code: string; message?: string } | null {
  if (!Array.isArray(result) || result.length !== 1 || !Array.isArray(result[0]) || result[0].length !== 1) return null;
  const value: unknown = result[0][0];
  if (typeof value !== "object" || value === null) return null;
  const { code, message } = value as { code?: unknown; message?: string };
  return typeof code === "string" && code.startsWith("#") ? { code, message } : null;
}
