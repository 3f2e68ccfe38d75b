// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Locale } from "../../i18n/messages";
import { PaneLocaleContext } from "../pane-locale";
import { FunctionsTab } from "./FunctionsTab";

afterEach(cleanup);

function renderCatalog(locale: Locale, insertFormula?: (formula: string) => Promise<void>) {
  render(
    <PaneLocaleContext.Provider value={locale}>
      <FunctionsTab insertFormula={insertFormula} />
    </PaneLocaleContext.Provider>,
  );
}

const names = () => screen.getAllByRole("heading", { level: 3 }).map((heading) => heading.textContent);

describe("Functions tab", () => {
  it("lists every EC. function with its description and example, and filters as one types", async () => {
    const user = userEvent.setup();
    renderCatalog("en-US");
    expect(names().length).toBe(17);
    expect(screen.getByText("17 of 17 functions")).toBeTruthy();
    expect(screen.getByText("=EC.AOV(D2:D5001, B2:B5001, E2:E5001, A2:A5001)")).toBeTruthy();

    await user.type(screen.getByRole("searchbox", { name: "Search the functions" }), "repurchase");
    expect(names()).toEqual(["EC.REPURCHASE"]);
    expect(screen.getByText("1 of 17 functions")).toBeTruthy();

    await user.clear(screen.getByRole("searchbox"));
    await user.type(screen.getByRole("searchbox"), "nothing like this");
    expect(screen.queryAllByRole("heading", { level: 3 })).toEqual([]);
    expect(screen.getByText("No function matches “nothing like this”.")).toBeTruthy();
  });

  it("describes the functions in Chinese, and finds them by Chinese words", async () => {
    const user = userEvent.setup();
    renderCatalog("zh-CN");
    await user.type(screen.getByRole("searchbox", { name: "搜索函数" }), "客单价");
    expect(names()).toContain("EC.AOV");
    const card = screen.getByRole("heading", { name: "EC.AOV" }).parentElement!;
    expect(card.textContent).toMatch(/客单价：GMV ÷ 订单数/);
  });

  it("inserts a function's example into the selected cell through the gateway", async () => {
    const user = userEvent.setup();
    const insertFormula = vi.fn(async () => undefined);
    renderCatalog("en-US", insertFormula);
    await user.type(screen.getByRole("searchbox"), "ec.roi");
    await user.click(screen.getByRole("button", { name: "Insert the EC.ROI example into the selected cell" }));
    expect(insertFormula).toHaveBeenCalledWith("=EC.ROI(90000, 投放!C2:C31)");
    expect(screen.getByText("EC.ROI was inserted into the selected cell.")).toBeTruthy();
  });

  it("says when Excel refuses the formula, and offers no insert without the gateway's insertFormula", async () => {
    const user = userEvent.setup();
    renderCatalog("en-US", async () => {
      throw new Error("The cell is being edited.");
    });
    await user.click(within(screen.getByRole("heading", { name: "EC.GMV" }).parentElement!).getByRole("button"));
    expect(screen.getByText("The formula could not be inserted: The cell is being edited.")).toBeTruthy();
    cleanup();
    renderCatalog("en-US");
    expect(screen.queryAllByRole("button", { name: /^Insert the/ })).toEqual([]);
  });
});
