/**
 * Case 2: the `EC.` functions on a million rows, called as Excel calls them: each range argument
 * an n × 1 2-D array sliced from the sheet below its header (trailing blank rows included), the
 * invocation last with the arguments' addresses. Slicing is not timed: Excel does it.
 * Reference: a plain for-loop summing the numbers of the same amounts column, so that the ratio
 * reads as "this function costs as much as N simple passes over the column".
 */
import { measure, runsFor, type BenchContext, type ResultRow } from "./harness";
import { excelColumn, excelColumnAddress, shopTables } from "./shop-fixtures";
import { installCustomFunctionsRuntime, invocation, returnedError } from "../test/support/custom-functions-runtime";
import { AD_SPEND_HEADERS, ORDER_HEADERS } from "../src/sample-shop/generate-sample-shop";
import * as functions from "../src/functions/functions";
import { parseNumberCell } from "../src/engine/cells/parse-number";

const CASE = "2 custom functions";

export interface FunctionCall {
  /** A short name for bench/profile-case.ts. */
  readonly id: string;
  readonly name: string;
  readonly goalMs?: number;
  readonly note?: string;
  /** The exported function of src/functions/functions.ts. */
  readonly functionName: "aovFunction" | "priceBandsFunction" | "repurchaseFunction" | "retentionFunction" | "channelsFunction";
  /**
   * The arguments Excel passes it, sliced from the sheets when asked for: only the arguments of
   * the call being measured are held, as in Excel's runtime.
   */
  readonly args: () => unknown[];
}

/** The plain loop: one pass over the n × 1 array, adding the cells that are numbers. */
function sumOfNumbers(column: readonly (readonly unknown[])[]): number {
  let total = 0;
  for (let i = 0; i < column.length; i++) {
    const cell = column[i][0];
    if (typeof cell === "number") total += cell;
  }
  return total;
}

/**
 * The calls of the case over a shop of `orders` orders, and the amounts column the reference
 * loop sums.
 */
export function excelFunctionCalls(orders: number): { rows: number; reference: () => { cells: unknown[][] }; calls: FunctionCall[] } {
  installCustomFunctionsRuntime("zh-CN");
  const shop = shopTables(orders);
  const rows = shop.orders.length - 1;
  const order = (header: (typeof ORDER_HEADERS)[number]) => {
    const column = ORDER_HEADERS.indexOf(header);
    return { cells: excelColumn(shop.orders, column), address: excelColumnAddress("订单", column, rows) };
  };
  const spend = (header: (typeof AD_SPEND_HEADERS)[number]) => {
    const column = AD_SPEND_HEADERS.indexOf(header);
    return { cells: excelColumn(shop.adSpend, column), address: excelColumnAddress("推广花费", column, shop.adSpend.length - 1) };
  };
  const amounts = () => order("实付金额");
  // The same amounts with every readable cell a number, as a column formatted as numbers holds them.
  const numericAmounts = () => {
    const column = amounts();
    return { ...column, cells: column.cells.map(([cell]) => [typeof cell === "string" ? (parseNumberCell(cell) ?? "") : cell]) };
  };
  const buyers = () => order("买家会员名");
  const dates = () => order("订单付款时间");
  const statuses = () => order("订单状态");
  const channels = () => order("流量来源");
  const orderIds = () => order("订单编号");
  const spendChannels = () => spend("渠道");
  const spendAmounts = () => spend("花费");
  // Excel passes every parameter, an omitted optional argument as null, and the range arguments'
  // addresses last: each call below lists all of its function's parameters.
  const omitted = null;
  type Range = () => { cells: unknown[][]; address: string };
  const ranges = (...arguments_: (Range | null)[]) => () => {
    const sliced = arguments_.map((argument) => (argument === null ? null : argument()));
    return [
      ...sliced.map((argument) => (argument === null ? omitted : argument.cells)),
      invocation(...sliced.map((argument) => (argument === null ? null : argument.address))),
    ];
  };

  const calls: FunctionCall[] = [
    { id: "aov", name: "EC.AOV(amounts)", goalMs: 20, functionName: "aovFunction", args: ranges(amounts, null, null, null) },
    { id: "aov-statuses", name: "EC.AOV(amounts, , statuses)", goalMs: 20, functionName: "aovFunction", args: ranges(amounts, null, statuses, null) },
    {
      id: "aov-numbers", name: "EC.AOV(amounts), no text cells", goalMs: 20, functionName: "aovFunction", args: ranges(numericAmounts, null, null, null),
      note: "the amounts column with its currency texts already numbers: the floor without parsing",
    },
    {
      id: "aov-order-ids", name: "EC.AOV(amounts, , statuses, orderIds)", functionName: "aovFunction", args: ranges(amounts, null, statuses, orderIds),
      note: "rows grouped into orders by their order id (one row per order here: the cost of the grouping)",
    },
    { id: "pricebands", name: "EC.PRICEBANDS(amounts, , statuses)", functionName: "priceBandsFunction", args: ranges(amounts, null, statuses, null) },
    { id: "repurchase", name: "EC.REPURCHASE(buyers, amounts, statuses)", functionName: "repurchaseFunction", args: ranges(buyers, amounts, statuses, null) },
    {
      id: "retention", name: "EC.RETENTION(buyers, dates, statuses)", goalMs: 400, functionName: "retentionFunction",
      // The months argument (a number, not a range) comes between the statuses and the order ids.
      args: () => {
        const [buyerCells, dateCells, statusCells, idCells, call] = ranges(buyers, dates, statuses, null)();
        return [buyerCells, dateCells, statusCells, omitted, idCells, call];
      },
    },
    {
      id: "channels", name: "EC.CHANNELS(channels … statuses)", goalMs: 400, functionName: "channelsFunction",
      args: ranges(channels, amounts, buyers, dates, spendChannels, spendAmounts, statuses, null),
    },
  ];
  return { rows, reference: amounts, calls };
}

/** Calls `functionName` of the functions module with `args`. */
export function callFunction(module: object, functionName: FunctionCall["functionName"], args: readonly unknown[]): unknown {
  return (module as Record<string, (...args: unknown[]) => unknown>)[functionName](...args);
}

export async function customFunctionsCase(context: BenchContext): Promise<ResultRow[]> {
  context.log(`  generating ${context.largeSize.toLocaleString("en-US")} orders`);
  const { rows, reference: referenceColumn, calls } = excelFunctionCalls(context.largeSize);
  context.log("  reference: plain for-loop sum");
  const runs = runsFor(context, rows);
  const reference = await (async () => {
    const amounts = referenceColumn().cells;
    return measure(() => sumOfNumbers(amounts), runs);
  })();
  const results: ResultRow[] = [];
  for (const fn of calls) {
    context.log(`  ${fn.name}`);
    const args = fn.args();
    const { stats, result } = await measure(() => callFunction(functions, fn.functionName, args), runs);
    const error = returnedError(result);
    const ratio = stats.median / reference.stats.median;
    results.push({
      case: CASE, name: fn.name, n: rows, unit: "ms", stats, ratio, reference: "plain for-loop sum of the amounts column",
      goal: fn.goalMs === undefined ? "" : `< ${fn.goalMs} ms`,
      pass: error !== null ? false : fn.goalMs === undefined ? null : stats.median < fn.goalMs,
      note: error !== null ? `returned ${error.code}: ${error.message ?? ""}` : fn.note,
    });
  }
  results.push({
    case: CASE, name: "plain for-loop sum (reference)", n: rows, unit: "ms", stats: reference.stats, ratio: 1, goal: "", pass: null,
    note: "typeof cell === \"number\" over the n × 1 array",
  });
  return results;
}
