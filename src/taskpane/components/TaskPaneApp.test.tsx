// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FUNCTION_CATALOG } from "../../functions/catalog";
import { enUS } from "../../i18n/strings.en-US";
import { reviewEnUS } from "../../i18n/review-strings.en-US";
import { translate, type Locale, type MessageKey } from "../../i18n/messages";
import { TABLE_FIELDS, TABLE_KINDS } from "../../review/tables/table-fields";
import { fakeWorkbook, sampleWorkbookSheets } from "../../../test/support/fake-workbook";
import { fieldLabelKey } from "../pane-locale";
import type { ReviewSettings } from "../workbook/workbook-gateway";
import { PaneNotice } from "./PaneNotice";
import { TaskPaneApp } from "./TaskPaneApp";

afterEach(cleanup);

const SHEETS = sampleWorkbookSheets();
const KEYS = Object.keys({ ...enUS, ...reviewEnUS });

/** Everything the pane shows or says to assistive technology. */
function shownText(): string {
  const attributes = [...document.querySelectorAll("[aria-label], [title], [placeholder]")].flatMap((element) =>
    ["aria-label", "title", "placeholder"].map((name) => element.getAttribute(name) ?? ""));
  return [document.body.textContent ?? "", ...attributes].join("\n");
}

/** No unfilled placeholder and no message key among the text shown. */
function expectNoRawMessages(text: string): void {
  expect(text).not.toMatch(/\{\w+\}/);
  for (const key of KEYS) expect(text.includes(key), key).toBe(false);
}

describe.each([
  ["en-US", { data: "Data", targets: "Targets", build: "Build", functions: "Functions", buildButton: "Build the review", done: "Data read", gmv: /^GMV$/ }],
  ["zh-CN", { data: "数据", targets: "目标", build: "生成", functions: "函数", buildButton: "生成复盘", done: "读取的数据", gmv: /^GMV$/ }],
] as const)("the pane in %s", (locale, names) => {
  it("renders every tab with its strings resolved", async () => {
    const user = userEvent.setup();
    render(<TaskPaneApp gateway={fakeWorkbook({ sheets: SHEETS, canInsert: true })} displayLanguage={locale} demo />);
    await screen.findByRole("table");
    const seen: string[] = [];
    // Data: open every table's section.
    for (const header of screen.getAllByRole("button", { expanded: false })) {
      if (header.closest(".fui-AccordionHeader") !== null) await user.click(header);
    }
    seen.push(shownText());

    await user.click(screen.getByRole("tab", { name: names.targets }));
    await user.type(screen.getByLabelText(names.gmv, { selector: "input" }), "x");
    seen.push(shownText());

    await user.click(screen.getByRole("tab", { name: names.build }));
    await user.click(screen.getByRole("button", { name: names.buildButton }));
    seen.push(shownText());
    await user.click(screen.getByRole("tab", { name: names.targets }));
    await user.clear(screen.getByLabelText(names.gmv, { selector: "input" }));
    await user.click(screen.getByRole("tab", { name: names.build }));
    await user.click(screen.getByRole("button", { name: names.buildButton }));
    await screen.findByText(names.done);
    seen.push(shownText());

    await user.click(screen.getByRole("tab", { name: names.functions }));
    seen.push(shownText());

    expect(document.documentElement.lang).toBe(locale);
    for (const text of seen) expectNoRawMessages(text);
  });
});

describe("strings the pane builds keys for", () => {
  it("exist in both languages: fields, kinds, stages, languages, tabs", () => {
    const keys: string[] = [
      ...TABLE_KINDS.flatMap((kind) => TABLE_FIELDS[kind].map((field) => fieldLabelKey(field))),
      fieldLabelKey("orderTime"),
      ...TABLE_KINDS.map((kind) => `pane.kind.${kind}`),
      ...["listing", "reading", "detecting", "computing", "writing", "saving"].map((stage) => `pane.stage.${stage}`),
      ...["inspect", "cells", "formats", "charts", "commit"].map((step) => `pane.stage.writing.${step}`),
      ...["en-US", "zh-CN"].map((language) => `pane.language.${language}`),
      ...["data", "period", "build", "functions"].map((tab) => `pane.tab.${tab}`),
      ...["gmv", "gmvGrowth", "aov", "aovGrowth", "repurchaseRate", "conversionRate"].map((field) => `pane.targets.${field}`),
    ];
    for (const locale of ["en-US", "zh-CN"] as Locale[]) {
      for (const key of keys) {
        expect(() => translate(locale, key as MessageKey), `${locale} ${key}`).not.toThrow();
        expect(translate(locale, key as MessageKey).length, `${locale} ${key}`).toBeGreaterThan(0);
      }
    }
  });
});

