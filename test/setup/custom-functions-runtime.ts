/**
 * Before every test file: the globals the custom functions runtime gives functions.ts in Excel
 * (`CustomFunctions`, `Office.context` in English), from the one stand-in the tests and the
 * benchmark share (test/support/custom-functions-runtime.ts, where `setDisplayLanguage` switches
 * the language).
 */
import { installCustomFunctionsRuntime } from "../support/custom-functions-runtime";

installCustomFunctionsRuntime("en-US");
