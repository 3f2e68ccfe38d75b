// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { fakeWorkbook, sampleWorkbookSheets } from "../../../test/support/fake-workbook";
import { TaskPaneApp } from "./TaskPaneApp";

afterEach(cleanup);

async function renderTargetsTab() {
  render(<TaskPaneApp gateway={fakeWorkbook({ sheets: sampleWorkbookSheets() })} displayLanguage="en-US" initialTab="period" />);
  // The period is proposed from the orders once the workbook is read.
  await screen.findByText("The orders run from 2025-01 to 2025-10.");
}

/** The input labelled `label` (required fields add "*" to their label). */
const input = (label: string) => screen.getByLabelText(new RegExp(`^${label}\\*?$`), { selector: "input" }) as HTMLInputElement;

describe("Period and targets tab", () => {
  it("proposes the last five full months of the orders", async () => {
    await renderTargetsTab();
    // The form takes the proposal in the render after the months are known: on a loaded machine
    // that render may come after the text above, so wait for it (bounded by the test's own timeout).
    await waitFor(() => expect(input("First month").value).toBe("2025-06"));
    expect(input("Last month").value).toBe("2025-10");
    expect(screen.getByRole("combobox", { name: "Compare with" }).textContent).toContain("The previous period");
  });

  it("says what is wrong with a target and clears the message once fixed", async () => {
    const user = userEvent.setup();
    await renderTargetsTab();
    await user.type(input("GMV"), "lots");
    expect(screen.getByText("Enter an amount, for example 25000000, 2500万 or ¥180.")).toBeTruthy();
    expect(input("GMV").getAttribute("aria-invalid")).toBe("true");
    await user.clear(input("GMV"));
    await user.type(input("GMV"), "2500万");
    expect(screen.queryByText(/Enter an amount/)).toBeNull();

    await user.type(input("Repurchase rate"), "120%");
    expect(screen.getByText("A rate cannot be above 100%.")).toBeTruthy();
    await user.type(input("AOV growth"), "-5%");
    expect(screen.getByText("Enter a number above zero.")).toBeTruthy();
  });

  it("takes rates as 25% or 0.25 and refuses a bare 25, saying what to type instead", async () => {
    const user = userEvent.setup();
    await renderTargetsTab();
    await user.type(input("GMV growth"), "25");
    expect(screen.getByText("25 would mean +2500%: a number without % is a fraction (0.25 = 25%). Enter 25% or 0.25, or 2500% if +2500% is meant.")).toBeTruthy();
    expect(input("GMV growth").getAttribute("aria-invalid")).toBe("true");
    await user.type(input("GMV growth"), "%");
    expect(screen.queryByText(/would mean/)).toBeNull();
    await user.type(input("Repurchase rate growth"), "0.1");
    await user.type(input("Conversion rate"), "3.5");
    expect(screen.getByText("3.5 would mean 350%: a number without % is a fraction (0.25 = 25%). Enter 3.5% or 0.035.")).toBeTruthy();
    await user.clear(input("Conversion rate"));
    await user.type(input("Conversion rate"), "0.035");
    expect(document.querySelectorAll("[aria-invalid=true]").length).toBe(0);
  });

  it("takes industry benchmarks beside the targets: money in the currency, rates by the same rule, ROI as a ratio", async () => {
    const user = userEvent.setup();
    await renderTargetsTab();
    expect(screen.getByRole("group", { name: "Industry benchmarks" })).toBeTruthy();
    expect(input("Cost per new buyer benchmark").parentElement!.textContent).toBe("¥");
    await user.type(input("Conversion rate benchmark"), "3.8");
    expect(screen.getByText(/^3\.8 would mean 380%/)).toBeTruthy();
    await user.type(input("Conversion rate benchmark"), "%");
    await user.type(input("Cost per new buyer benchmark"), "25");
    await user.type(input("ROI benchmark \\(GMV ÷ spend\\)"), "120%");
    expect(screen.getByText("Enter a ratio above zero, for example 1.2 (GMV ÷ spend).")).toBeTruthy();
    await user.clear(input("ROI benchmark \\(GMV ÷ spend\\)"));
    await user.type(input("ROI benchmark \\(GMV ÷ spend\\)"), "1.2");
    expect(document.querySelectorAll("[aria-invalid=true]").length).toBe(0);
  });

  it("checks the period, the margin band and the thresholds", async () => {
    const user = userEvent.setup();
    await renderTargetsTab();
    fireEvent.change(input("Last month"), { target: { value: "2025-03" } });
    expect(screen.getByText("The last month cannot be before the first.")).toBeTruthy();

    const low = screen.getByRole("spinbutton", { name: /^Low edge/ });
    await user.clear(low);
    await user.type(low, "15");
    await user.tab();
    // A margin edge follows the one rule for rates too: a bare 15 would be 1500%.
    expect(screen.getByText("15 would mean 1500%: a number without % is a fraction (0.25 = 25%). Enter 15% or 0.15.")).toBeTruthy();
    await user.clear(low);
    await user.type(low, "15%");
    await user.tab();
    expect(screen.getByText("The high edge cannot be below the low edge.")).toBeTruthy();

    const near = screen.getByRole("spinbutton", { name: /^Near from/ });
    await user.clear(near);
    await user.type(near, "100%");
    await user.tab();
    expect(screen.getByText("“Near” must be below “met”.")).toBeTruthy();

    // Arrow keys step the spin buttons.
    const met = screen.getByRole("spinbutton", { name: /^Met from/ });
    await user.click(met);
    await user.keyboard("{ArrowUp}");
    expect((met as HTMLInputElement).value).toBe("101%");
    expect(screen.queryByText("“Near” must be below “met”.")).toBeNull();
  });

  it("checks the band on items below their usual price, or on the items listed", async () => {
    const user = userEvent.setup();
    await renderTargetsTab();
    expect((screen.getByRole("radio", { name: "Items sold below their usual price" }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole("spinbutton", { name: /^Under the usual price by at least/ }) as HTMLInputElement).value).toBe("5%");
    await user.click(screen.getByRole("radio", { name: "The items I list" }));
    expect(screen.queryByRole("spinbutton", { name: /^Under the usual price/ })).toBeNull();
    expect(screen.getByRole("textbox", { name: /^Promotion items/ })).toBeTruthy();
    await user.click(screen.getByRole("tab", { name: "Build" }));
    expect(screen.getByText(/Some targets or months need fixing first/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Open the Targets tab" }));
    expect(screen.getByText("List at least one item title or SKU.")).toBeTruthy();
    await user.type(screen.getByRole("textbox", { name: /^Promotion items/ }), "SKU-001");
    expect(screen.queryByText("List at least one item title or SKU.")).toBeNull();
  });

  it("takes promotion thresholds one a line, an add-on price limit and a shipping limit, naming a line it cannot read", async () => {
    const user = userEvent.setup();
    await renderTargetsTab();
    const thresholds = screen.getByRole("textbox", { name: /^Promotion thresholds/ });
    // fireEvent, not user.type: the field's text holds characters user-event reads as key names.
    fireEvent.change(thresholds, { target: { value: "满200减30 2025-08-01 2025-08-31\n满200减300 2025-09" } });
    expect(screen.getByText('Line 2 ("满200减300 2025-09"): the discount must be below the threshold.')).toBeTruthy();
    fireEvent.change(thresholds, { target: { value: "满200减30 2025-08-01 2025-08-31\n满300减50 2025-09" } });
    expect(screen.queryByText(/the discount must be below/)).toBeNull();
    expect(input("Shipping limit \\(hours\\)").placeholder).toBe("48");
    await user.type(input("Shipping limit \\(hours\\)"), "0");
    expect(screen.getByText("Enter hours above 0 and at most 8760, for example 48; blank means 48 hours.")).toBeTruthy();
    await user.clear(input("Shipping limit \\(hours\\)"));
    await user.type(input("Shipping limit \\(hours\\)"), "72");
    await user.type(input("Add-on unit price limit"), "abc");
    expect(screen.getByText("Enter an amount, for example 25000000, 2500万 or ¥180.")).toBeTruthy();
    await user.clear(input("Add-on unit price limit"));
    await user.type(input("Add-on unit price limit"), "19.9");
    await user.click(screen.getByRole("tab", { name: "Build" }));
    expect((screen.getByRole("button", { name: "Build the review" }) as HTMLButtonElement).disabled).toBe(false);
  });

  it("keeps the build button disabled while a field is invalid", async () => {
    const user = userEvent.setup();
    await renderTargetsTab();
    await user.type(input("Conversion rate"), "abc");
    await user.click(screen.getByRole("tab", { name: "Build" }));
    expect(screen.getByText(/Some targets or months need fixing first/)).toBeTruthy();
    expect((screen.getByRole("button", { name: "Build the review" }) as HTMLButtonElement).disabled).toBe(true);
    await user.click(screen.getByRole("button", { name: "Open the Targets tab" }));
    expect(screen.getByText("Enter a percentage such as 25% or a fraction such as 0.25.")).toBeTruthy();
  });

  it("shows the currency found in the orders, and the money targets in the currency chosen", async () => {
    const user = userEvent.setup();
    await renderTargetsTab();
    const currency = screen.getByRole("combobox", { name: "Currency of the amounts" });
    expect(currency.textContent).toContain("As in the orders: CNY");
    expect(screen.getByText(/Nothing in the orders names a currency, so the review shows CNY/)).toBeTruthy();
    const sign = (label: string) => input(label).parentElement!.textContent;
    expect(sign("GMV")).toBe("¥");
    await user.click(currency);
    await user.click(screen.getByRole("option", { name: "US dollar (USD)" }));
    expect(screen.getByRole("combobox", { name: "Currency of the amounts" }).textContent).toContain("US dollar (USD)");
    expect(sign("GMV")).toBe("$");
    expect(sign("AOV")).toBe("$");
  });

  it("names the percent fields' step buttons in the pane's language", async () => {
    render(<TaskPaneApp gateway={fakeWorkbook({ sheets: sampleWorkbookSheets() })} displayLanguage="zh-CN" initialTab="period" />);
    expect(await screen.findByRole("button", { name: "增大下限" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "减小下限" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Increment value" })).toBeNull();
  });
});
