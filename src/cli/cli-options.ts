import type { AmountShape } from "../engine/orders/order-groups";
import { resolveLocale, type Locale, type MessageKey, type MessageParams } from "../i18n/messages";
import { monthCount, parseMonthRange, type ComparisonMode, type MonthRange } from "../review/review-period";
import type { ColumnChoice } from "../review/tables/apply-override";
import { TABLE_FIELDS, isFieldOf } from "../review/tables/table-fields";
import { CliError, EXIT_USAGE } from "./cli-error";
import { CURRENCY_CODES, type CurrencyCode } from "../engine/cells/detect-currency";
import { ADDIN_STORES, type AddinStore } from "../xlsx/addin-parts";

/** `ec-review build`: a review from the operator's files. */
export interface BuildCommand {
  readonly kind: "build";
  readonly orders: string;
  readonly adSpend?: string;
  readonly traffic?: string;
  readonly costs?: string;
  /** The item table (one row per item of an order), joined to the orders by order id. */
  readonly items?: string;
  /** The experiment table (one row per arm: experiment, arm, visitors, conversions, revenue). */
  readonly experiments?: string;
  /** The touchpoint table (one row per visit or ad click: visitor or buyer id, time, channel). */
  readonly touchpoints?: string;
  /** From `--period 2025-06..2025-10`; checked against the data later. */
  readonly period?: MonthRange;
  readonly compare: ComparisonMode;
  readonly targets?: string;
  readonly out: string;
  readonly json?: string;
  /** From `--segments-out buyers.csv`: the outreach list (every buyer with their RFM segment and suggested action) as CSV. */
  readonly segmentsOut?: string;
  /** From `--amount-shape`: how to read the amounts of orders of several rows; recognised from the data when absent. */
  readonly amountShape?: AmountShape;
  /** From `--currency USD`: the review's currency instead of the one found in the data. */
  readonly currency?: CurrencyCode;
  /** From `--map "channel=流量来源,cost=none"`: the order table's columns the user chose. */
  readonly columnMap?: readonly ColumnChoice<"orders">[];
  /** From `--addin-store`: where colleagues install EC Review from, so that the review opens its pane for them; null: `none`. */
  readonly addinStore: AddinStore | null;
}

/** The value of `--map` that says the table has no column for the field. */
export const NO_COLUMN = "none";

/** `ec-review demo`: the review of a generated sample shop. */
export interface DemoCommand {
  readonly kind: "demo";
  /** Folder to write ec-review-demo.xlsx and summary.json into. */
  readonly out: string;
  readonly orders: number;
}

export type CliCommand = { readonly kind: "help" } | { readonly kind: "version" } | BuildCommand | DemoCommand;

export const DEMO_DEFAULT_ORDERS = 60_000;
/** The longest `--period`: ten years of months. */
export const MAX_PERIOD_MONTHS = 120;
const DEMO_MAX_ORDERS = 1_000_000;
const COMPARE_MODES: readonly ComparisonMode[] = ["previous", "yoy"];
const LANGUAGES: readonly Locale[] = ["zh-CN", "en-US"];

/**
 * `--lang` as typed: `zh-CN` and `en-US` in any case, or the bare language (`zh`, `en`), as
 * people type it; undefined for anything else.
 *
 * @example languageOption("en") // "en-US"
 */
export function languageOption(text: string): Locale | undefined {
  const lower = text.trim().toLowerCase();
  return LANGUAGES.find((locale) => locale.toLowerCase() === lower || locale.slice(0, 2).toLowerCase() === lower);
}
/** `--amount-shape` values, as the user types them, and the shape each names. */
const AMOUNT_SHAPE_OF_OPTION = { lines: "lines", "total-repeated": "orderTotalRepeated", "total-first-row": "orderTotalFirstRow" } as const satisfies Record<string, AmountShape>;
type AmountShapeOption = keyof typeof AMOUNT_SHAPE_OF_OPTION;
const AMOUNT_SHAPE_OPTIONS = Object.keys(AMOUNT_SHAPE_OF_OPTION) as AmountShapeOption[];
/** `--addin-store` when not given: Centralized Deployment, how a team gets an add-in. */
export const DEFAULT_ADDIN_STORE: AddinStore = ADDIN_STORES.excatalog;

/**
 * Reads `--addin-store`: `excatalog`, `registry`, `none`, or a shared folder catalog's network path
 * (`\\server\addins`).
 */
