/**
 * The errors an `EC.` function can return, for its help page: those of reading its arguments,
 * which follow from its parameters as the runner reads them (runner.ts, arguments.ts), and those
 * of its compute step, which its catalog entry lists (`errors`). Each is a message of the string
 * tables, so that a test can hold the list to what the function returns
 * (test/functions/documented-errors.property.test.ts).
 */
import type { MetricErrorCode } from "../../engine/metric-error";
import type { MessageKey } from "../../i18n/messages";
import type { ErrorKey, ErrorSpec, FunctionEntry, ParameterSpec } from "./function-entry";

/** The Excel error each message comes with (every `metricError` call passes this code with this key). */
export const ERROR_CODE_OF: Readonly<Record<ErrorKey, MetricErrorCode>> = {
  "cell.unreadableNumber": "VALUE",
  "cell.unreadableDate": "VALUE",
  "cell.unreadableKey": "VALUE",
  "cell.errorValue": "VALUE",
  "cell.notOneColumn": "VALUE",
  "cell.lengthMismatch": "VALUE",
  "cell.missingBuyer": "VALUE",
  "cell.missingDate": "VALUE",
  "cell.missingChannel": "VALUE",
  "cell.missingCost": "VALUE",
  "cell.missingSpendChannel": "VALUE",
  "cell.notScalar": "VALUE",
  "cell.notOneCell": "VALUE",
  "argument.unknownMode": "VALUE",
  "argument.noOrders": "DIV0",
  "argument.noBuyers": "DIV0",
  "argument.zero": "DIV0",
  "argument.noConversions": "DIV0",
  "argument.negative": "NUM",
  "argument.outOfRange": "NUM",
  "argument.marginBand": "NUM",
  "argument.monthsReversed": "NUM",
  "argument.edgesNotIncreasing": "NUM",
  "argument.marginRequired": "NUM",
  "argument.visitorsBelowConversions": "NUM",
  "result.notFinite": "NUM",
  "argument.noDates": "NA",
  "argument.noBasketOrders": "DIV0",
  "argument.noFirstTimeBuyers": "DIV0",
  "argument.fewArms": "NA",
  "argument.negativeArm": "NUM",
  "argument.armWithoutVisitors": "DIV0",
  "argument.armConversionsAboveVisitors": "NUM",
  "cell.missingArmFigure": "VALUE",
  // Fulfilment and after-sales (issue 14)
  "argument.noValues": "NUM",
  "argument.eventsAboveSize": "NUM",
  "argument.shippedBeforePaid": "VALUE",
  "argument.noPaidOrders": "NUM",
  "cell.shippedBeforePaid": "VALUE",
  "cell.emptyPath": "VALUE",
  "cell.pathTooLong": "VALUE",
  "cell.missingPathConversions": "VALUE",
  "cell.negativeConversions": "NUM",
  "argument.pathWithoutTouch": "VALUE",
  "argument.pathChannelUnknown": "VALUE",
};

/** The codes as Excel shows them, in the order a help page lists them. */
export const EXCEL_ERROR_TEXT: Readonly<Record<MetricErrorCode, string>> = { VALUE: "#VALUE!", DIV0: "#DIV/0!", NUM: "#NUM!", NA: "#N/A" };
const CODE_ORDER: readonly MetricErrorCode[] = ["VALUE", "DIV0", "NUM", "NA"];

/** The string tables' general reason for each message (`help.error.…`), used where an entry gives none of its own. */
const GENERAL_REASON: Readonly<Record<ErrorKey, MessageKey>> = {
  "cell.unreadableNumber": "help.error.unreadableNumber",
  "cell.unreadableDate": "help.error.unreadableDate",
  "cell.unreadableKey": "help.error.unreadableKey",
  "cell.errorValue": "help.error.errorValue",
  "cell.notOneColumn": "help.error.notOneColumn",
  "cell.lengthMismatch": "help.error.lengthMismatch",
  "cell.missingBuyer": "help.error.missingBuyer",
  "cell.missingDate": "help.error.missingDate",
  "cell.missingChannel": "help.error.missingChannel",
  "cell.missingCost": "help.error.missingCost",
  "cell.missingSpendChannel": "help.error.missingSpendChannel",
  "cell.notScalar": "help.error.notScalar",
  "cell.notOneCell": "help.error.notOneCell",
  "argument.unknownMode": "help.error.unknownMode",
  "argument.noOrders": "help.error.noOrders",
  "argument.noBuyers": "help.error.noBuyers",
  "argument.zero": "help.error.zero",
  "argument.noConversions": "help.error.noConversions",
  "argument.negative": "help.error.negative",
  "argument.outOfRange": "help.error.outOfRange",
  "argument.marginBand": "help.error.marginBand",
  "argument.monthsReversed": "help.error.monthsReversed",
  "argument.edgesNotIncreasing": "help.error.edgesNotIncreasing",
  "argument.marginRequired": "help.error.marginRequired",
  "argument.visitorsBelowConversions": "help.error.visitorsBelowConversions",
  "result.notFinite": "help.error.notFinite",
  "argument.noDates": "help.error.noDates",
  "argument.noBasketOrders": "help.error.noBasketOrders",
  "argument.noFirstTimeBuyers": "help.error.noFirstTimeBuyers",
  "argument.fewArms": "help.error.fewArms",
  "argument.negativeArm": "help.error.negativeArm",
  "argument.armWithoutVisitors": "help.error.armWithoutVisitors",
  "argument.armConversionsAboveVisitors": "help.error.armConversionsAboveVisitors",
  "cell.missingArmFigure": "help.error.missingArmFigure",
  // Fulfilment and after-sales (issue 14)
  "argument.noValues": "help.error.noValues",
  "argument.eventsAboveSize": "help.error.eventsAboveSize",
  "argument.shippedBeforePaid": "help.error.shippedBeforePaid",
  "argument.noPaidOrders": "help.error.noPaidOrders",
  "cell.shippedBeforePaid": "help.error.shippedBeforePaid",
  "cell.emptyPath": "help.error.emptyPath",
  "cell.pathTooLong": "help.error.pathTooLong",
  "cell.missingPathConversions": "help.error.missingPathConversions",
  "cell.negativeConversions": "help.error.negativeConversions",
  "argument.pathWithoutTouch": "help.error.emptyPath",
  "argument.pathChannelUnknown": "help.error.pathChannelUnknown",
};

