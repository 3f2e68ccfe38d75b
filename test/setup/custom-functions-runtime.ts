/**
 * The globals the custom functions runtime gives functions.ts in Excel, for tests under Node:
 * `CustomFunctions.Error` and `CustomFunctions.ErrorCode` with the same shape and values as in
 * @types/custom-functions-runtime (codes are the displayed error texts), and `Office.context`
 * with a display language that tests can switch.
 */
class CustomFunctionsError {
  readonly code: string;
  readonly message?: string;
  constructor(code: string, message?: string) {
    this.code = code;
    this.message = message;
  }
}

const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

const officeContext = { displayLanguage: "en-US" };

Object.assign(globalThis, {
  CustomFunctions: { Error: CustomFunctionsError, ErrorCode, associate: () => undefined },
  Office: { context: officeContext },
});

/** Switches the display language the functions see (as Office.context.displayLanguage). */
export function setDisplayLanguage(language: string): void {
  officeContext.displayLanguage = language;
}