function parseAddinStore(text: string | undefined): AddinStore | null {
  if (text === undefined) return DEFAULT_ADDIN_STORE;
  const value = text.trim();
  if (value.startsWith("\\\\") && value.length > 2) return { storeType: "FileSystem", store: value };
  const named = value.toLowerCase();
  if (named === "none") return null;
  if (named === "excatalog" || named === "registry") return ADDIN_STORES[named];
  throw usage("cli.usage.badChoice", { option: "--addin-store", choices: "excatalog, registry, none, \\\\server\\folder", found: text });
}

/** The options each command takes; every one of them takes a value. */
const OPTIONS = {
  build: ["--orders", "--adspend", "--traffic", "--costs", "--items", "--experiments", "--touchpoints", "--period", "--compare", "--targets", "--map", "--lang", "--out", "--json", "--segments-out", "--amount-shape", "--currency", "--addin-store"],
  demo: ["--out", "--orders", "--lang"],
} as const;

type CommandName = keyof typeof OPTIONS;

/** A usage error: exit code 2. */
function usage(key: MessageKey, params: MessageParams = {}): CliError {
  return new CliError(key, params, EXIT_USAGE);
}

/** The system's language as Intl resolves it: on Windows the user's display language, where LANG is not set. */
export function systemLocale(): string {
  return Intl.DateTimeFormat().resolvedOptions().locale;
}

/** `C`, `POSIX` and `C.UTF-8` name no language: the locale of a bare container or service. */
const NO_LANGUAGE = /^(?:C|POSIX)(?:[._@].*)?$/i;

/**
 * The language of the command's messages: `--lang` when given and valid, else the locale of the
 * environment (`LC_ALL`, `LC_MESSAGES`, then `LANG`, as POSIX ranks them), else, when none of them
 * names a language (unset, empty, or `C` / `POSIX`: Windows sets none of them), the system's
 * language as Intl resolves it. Chinese for `zh…`, English otherwise. Looked at before the rest of
 * the command line, so that errors in it are already in the user's language.
 *
 * @param system the system's locale (default `systemLocale()`: Intl's resolved locale)
 */
export function chooseLocale(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, system: () => string = systemLocale): Locale {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = arg === "--lang" ? argv[i + 1] : arg.startsWith("--lang=") ? arg.slice("--lang=".length) : undefined;
    const locale = value === undefined ? undefined : languageOption(value);
    if (locale !== undefined) return locale;
  }
  const environment = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  if (environment !== undefined && environment.trim() !== "" && !NO_LANGUAGE.test(environment.trim())) return resolveLocale(environment);
  return resolveLocale(system());
}

/**
 * Parses `ec-review`'s arguments (without `node` and the script). Options take their value as
 * the next argument or after `=`; each may be given once. Throws CliError with exit code 2 for
 * anything malformed: an unknown command or option, a missing or invalid value, a missing `--out`
 * or `--orders`.
 */