describe("language", () => {
  const settings: ReviewSettings = {
    version: 1, sources: { orders: "订单" }, mappings: {}, period: "2025-06..2025-10", compare: "previous",
    targets: { gmv: 25_000_000 }, thresholds: { met: 1, near: 0.9 }, language: "en-US",
  };

  it("follows Office's display language by default", async () => {
    render(<TaskPaneApp gateway={fakeWorkbook({ sheets: SHEETS })} displayLanguage="zh-cn" />);
    expect(screen.getByRole("tab", { name: "数据" })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "语言" }).textContent).toContain("中文（自动）");
    await screen.findByRole("table");
  });

  it("keeps the language saved in the workbook, and saves the one chosen in the pane or \"Follow Office\"", async () => {
    const user = userEvent.setup();
    const gateway = fakeWorkbook({ sheets: SHEETS, settings });
    render(<TaskPaneApp gateway={gateway} displayLanguage="zh-CN" />);
    // The saved review is English although Office is Chinese.
    expect(await screen.findByRole("tab", { name: "Data" })).toBeTruthy();
    await screen.findByRole("table");

    await user.click(screen.getByRole("combobox", { name: "Language" }));
    await user.click(screen.getByRole("option", { name: "中文" }));
    expect(screen.getByRole("tab", { name: "数据" })).toBeTruthy();
    expect(gateway.saved.at(-1)).toEqual({ ...settings, language: "zh-CN", followOffice: false });

    await user.click(screen.getByRole("combobox", { name: "语言" }));
    await user.click(screen.getByRole("option", { name: /^跟随 Office/ }));
    expect(gateway.saved.at(-1)).toEqual({ ...settings, language: "zh-CN", followOffice: true });
    cleanup();
    // Opened again where Office is English: the pane follows Office, though the review is Chinese.
    render(<TaskPaneApp gateway={fakeWorkbook({ sheets: SHEETS, settings: gateway.saved.at(-1)! })} displayLanguage="en-US" />);
    expect(await screen.findByRole("tab", { name: "Data" })).toBeTruthy();
    await screen.findByRole("table");
  });

  it("keeps a language chosen in the pane even when it is Office's", async () => {
    render(<TaskPaneApp gateway={fakeWorkbook({ sheets: SHEETS, settings: { ...settings, language: "zh-CN", followOffice: false } })} displayLanguage="zh-CN" />);
    expect(await screen.findByRole("tab", { name: "数据" })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "语言" }).textContent).not.toContain("自动");
    await screen.findByRole("table");
  });

  it("keeps a table the saved settings set to \"Not used\" unused, though the workbook has one", async () => {
    render(<TaskPaneApp gateway={fakeWorkbook({ sheets: SHEETS, settings: { ...settings, unused: ["traffic"] } })} displayLanguage="en-US" />);
    await screen.findByRole("table");
    const traffic = screen.getByRole("button", { name: /^Traffic/ });
    expect(traffic.textContent).toContain("Not used");
    expect(screen.getByRole("button", { name: /^Ad spend/ }).textContent).toContain("推广");
  });

  it("says so outside Office", () => {
    render(<PaneNotice locale="en-US" message="pane.outsideOffice" />);
    const ribbon = { tab: translate("en-US", "pane.ribbon.tab"), group: translate("en-US", "pane.ribbon.group"), button: translate("en-US", "pane.ribbon.button") };
    expect(screen.getByRole("status").textContent).toBe(translate("en-US", "pane.outsideOffice", ribbon));
  });

  it("warns when Excel lacks what the builder needs, and still offers the functions", async () => {
    const user = userEvent.setup();
    render(<TaskPaneApp gateway={fakeWorkbook({ sheets: SHEETS, supported: false })} displayLanguage="en-US" />);
    expect(await screen.findByText(/lacks what the review builder needs \(ExcelApi 1\.12\)/)).toBeTruthy();
    await user.click(screen.getByRole("tab", { name: "Functions" }));
    expect(screen.getAllByRole("heading", { level: 3 }).length).toBe(FUNCTION_CATALOG.length);
  });
});