/**
 * One reason a function returns an error. `reason` is a key of the string tables with `params`,
 * or, for a reason the catalog entry words itself, its text in both languages. `names` are
 * parameters whose names (in the page's language) fill the `{names}` placeholder.
 */
export interface ErrorReason {
  readonly key: ErrorKey;
  readonly code: MetricErrorCode;
  readonly reason: { readonly key: MessageKey; readonly params?: Readonly<Record<string, string | number>> } | { readonly en: string; readonly zh: string };
  readonly names?: readonly ParameterSpec[];
  /** A parameter whose name fills `{name}`; `first` and `second` for a pair given together. */
  readonly name?: ParameterSpec;
  readonly pair?: readonly [ParameterSpec, ParameterSpec];
}

/** The messages reading one argument of this kind can end in, in the order the runner meets them. */
function readingErrors(spec: ParameterSpec): ErrorKey[] {
  switch (spec.kind) {
    case "amounts":
    case "numbers":
    case "list":
    case "total":
      return ["cell.notOneColumn", "cell.errorValue", "cell.unreadableNumber"];
    case "dates":
      return ["cell.notOneColumn", "cell.errorValue", "cell.unreadableDate"];
    case "keys":
    case "statuses":
    case "orderIds":
      return ["cell.notOneColumn", "cell.errorValue", "cell.unreadableKey"];
    case "number":
      return ["cell.notScalar", "cell.errorValue", "cell.unreadableNumber"];
    case "date":
      return ["cell.notOneCell", "cell.errorValue", "cell.unreadableDate"];
    case "text":
      return ["argument.unknownMode"];
    case "boolean":
      return [];
  }
}

function general(key: ErrorKey, extra: Omit<ErrorReason, "key" | "code" | "reason"> = {}, params?: Readonly<Record<string, string | number>>): ErrorReason {
  return { key, code: ERROR_CODE_OF[key], reason: { key: GENERAL_REASON[key], params }, ...extra };
}

/** The reasons of reading the arguments: one per message, naming the parameters it can come from. */
function argumentReasons(entry: FunctionEntry): ErrorReason[] {
  const byKey = new Map<ErrorKey, ParameterSpec[]>();
  for (const spec of entry.parameters) {
    for (const key of readingErrors(spec)) byKey.set(key, [...(byKey.get(key) ?? []), spec]);
  }
  const reasons: ErrorReason[] = [];
  for (const [key, specs] of byKey) {
    if (key === "argument.unknownMode") {
      for (const spec of specs) if (spec.kind === "text") reasons.push(general(key, { name: spec }, { choices: spec.choices.map((choice) => `"${choice}"`).join(" / ") }));
    } else if (key === "cell.errorValue") reasons.push(general(key));
    else if (key === "cell.notScalar") {
      // A blank is an error only where nothing stands in for it: a required number without a default.
      const blankRefused = specs.filter((spec) => spec.optional !== true && !("default" in spec && spec.default !== undefined));
      const rangeOnly = specs.filter((spec) => !blankRefused.includes(spec));
      if (blankRefused.length > 0) reasons.push(general(key, { names: blankRefused }));
      if (rangeOnly.length > 0) reasons.push({ ...general(key, { names: rangeOnly }), reason: { key: "help.error.notScalarRange" } });
    } else reasons.push(general(key, { names: specs }));
  }
  const spec = (name: string) => entry.parameters.find((parameter) => parameter.name === name)!;
  for (const group of entry.align ?? []) {
    if (group.length > 1) reasons.push(general("cell.lengthMismatch", { names: group.map(spec) }));
  }
  for (const [first, second] of entry.together ?? []) {
    reasons.push({ key: "cell.lengthMismatch", code: "VALUE", reason: { key: "help.error.together" }, pair: [spec(first), spec(second)] });
  }
  for (const parameter of entry.parameters) {
    if (parameter.kind === "number" && parameter.limits !== undefined) {
      reasons.push(general("argument.outOfRange", { name: parameter }, { min: parameter.limits.min, max: parameter.limits.max }));
    }
  }
  return reasons;
}

function computeReason(spec: ErrorSpec): ErrorReason {
  if (typeof spec === "string") return general(spec);
  return { key: spec.key, code: ERROR_CODE_OF[spec.key], reason: { en: spec.en, zh: spec.zh } };
}

/**
 * Every reason `entry` returns an error, by code (#VALUE!, #DIV/0!, #NUM!, #N/A), the reasons of
 * reading the arguments before those of the compute step.
 */
export function errorReasons(entry: FunctionEntry): ErrorReason[] {
  const reasons = [...argumentReasons(entry), ...entry.errors.map(computeReason)];
  return CODE_ORDER.flatMap((code) => reasons.filter((reason) => reason.code === code));
}

/** The messages `entry` can return: what its help page explains. */
export function documentedErrorKeys(entry: FunctionEntry): Set<ErrorKey> {
  return new Set(errorReasons(entry).map((reason) => reason.key));
}
