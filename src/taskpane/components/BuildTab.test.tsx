// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { fakeWorkbook, sampleWorkbookSheets, type FakeWorkbook, type FakeWorkbookOptions } from "../../../test/support/fake-workbook";
import { TaskPaneApp } from "./TaskPaneApp";

afterEach(cleanup);

const SHEETS = sampleWorkbookSheets();

async function renderBuildTab(options: Partial<FakeWorkbookOptions> = {}): Promise<FakeWorkbook> {
  const gateway = fakeWorkbook({ sheets: SHEETS, chunkRows: 250, ...options });
  render(<TaskPaneApp gateway={gateway} displayLanguage="en-US" initialTab="build" />);
  await screen.findByText(/^Builds the review sheet from 订单, 2025-06 to 2025-10/);
  return gateway;
}

/** A promise the test resolves, for the fake's pauses. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open = () => {};
  const promise = new Promise<void>((resolve) => { open = resolve; });
  return { promise, open };
}

describe("Build tab", () => {
  it("shows each stage with the progress bar, then the summary; the review sheet can be selected", async () => {
    const user = userEvent.setup();
    const gateway = await renderBuildTab();
    const reading = gate();
    const charts = gate();
    gateway.control.pauses.set("read:推广", reading.promise);
    gateway.control.pauses.set("write:charts", charts.promise);

    await user.click(screen.getByRole("button", { name: "Build the review" }));
    expect(await screen.findByText(/^Reading 推广: [\d,]+ of [\d,]+ rows$/)).toBeTruthy();
    const bar = screen.getByRole("progressbar");
    const readingValue = Number(bar.getAttribute("aria-valuenow"));
    expect(readingValue).toBeGreaterThan(0);
    expect((screen.getByRole("button", { name: "Build the review" }) as HTMLButtonElement).disabled).toBe(true);
    reading.open();

    expect(await screen.findByText("Writing the review sheet: charts…")).toBeTruthy();
    expect(Number(screen.getByRole("progressbar").getAttribute("aria-valuenow"))).toBeGreaterThan(readingValue);
    charts.open();

    expect(await screen.findByText("The review is ready on the sheet Review.")).toBeTruthy();
    const summary = screen.getByRole("region", { name: "Summary of the build" });
    const figures = summary.textContent!;
    // The rows read of each table, not of all the sheets together.
    const rowsRead = within(screen.getByRole("region", { name: "Data read" })).getAllByRole("term").map((term) => `${term.textContent}: ${term.nextElementSibling!.textContent}`);
    const rows = (sheet: string) => `${(SHEETS[sheet].length - 1).toLocaleString("en-US")} rows`;
    expect(rowsRead.slice(0, 4)).toEqual([`Orders (订单): ${rows("订单")}`, `Ad spend (推广): ${rows("推广")}`, `Traffic (流量): ${rows("流量")}`, expect.stringMatching(/^Orders read: /)]);
    // The review's headline figures, in its number style.
    const headline = within(screen.getByRole("region", { name: "Review of 2025-06 to 2025-10" })).getAllByRole("term").map((term) => term.textContent);
    expect(headline).toEqual(["GMV", "Orders", "AOV (per order)", "Currency"]);
    expect(figures).toMatch(/GMV¥[\d,.]+K?Orders[\d,]+AOV \(per order\)¥[\d,]+\.\d\d/);
    expect(figures).toMatch(/Rows skipped2(?!\d)/);
    expect(figures).toMatch(/Time taken\d+\.\d s/);
    expect(screen.getByText("订单 row 3: cannot read the amount \"about 80\" in 实付金额")).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(gateway.saved.length).toBe(1);

    await user.click(screen.getByRole("button", { name: "Go to the review sheet" }));
    expect(gateway.selected).toEqual(["Review"]);
    // Built once, the button rebuilds in place.
    expect(screen.getByRole("button", { name: "Refresh the review" })).toBeTruthy();
  });

  it("says before a Refresh what it replaces, and after it which typed targets it kept and which marked sheets it left alone", async () => {
    const user = userEvent.setup();
    await renderBuildTab({ writeResult: { keptInputs: ["target.gmv", "target.aov", "benchmark.conversionRate"], leftAlone: ["EC Review build 1"] } });
    const replaces = /^Refresh rewrites the review sheet in place/;
    expect(screen.queryByText(replaces)).toBeNull();
    await user.click(screen.getByRole("button", { name: "Build the review" }));
    await screen.findByText("The review is ready on the sheet Review.");
    expect(screen.getByText("Kept the targets you typed into the review sheet: GMV, AOV (per order), Conversion rate benchmark. The pane's Targets tab still holds its own values.")).toBeTruthy();
    expect(screen.getByText(/^Left as it is: EC Review build 1\. .* so it was not deleted\./)).toBeTruthy();
    // Before the next build, the button says Refresh, and the pane says plainly what Refresh replaces.
    expect(screen.getByRole("button", { name: "Refresh the review" })).toBeTruthy();
    expect(screen.getByText(replaces).textContent).toContain("Anything else typed on the review sheet is replaced");
  });

  it("cancels: the gateway's read is aborted, nothing is written or saved", async () => {
    const user = userEvent.setup();
    const gateway = await renderBuildTab();
    gateway.control.holdReads = true;
    await user.click(screen.getByRole("button", { name: "Build the review" }));
    expect(await screen.findByText(/^Reading 订单: 250 of 601 rows$/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(await screen.findByText("Cancelled. The workbook was left as it was.")).toBeTruthy();
    expect(gateway.calls).not.toContain("writeReview");
    expect(gateway.calls).not.toContain("saveSettings");
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect((screen.getByRole("button", { name: "Build the review" }) as HTMLButtonElement).disabled).toBe(false);
  });

  it("shows what went wrong in a message bar", async () => {
    const user = userEvent.setup();
    const gateway = await renderBuildTab({ writeError: "The workbook is read-only." });
    await user.click(screen.getByRole("button", { name: "Build the review" }));
    expect(await screen.findByText("The review could not be built.")).toBeTruthy();
    expect(screen.getByText("Excel said: The workbook is read-only.")).toBeTruthy();
    await waitFor(() => expect(gateway.calls).toContain("writeReview"));
    expect(gateway.calls).not.toContain("saveSettings");
  });

  it("says when the period holds no orders", async () => {
    const user = userEvent.setup();
    await renderBuildTab();
    await user.click(screen.getByRole("tab", { name: "Targets" }));
    const from = screen.getByLabelText(/^First month/, { selector: "input" });
    const to = screen.getByLabelText(/^Last month/, { selector: "input" });
    fireEvent.change(to, { target: { value: "2026-03" } });
    fireEvent.change(from, { target: { value: "2026-01" } });
    await user.click(screen.getByRole("tab", { name: "Build" }));
    await user.click(screen.getByRole("button", { name: "Build the review" }));
    expect(await screen.findByText("There are no counted orders from 2026-01 to 2026-03; the orders run from 2025-01 to 2025-10.")).toBeTruthy();
  });
});
