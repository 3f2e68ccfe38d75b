// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { fakeWorkbook, sampleWorkbookSheets } from "../../../test/support/fake-workbook";
import { PaneLocaleContext } from "../pane-locale";
import { SkippedRowsList } from "./SkippedRowsList";
import { TaskPaneApp } from "./TaskPaneApp";

afterEach(cleanup);

const SHEETS = sampleWorkbookSheets();

async function renderDataTab() {
  const gateway = fakeWorkbook({ sheets: SHEETS });
  render(<TaskPaneApp gateway={gateway} displayLanguage="en-US" />);
  await screen.findByText("Rows that will be skipped");
  return gateway;
}

describe("Data tab", () => {
  it("shows each detected table with its sheet and confidence, and the order table's columns", async () => {
    await renderDataTab();
    const orders = screen.getByRole("button", { name: /^Orders/ });
    expect(orders.textContent).toContain("订单");
    // 97%, not 100%: an item table is the runner-up of an order table with item columns.
    expect(orders.textContent).toContain("confidence 97%");
    expect(screen.getByRole("button", { name: /^Ad spend/ }).textContent).toContain("推广");
    expect(screen.getByRole("button", { name: /^Traffic/ }).textContent).toContain("流量");
    expect(screen.getByRole("button", { name: /^Costs/ }).textContent).toContain("not found");
    expect(screen.getByRole("button", { name: /^Items/ }).textContent).toContain("not found");

    const columns = screen.getByRole("table", { name: "Columns of 订单" });
    expect(within(columns).getByRole("combobox", { name: "Column for Buyer" }).textContent).toContain("B · 买家会员名");
    expect(within(columns).getByRole("combobox", { name: "Column for Amount" }).textContent).toContain("D · 实付金额");
    const buyerRow = within(columns).getByRole("combobox", { name: "Column for Buyer" }).closest("tr")!;
    expect(buyerRow.textContent).toContain("header 100%");
  });

  it("shows a long header whole: on hover of the compact dropdown, and in its list", async () => {
    const user = userEvent.setup();
    const header = "进货价（含运费与包装，按最近一次采购单计，单位：元）";
    const orders = SHEETS["订单"].map((row, r) => (r === 0 ? row.map((cell, c) => (c === 8 ? header : cell)) : row));
    render(<TaskPaneApp gateway={fakeWorkbook({ sheets: { ...SHEETS, 订单: orders } })} displayLanguage="en-US" />);
    await screen.findByText("Rows that will be skipped");
    const buyer = screen.getByRole("combobox", { name: "Column for Buyer" });
    await user.hover(buyer);
    expect((await screen.findByRole("tooltip")).textContent).toBe("B · 买家会员名");
    await user.unhover(buyer);

    const cost = screen.getByRole("combobox", { name: "Column for Cost" });
    await user.click(cost);
    const option = screen.getByRole("option", { name: `I · ${header}` });
    expect(option.textContent).toBe(`I · ${header}`);
    // The list is as wide as its longest name (the positioning keeps it within the pane), and wraps a longer one: nothing cut.
    expect(getComputedStyle(screen.getByRole("listbox")).width).toBe("max-content");
    expect(getComputedStyle(option).overflowWrap).toBe("anywhere");
    await user.click(option);
    const chosen = screen.getByRole("combobox", { name: "Column for Cost" });
    expect(chosen.textContent).toBe(`I · ${header}`);
    await user.hover(chosen);
    expect((await screen.findByRole("tooltip")).textContent).toBe(`I · ${header}`);
  });

  it("lets the operator choose another column for a field", async () => {
    const user = userEvent.setup();
    await renderDataTab();
    const channel = screen.getByRole("combobox", { name: "Column for Channel" });
    await user.click(channel);
    await user.click(screen.getByRole("option", { name: "F · 宝贝标题" }));
    const updated = screen.getByRole("combobox", { name: "Column for Channel" });
    expect(updated.textContent).toContain("F · 宝贝标题");
    expect(updated.closest("tr")!.textContent).toContain("set by you");
    // The item title's column moved to the channel, so the item is no longer mapped.
    expect(screen.getByRole("combobox", { name: "Column for Item" }).textContent).toContain("(none)");
  });

  it("shows a column guessed too unsurely as a suggestion, not used, that the operator can accept", async () => {
    const user = userEvent.setup();
    // The channel column under a header nobody knows, holding customer tiers: a few short repeated words.
    const orders = SHEETS["订单"].map((row, r) => row.map((cell, c) => (c !== 7 ? cell : r === 0 ? "Tier" : ["Consumer", "Corporate", "Home Office"][r % 3])));
    render(<TaskPaneApp gateway={fakeWorkbook({ sheets: { ...SHEETS, 订单: orders } })} displayLanguage="en-US" />);
    await screen.findByText("Rows that will be skipped");
    const channel = screen.getByRole("combobox", { name: "Column for Channel" });
    expect(channel.textContent).toContain("(none)");
    expect(channel.closest("tr")!.textContent).toMatch(/suggested: H · Tier \(\d+%\), not used/);

    await user.click(screen.getByRole("button", { name: "Use H · Tier for Channel" }));
    const accepted = screen.getByRole("combobox", { name: "Column for Channel" });
    expect(accepted.textContent).toContain("H · Tier");
    expect(accepted.closest("tr")!.textContent).toContain("set by you");
    expect(screen.queryByRole("button", { name: /^Use / })).toBeNull();
  });

  it("lists the rows that will be skipped and why, and blocks the build when a required column is unmapped", async () => {
    const user = userEvent.setup();
    await renderDataTab();
    expect(screen.getByText("订单 row 3: cannot read the amount \"about 80\" in 实付金额")).toBeTruthy();
    expect(screen.getByText("订单 row 5: no payment time in 订单付款时间, though the status says the order was paid")).toBeTruthy();

    await user.click(screen.getByRole("combobox", { name: "Column for Amount" }));
    await user.click(screen.getByRole("option", { name: "(none)" }));
    expect(screen.getByText("The order table on 订单 needs these columns: Amount.")).toBeTruthy();
    await user.click(screen.getByRole("tab", { name: "Build" }));
    expect((screen.getByRole("button", { name: "Build the review" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("builds without a buyer column, and says which parts of the review it leaves out", async () => {
    const user = userEvent.setup();
    await renderDataTab();
    await user.click(screen.getByRole("combobox", { name: "Column for Buyer" }));
    await user.click(screen.getByRole("option", { name: "(none)" }));
    expect(screen.getByText(/^The order table on 订单 has no buyer column: the review leaves out repurchase, new buyers, cohorts and RFM segments/)).toBeTruthy();
    expect(screen.queryByText(/needs these columns/)).toBeNull();
    await user.click(screen.getByRole("tab", { name: "Build" }));
    expect((screen.getByRole("button", { name: "Build the review" }) as HTMLButtonElement).disabled).toBe(false);
  });

  it("shows the first rows skipped and how many more", () => {
    const skipped = Array.from({ length: 13 }, (_, i) => ({ sheet: "订单", row: i + 2, reason: "skip.noAmount" as const, params: {} }));
    render(
      <PaneLocaleContext.Provider value="en-US">
        <SkippedRowsList skipped={skipped} excludedByStatus={4} />
      </PaneLocaleContext.Provider>,
    );
    expect(screen.getByText("13 rows cannot be used:")).toBeTruthy();
    expect(screen.getAllByRole("listitem").length).toBe(10);
    expect(screen.getByText("… and 3 more")).toBeTruthy();
    expect(screen.getByText(/4 closed, cancelled or refunded orders/)).toBeTruthy();
  });
});

describe("Data tab on an export of line items", () => {
  /** WooCommerce-like: one row per line item, the order total repeated on each; #5003 was never paid. */
  const LINE_ITEMS: unknown[][] = [
    ["Order Number", "Order Date", "Order Status", "Customer Email", "Order Total", "Item Name", "Quantity"],
    ["5001", "2025-06-01 10:00:00", "completed", "a@example.com", "150.00", "Mug", 1],
    ["5001", "2025-06-01 10:00:00", "completed", "a@example.com", "150.00", "Tee", 2],
    ["5002", "2025-06-02 11:00:00", "processing", "b@example.com", "30.00", "Pin", 1],
    ["5003", "2025-06-03 12:00:00", "pending", "c@example.com", "80.00", "Cap", 1],
    ["5003", "2025-06-03 12:00:00", "pending", "c@example.com", "80.00", "Pin", 1],
    ["5004", "2025-07-04 09:00:00", "completed", "a@example.com", "45.00", "Pin", 1],
    ["5004", "2025-07-04 09:00:00", "completed", "a@example.com", "45.00", "Mug", 1],
    ["5004", "2025-07-04 09:00:00", "completed", "a@example.com", "45.00", "Tee", 1],
  ];

  it("says how many orders the lines make, counts unpaid orders apart, and lets the operator correct the amount shape", async () => {
    const user = userEvent.setup();
    const gateway = fakeWorkbook({ sheets: { Orders: LINE_ITEMS } });
    render(<TaskPaneApp gateway={gateway} displayLanguage="en-US" />);
    await screen.findByText("Rows that will be skipped");
    expect(screen.getByText("3 orders in 6 lines (rows sharing an order id are one order).")).toBeTruthy();
    expect(screen.getByText("Orders never paid: 1. They are counted apart, in no figure (not an error).")).toBeTruthy();
    expect(screen.getByText("None: every row can be used.")).toBeTruthy();
    const shape = screen.getByRole("combobox", { name: /Amount of an order of several lines/ });
    expect(shape.textContent).toContain("As recognised: the order total repeated on each line, taken once");

    await user.click(shape);
    await user.click(screen.getByRole("option", { name: "line amounts, summed per order" }));
    expect(screen.getByRole("combobox", { name: /Amount of an order of several lines/ }).textContent).toContain("line amounts, summed per order");

    await user.click(screen.getByRole("tab", { name: "Build" }));
    await user.click(screen.getByRole("button", { name: /Build the review/ }));
    await screen.findByText("3 in 6 lines");
    expect((await gateway.loadSettings())?.amountShape).toBe("lines");
  });

  it("says it in Chinese too", async () => {
    render(<TaskPaneApp gateway={fakeWorkbook({ sheets: { Orders: LINE_ITEMS } })} displayLanguage="zh-CN" />);
    await screen.findByText("3 笔订单，共 6 行（订单号相同的行为同一订单）。");
    expect(screen.getByText("1 笔订单未付款：单独计数，不计入任何指标（不是错误）。")).toBeTruthy();
  });
});
