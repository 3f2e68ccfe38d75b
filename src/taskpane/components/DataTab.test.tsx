// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { fakeWorkbook, sampleWorkbookSheets } from "../fake-workbook";
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
    expect(orders.textContent).toContain("100% sure");
    expect(screen.getByRole("button", { name: /^Ad spend/ }).textContent).toContain("推广");
    expect(screen.getByRole("button", { name: /^Traffic/ }).textContent).toContain("流量");
    expect(screen.getByRole("button", { name: /^Costs/ }).textContent).toContain("not found");

    const columns = screen.getByRole("table", { name: "Columns of 订单" });
    expect(within(columns).getByRole("combobox", { name: "Column for Buyer" }).textContent).toContain("B · 买家会员名");
    expect(within(columns).getByRole("combobox", { name: "Column for Amount" }).textContent).toContain("D · 实付金额");
    const buyerRow = within(columns).getByRole("combobox", { name: "Column for Buyer" }).closest("tr")!;
    expect(buyerRow.textContent).toContain("header 100%");
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
    expect(screen.getByText("订单 row 3: cannot read the amount \"about 80\"")).toBeTruthy();
    expect(screen.getByText("订单 row 5: no order time")).toBeTruthy();

    await user.click(screen.getByRole("combobox", { name: "Column for Buyer" }));
    await user.click(screen.getByRole("option", { name: "(none)" }));
    expect(screen.getByText("The order table on 订单 needs these columns: Buyer.")).toBeTruthy();
    await user.click(screen.getByRole("tab", { name: "Build" }));
    expect((screen.getByRole("button", { name: "Build the review" }) as HTMLButtonElement).disabled).toBe(true);
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