export function parseCommandLine(argv: readonly string[]): CliCommand {
  if (argv.length === 0) throw usage("cli.usage.noCommand");
  if (argv.includes("--help") || argv.includes("-h") || argv[0] === "help") return { kind: "help" };
  if (argv[0] === "--version" || argv[0] === "-v" || argv[0] === "version") return { kind: "version" };
  const command = argv[0];
  if (command !== "build" && command !== "demo") {
    throw command.startsWith("-") ? usage("cli.usage.noCommand") : usage("cli.usage.unknownCommand", { command });
  }
  const values = readOptions(command, argv.slice(1));
  const choice = <T extends string>(option: string, allowed: readonly T[], normalize = (text: string) => text): T | undefined => {
    const given = values.get(option);
    const value = given === undefined ? undefined : normalize(given);
    if (value === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(value)) throw usage("cli.usage.badChoice", { option, choices: allowed.join(", "), found: given! });
    return value as T;
  };
  choice("--lang", LANGUAGES, (text) => languageOption(text) ?? text);

  if (command === "demo") {
    const count = values.get("--orders");
    let orders = DEMO_DEFAULT_ORDERS;
    if (count !== undefined) {
      orders = Number(count.replace(/[,_]/g, ""));
      if (!/^\d[\d,_]*$/.test(count) || !Number.isSafeInteger(orders) || orders < 1 || orders > DEMO_MAX_ORDERS) {
        throw usage("cli.usage.badOrderCount", { found: count, max: DEMO_MAX_ORDERS });
      }
    }
    return { kind: "demo", out: values.get("--out") ?? "demo", orders };
  }

  const orders = values.get("--orders");
  if (orders === undefined) throw usage("cli.usage.missingOption", { command, option: "--orders" });
  const out = values.get("--out");
  if (out === undefined) throw usage("cli.usage.missingOption", { command, option: "--out" });
  if (!/\.xlsx$/i.test(out)) throw usage("cli.usage.outNotXlsx", { found: out });
  const periodText = values.get("--period");
  const period = periodText === undefined ? undefined : parseMonthRange(periodText);
  if (period === null) throw usage("cli.usage.badPeriod", { found: periodText! });
  // Refused before any file is read: 0001-01..9999-12 would be 119,988 months of figures.
  if (period !== undefined && monthCount(period) > MAX_PERIOD_MONTHS) {
    throw usage("cli.usage.periodTooLong", { given: periodText!.trim(), months: monthCount(period).toLocaleString("en-US"), max: MAX_PERIOD_MONTHS });
  }
  const json = values.get("--json");
  if (json !== undefined && !/\.json$/i.test(json)) throw usage("cli.usage.jsonNotJson", { found: json });
  const segmentsOut = values.get("--segments-out");
  if (segmentsOut !== undefined && !/\.csv$/i.test(segmentsOut)) throw usage("cli.usage.segmentsNotCsv", { found: segmentsOut });
  const map = values.get("--map");
  return {
    kind: "build",
    orders,
    adSpend: values.get("--adspend"),
    traffic: values.get("--traffic"),
    costs: values.get("--costs"),
    items: values.get("--items"),
    experiments: values.get("--experiments"),
    touchpoints: values.get("--touchpoints"),
    period,
    compare: choice("--compare", COMPARE_MODES) ?? "previous",
    targets: values.get("--targets"),
    out,
    json,
    segmentsOut,
    amountShape: choice("--amount-shape", AMOUNT_SHAPE_OPTIONS) === undefined ? undefined : AMOUNT_SHAPE_OF_OPTION[values.get("--amount-shape") as AmountShapeOption],
    currency: choice("--currency", CURRENCY_CODES, (text) => text.trim().toUpperCase()),
    columnMap: map === undefined ? undefined : parseColumnMap(map),
    addinStore: parseAddinStore(values.get("--addin-store")),
  };
}

/**
 * Reads `--map`: comma-separated `field=header` pairs naming the order table's columns
 * (`channel=流量来源,orderId=主订单编号`), `field=none` for a field the table has no column for.
 * The option takes one value like every other, so the pairs share it; a header holding a comma
 * cannot be named. Throws a usage error for a pair without `=`, a field the order table does not
 * have, or a field named twice. Whether the header is in the file is checked once it is read.
 *
 * @example parseColumnMap("channel=流量来源, cost=none") // [{ field: "channel", header: "流量来源" }, { field: "cost", header: null }]
 */
export function parseColumnMap(text: string): ColumnChoice<"orders">[] {
  const choices: ColumnChoice<"orders">[] = [];
  for (const pair of text.split(",")) {
    if (pair.trim() === "") continue;
    const equals = pair.indexOf("=");
    const field = equals === -1 ? "" : pair.slice(0, equals).trim();
    const header = equals === -1 ? "" : pair.slice(equals + 1).trim();
    if (field === "" || header === "") throw usage("cli.usage.badMap", { found: pair.trim() });
    if (!isFieldOf("orders", field)) throw usage("cli.usage.mapUnknownField", { field, fields: TABLE_FIELDS.orders.join(", ") });
    if (choices.some((choice) => choice.field === field)) throw usage("cli.usage.mapRepeatedField", { field });
    choices.push({ field, header: header.toLowerCase() === NO_COLUMN ? null : header });
  }
  if (choices.length === 0) throw usage("cli.usage.badMap", { found: text });
  return choices;
}

function readOptions(command: CommandName, args: readonly string[]): Map<string, string> {
  const known: readonly string[] = OPTIONS[command];
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith("--")) throw usage("cli.usage.unexpectedArgument", { found: arg });
    const equals = arg.indexOf("=");
    const option = equals === -1 ? arg : arg.slice(0, equals);
    if (!known.includes(option)) throw usage("cli.usage.unknownOption", { option, command, options: known.join(" ") });
    let value: string | undefined;
    if (equals !== -1) value = arg.slice(equals + 1);
    else {
      value = args[i + 1];
      // "--out --json x.json": the value is missing, not "--json".
      if (value === undefined || value.startsWith("--")) throw usage("cli.usage.missingValue", { option });
      i++;
    }
    if (value.trim() === "") throw usage("cli.usage.missingValue", { option });
    if (values.has(option)) throw usage("cli.usage.repeatedOption", { option });
    values.set(option, value);
  }
  return values;
}
