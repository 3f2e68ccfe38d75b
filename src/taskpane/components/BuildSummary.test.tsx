// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import type { Locale } from "../../i18n/messages";
import { PaneLocaleContext } from "../pane-locale";
import type { BuildOutcome } from "../review-controller";
import { BuildSummary } from "./BuildSummary";

afterEach(cleanup);

/** A build's outcome: a shop with orders (on the sheet 订单), ad spend (推广) and traffic (流量). */
function outcome(changes: Partial<BuildOutcome> = {}): BuildOutcome {
  return {
    sheetName: "运营复盘",
    rowsRead: 5_012 + 150 + 1_550,
    rowsByTable: [{ kind: "orders", sheet: "订单", rows: 5_012 }, { kind: "adSpend", sheet: "推广", rows: 150 }, { kind: "traffic", sheet: "流量", rows: 1_550 }],
    headline: { from: "2025-06", to: "2025-10", gmv: 4_475_879.4, orders: 23_456, aov: 190.8168, gmvAttainment: { attainment: 0.9613, status: "near" } },
    skipped: [],
    excludedByStatus: 310,
    unpaidOrders: 0,
    ordersRead: 2_688,
    orderLines: 5_012,
    elapsedMs: 1_234,
    currency: "CNY",
    notices: [],
    // Not shown by the summary.
    scan: { sheets: [], best: { orders: "订单", adSpend: "推广", traffic: "流量", costs: null, items: null, experiments: null, touchpoints: null } },
    settings: {} as BuildOutcome["settings"],
    ...changes,
  };
}

function renderSummary(locale: Locale, built: BuildOutcome) {
  render(
    <PaneLocaleContext.Provider value={locale}>
      <BuildSummary outcome={built} onSelectSheet={() => {}} />
    </PaneLocaleContext.Provider>,
  );
}

/** The figures of a group of the summary (its heading's name) as [term, value] pairs. */
function figures(group: string): [string, string][] {
  const region = screen.getByRole("region", { name: group });
  const terms = within(region).getAllByRole("term");
  return terms.map((term) => [term.textContent ?? "", term.nextElementSibling?.textContent ?? ""]);
}

describe("BuildSummary", () => {
  it("zh-CN: the review's headline figures in its number style (万), the GMV attainment with its status, and the rows read per table", () => {
    renderSummary("zh-CN", outcome());
    expect(figures("复盘期 2025-06 至 2025-10")).toEqual([
      ["GMV", "¥447.6万"],
      ["订单数", "23,456"],
      ["客单价（按订单）", "¥190.82"],
      ["GMV 达成率", "96.1%（接近）"],
      ["币种", "CNY"],
    ]);
    // Each table apart, never all the sheets together; a sheet named as its kind of table is not named twice.
    expect(figures("读取的数据")).toEqual([
      ["订单", "5,012 行"],
      ["推广花费（推广）", "150 行"],
      ["流量", "1,550 行"],
      ["读取的订单", "2,688 笔，共 5,012 行"],
      ["跳过行数", "0"],
      ["关闭或退款订单", "310"],
      ["未付款订单（单独计数）", "0"],
      ["用时", "1.2 秒"],
    ]);
  });

  it("en-US: amounts in K/M with the currency's sign, the status in English", () => {
    renderSummary("en-US", outcome({
      currency: "USD",
      headline: { from: "2025-01", to: "2025-03", gmv: 19_800_000, orders: 98_765, aov: 200.4759, gmvAttainment: { attainment: 1.05, status: "met" } },
      rowsByTable: [{ kind: "orders", sheet: "orders_export", rows: 120_000 }, { kind: "costs", sheet: "Unit costs", rows: 42 }],
    }));
    expect(figures("Review of 2025-01 to 2025-03")).toEqual([
      ["GMV", "$19.80M"],
      ["Orders", "98,765"],
      ["AOV (per order)", "$200.48"],
      ["GMV attainment", "105.0% (met)"],
      ["Currency", "USD"],
    ]);
    expect(figures("Data read").slice(0, 3)).toEqual([
      ["Orders (orders_export)", "120,000 rows"],
      ["Costs (Unit costs)", "42 rows"],
      ["Orders read", "2,688 in 5,012 lines"],
    ]);
  });

  it("states no attainment without a GMV target, and no AOV without orders", () => {
    renderSummary("en-US", outcome({ headline: { from: "2025-06", to: "2025-10", gmv: 0, orders: 0, aov: null, gmvAttainment: null } }));
    expect(figures("Review of 2025-06 to 2025-10")).toEqual([["GMV", "¥0"], ["Orders", "0"], ["AOV (per order)", "—"], ["Currency", "CNY"]]);
  });

  it("points to the review sheet for the attainment when the sheet kept a GMV target typed on it", () => {
    renderSummary("zh-CN", outcome({ keptInputs: ["target.gmv"] }));
    expect(figures("复盘期 2025-06 至 2025-10")).toContainEqual(["GMV 达成率", "见复盘表（按您在表中填写的目标）"]);
    cleanup();
    // A kept AOV target leaves the GMV attainment, computed from the pane's own GMV target, as it is.
    renderSummary("zh-CN", outcome({ keptInputs: ["target.aov"] }));
    expect(figures("复盘期 2025-06 至 2025-10")).toContainEqual(["GMV 达成率", "96.1%（接近）"]);
  });
});
