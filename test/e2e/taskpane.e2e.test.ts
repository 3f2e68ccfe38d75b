/**
 * The task pane end to end, in a real browser: a fresh production build of the add-in served over
 * http, opened in Debian's Chromium as `taskpane.html?standin=1` on a stand-in workbook
 * (standin-workbook.js) holding a sample shop's orders, ad spend and traffic. The test walks the
 * pane as an operator does — Data, Targets, Build, Functions — in English, then again in Chinese
 * chosen with the pane's language picker, and checks what the pane asked the workbook to do: the
 * review sheet written (its name, attainment formulas, charts, its GMV against a sum computed
 * here from the shop's records), the operator's sheets untouched, the settings saved, the review
 * sheet selected, formulas inserted (EC.GMV over the columns the Data tab found, and the pane saying
 * which). The share section on a summary sheet of `EC.` formulas: the check lists them, the sheet is
 * turned into values (#NAME?, #BUSY! and #DIV/0! left as formulas) and restored. Also: every control
 * has an accessible name, the keyboard reaches and presses Build, and nothing is requested from any
 * other origin.
 *
 * Screenshots of each step (350×800, a task pane's size) go to test-output/e2e/.
 * Needs /usr/bin/chromium (scripts/install-system-deps.sh installs it); skipped without it.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { translate, type Locale, type MessageKey, type MessageParams } from "../../src/i18n/messages";
import { formatCurrency, formatPercent } from "../../src/review/format-figures";
import { columnName, type SheetLayout } from "../../src/review/sheet-layout";
import { functionCatalog, searchCatalog } from "../../src/taskpane/function-catalog";
import { functionTexts } from "../../src/taskpane/insert-arguments";
import { CHANNELS_RESULT, SUMMARY_FORMULAS, SUMMARY_SHEET } from "../support/ec-formula-workbook";
import type { ReviewSettings } from "../../src/taskpane/workbook/workbook-gateway";
import { unnamedControls } from "./accessibility";
import { COST_COLUMN, PERIOD, SHEETS, operatorWorkbook, type OperatorWorkbook } from "./operator-workbook";
import { buildAddin } from "./production-build";
import { parseCsvRows } from "../support/csv-rows";
import { writeShopifyOrders } from "../support/export-writers";
import { generateShopOrders, isCountedOrder } from "../support/shop-orders";
import { serveDirectory, type StaticServer } from "./static-server";
import { sectionTitleOf } from "../../src/review/review-sheet";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CHROMIUM = "/usr/bin/chromium";
const STANDIN_SCRIPT = path.join(ROOT, "test/e2e/standin-workbook.js");
const SCREENSHOTS = path.join(ROOT, "test-output/e2e");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const VIEWPORT = { width: 350, height: 800 };
/** Rows per chunk the stand-in reads. */
const CHUNK_ROWS = 500;
/** Playwright's waits: long, since a wait for something that appears ends when it appears. */
const LOADED_MACHINE_WAIT_MS = 180_000;

/** What the operator types on the Targets tab (the same in both languages, written as each might). */
const TARGETS = {
  "en-US": { gmv: "250000", aov: "¥180", conversionRate: "0.035" },
  "zh-CN": { gmv: "25万", aov: "180", conversionRate: "3.5%" },
} as const;
const EXPECTED_TARGETS = { gmv: 250_000, aov: 180, conversionRate: 0.035, marginBand: { low: 0.08, high: 0.12 }, promotion: { rule: "belowUsualPrice", priceDrop: 0.05 } };
/** The mapping the operator sets by hand: the cost column, whose header (进货价) the pane does not recognise. */
const OVERRIDE = { field: "cost", column: COST_COLUMN.index } as const;
const CHART_KINDS = ["columnWithLine", "percentStackedColumn", "bar", "doughnut"];

/** What standin-workbook.js records on `window.__ecReviewRecord`. */
interface StandinRecord {
  calls: string[];
  readProgress: [string, number, number][];
  writeStages: string[][];
  written: { sheetName: string; layout: SheetLayout }[];
  lists: { sheetName: string; header: string[]; rows: number }[];
  savedSettings: ReviewSettings[];
  selectedSheets: string[];
  insertedFormulas: string[];
}

interface StandinWindow {
  __ecReviewRecord: StandinRecord;
  __ecReviewStandin: {
    hold(point: string): void; release(point: string): void; sheets(): Record<string, unknown[][]>;
    sheetNotes(): Record<string, { formula: string }>; formulaCells(): Record<string, Record<string, string>>;
  };
}

/** What else the stand-in holds: `EC.` formulas and the selection (see standin-workbook.js). */
interface StandinExtras {
  readonly formulas?: Record<string, { cell: string; formula: string; value: unknown }[]>;
  readonly selection?: { sheet: string; range: string };
}

const chromiumMissing = !existsSync(CHROMIUM);
if (chromiumMissing) console.warn(`Skipping the task pane browser test: ${CHROMIUM} is missing (scripts/install-system-deps.sh installs it).`);

let dist = "";
let server: StaticServer | undefined;
let browser: Browser | undefined;
let workbook: OperatorWorkbook;
/** The sheets as injected: what the stand-in must still hold after every build. */
let injectedSheets: Record<string, unknown[][]>;

describe.skipIf(chromiumMissing)(`task pane in Chromium on a stand-in workbook${chromiumMissing ? ` (skipped: ${CHROMIUM} is missing; run scripts/install-system-deps.sh)` : ""}`, () => {
  beforeAll(async () => {
    rmSync(SCREENSHOTS, { recursive: true, force: true });
    mkdirSync(SCREENSHOTS, { recursive: true });
    workbook = operatorWorkbook();
    injectedSheets = JSON.parse(JSON.stringify(workbook.sheets)) as Record<string, unknown[][]>;
    dist = mkdtempSync(path.join(tmpdir(), "ec-review-e2e-"));
    await buildAddin(ROOT, dist);
    server = await serveDirectory(dist);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-quic", "--no-first-run", "--disable-sync"],
    });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dist !== "") rmSync(dist, { recursive: true, force: true });
  });

  it("walks Data, Targets, Build and Functions in English", async () => {
    await walkThePane("en-US");
  });

  it("walks them again in Chinese, chosen with the pane's language picker", async () => {
    await walkThePane("zh-CN");
  });

  it("reads a Shopify export of line items as orders, in both languages: orders in lines, unpaid orders apart, the amount shape", async () => {
    const orders = generateShopOrders({ seed: 7, orders: 240, from: "2025-01", to: "2025-06", partialRefundShare: 0 });
    const sheets = { orders_export: parseCsvRows(writeShopifyOrders(orders, { dirtyShare: 0 })) };
    const counted = orders.filter(isCountedOrder);
    const expected = {
      orders: counted.length, lines: counted.reduce((n, o) => n + o.lines.length, 0), unpaid: orders.filter((o) => o.status === "unpaid").length,
    };
    expect(expected.lines).toBeGreaterThan(expected.orders);
    for (const locale of ["en-US", "zh-CN"] as const) {
      const t = (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
      const count = (n: number) => n.toLocaleString(locale);
      const { context, page, foreignRequests, pageErrors } = await openPane(sheets);
      try {
        await page.getByRole("tab", { name: translate("en-US", "pane.tab.data"), exact: true }).waitFor();
        if (locale === "zh-CN") {
          await page.getByRole("combobox", { name: translate("en-US", "pane.language") }).click();
          await page.getByRole("option", { name: t("pane.language.zh-CN"), exact: true }).click();
        }
        const panel = page.getByRole("tabpanel");
        await panel.getByText(t("pane.data.ordersInLines", { orders: count(expected.orders), lines: count(expected.lines) }), { exact: true }).waitFor();
        await panel.getByText(t("pane.data.unpaid", { count: count(expected.unpaid) }), { exact: true }).waitFor();
        const shape = panel.getByRole("combobox", { name: new RegExp(t("pane.data.amountShape.label")) });
        expect(await shape.textContent()).toBe(t("pane.data.amountShape.recognised", { shape: t("amountShape.orderTotalFirstRow") }));
        await panel.getByText(t("pane.data.skipped.none"), { exact: true }).waitFor();
        await expectNamedControls(page, "Data tab of a Shopify export");
        await shape.scrollIntoViewIfNeeded();
        await page.mouse.move(0, VIEWPORT.height - 1);
        await page.screenshot({ path: path.join(SCREENSHOTS, `${locale === "en-US" ? "en" : "zh"}-13-data-shopify-lines.png`) });
        expect(foreignRequests.filter((url) => url !== OFFICE_JS)).toEqual([]);
        expect(pageErrors).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });

  it("checks the workbook for EC. formulas, turns a sheet's into values and restores them, in both languages", async () => {
    // 汇总 shows the formulas' values; the stand-in holds the formulas beside them.
    const summary: unknown[][] = [];
    const put = (cell: string, value: unknown) => {
      const row = Number(cell.slice(1)) - 1;
      const columnIndex = cell.charCodeAt(0) - 65;
      while (summary.length <= row) summary.push([]);
      summary[row][columnIndex] = value;
    };
    put("A1", "经营汇总");
    for (const { cell, result } of SUMMARY_FORMULAS) {
      if (!Array.isArray(result)) put(cell, result);
      else (result as unknown[][]).forEach((cells, r) => cells.forEach((value, c) => put(`${String.fromCharCode(65 + c)}${10 + r}`, value)));
    }
    const extras: StandinExtras = {
      formulas: { [SUMMARY_SHEET]: SUMMARY_FORMULAS.map(({ cell, formula, result }) => ({ cell, formula, value: result })) },
      selection: { sheet: SUMMARY_SHEET, range: "B1:B7" },
    };
    for (const locale of ["en-US", "zh-CN"] as const) {
      const t = (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
      const lang = locale === "en-US" ? "en" : "zh";
      const { context, page, pageErrors } = await openPane({ ...workbook.sheets, [SUMMARY_SHEET]: summary.map((row) => Array.from({ length: 4 }, (_, c) => row[c] ?? "")) }, extras);
      try {
        await page.getByRole("tab", { name: translate("en-US", "pane.tab.data"), exact: true }).waitFor();
        if (locale === "zh-CN") {
          await page.getByRole("combobox", { name: translate("en-US", "pane.language") }).click();
          await page.getByRole("option", { name: t("pane.language.zh-CN"), exact: true }).click();
        }
        await page.getByRole("tab", { name: t("pane.tab.functions"), exact: true }).click();
        const panel = page.getByRole("tabpanel");
        await panel.getByRole("button", { name: t("pane.share.title"), exact: true }).click();
        await panel.getByText(t("pane.share.intro"), { exact: true }).waitFor();
        await panel.getByRole("button", { name: t("pane.share.check"), exact: true }).click();
        await panel.getByText(t("pane.share.found", { count: 6 }), { exact: true }).first().waitFor();
        const listed = await panel.getByRole("list", { name: SUMMARY_SHEET }).getByRole("listitem").allTextContents();
        expect(listed).toEqual(SUMMARY_FORMULAS.filter(({ formula }) => formula.includes("EC")).map(({ cell, formula }) =>
          `${cell}${formula}${cell === "A10" ? ` · ${t("pane.share.spills", { range: `A10:D${9 + CHANNELS_RESULT.length}` })}` : ""}`));
        await expectNamedControls(page, "Functions tab with the share check");
        await page.mouse.move(0, VIEWPORT.height - 1);
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: path.join(SCREENSHOTS, `${lang}-11-share-check.png`) });

        // The whole summary sheet into values: the three that have one; #NAME?, #BUSY! and #DIV/0! left as formulas.
        await panel.getByRole("combobox", { name: t("pane.share.where") }).click();
        await page.getByRole("option", { name: t("pane.share.where.sheet", { sheet: SUMMARY_SHEET }), exact: true }).click();
        await panel.getByRole("button", { name: t("pane.share.convert"), exact: true }).click();
        await panel.getByText(t("pane.share.converted.note", { count: 3, scope: t("pane.share.scope.sheet", { sheet: SUMMARY_SHEET }) }), { exact: true }).waitFor();
        await panel.getByText(t("pane.share.found", { count: 3 }), { exact: true }).first().waitFor();
        const standin = () => page.evaluate(() => {
          const control = (window as unknown as StandinWindow).__ecReviewStandin;
          return { notes: Object.keys(control.sheetNotes()), cells: control.formulaCells() };
        });
        expect(await standin()).toEqual({ notes: [`${SUMMARY_SHEET}!B2`, `${SUMMARY_SHEET}!B7`, `${SUMMARY_SHEET}!A10`], cells: { [SUMMARY_SHEET]: { B3: "=SUM(B2:B2)", B4: SUMMARY_FORMULAS[2].formula, B5: SUMMARY_FORMULAS[3].formula, B6: SUMMARY_FORMULAS[4].formula } } });
        await page.mouse.move(0, VIEWPORT.height - 1);
        await page.screenshot({ path: path.join(SCREENSHOTS, `${lang}-12-share-converted.png`) });

        await panel.getByRole("button", { name: t("pane.share.restore"), exact: true }).click();
        await panel.getByText(t("pane.share.restored", { count: 3, scope: t("pane.share.scope.sheet", { sheet: SUMMARY_SHEET }) }), { exact: true }).waitFor();
        expect((await standin()).notes).toEqual([]);
        expect(Object.keys((await standin()).cells[SUMMARY_SHEET]).sort()).toEqual(["A10", "B2", "B3", "B4", "B5", "B6", "B7"]);
        expect(pageErrors).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });

  it("enforces the page's Content-Security-Policy: the pane renders without a violation, an inline script is refused", async () => {
    const { context, page, pageErrors } = await openPane();
    try {
      await page.getByRole("tab", { name: translate("en-US", "pane.tab.data"), exact: true }).waitFor();
      await page.getByRole("tabpanel").getByText(translate("en-US", "pane.data.intro")).waitFor();
      expect(pageErrors).toEqual([]);
      // The control: a script injected into the page does not run, and the breach is reported.
      const ran = await page.evaluate(() => {
        const script = document.createElement("script");
        script.textContent = "window.__injectedRan = true";
        document.body.appendChild(script);
        return (window as unknown as { __injectedRan?: boolean }).__injectedRan === true;
      });
      expect(ran).toBe(false);
      await expect.poll(() => pageErrors.some((error) => error.startsWith("CSP violation: script-src"))).toBe(true);
    } finally {
      await context.close();
    }
  });
});

/** A page on a fresh stand-in workbook, in a browser whose language is English. */
async function openPane(sheets: Record<string, unknown[][]> = workbook.sheets, extras: StandinExtras = {}): Promise<{ context: BrowserContext; page: Page; foreignRequests: string[]; pageErrors: string[] }> {
  const context = await browser!.newContext({ viewport: VIEWPORT, locale: "en-US" });
  const origin = server!.origin;
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  // Nothing leaves the machine: office.js (unreachable here, and the pane must not wait for it) and
  // anything else from another origin is refused, and noted.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    foreignRequests.push(url);
    return route.abort("blockedbyclient");
  });
  // Waits for something that will appear end when it appears; the long default only keeps a
  // loaded machine (CI runs the tests beside busy loops) from failing them.
  context.setDefaultTimeout(LOADED_MACHINE_WAIT_MS);
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  // Any breach of the page's Content-Security-Policy is a page error: the event the browser fires,
  // and the console message it writes.
  page.on("console", (message) => {
    if (/Content[ -]Security[ -]Policy/i.test(message.text())) pageErrors.push(`CSP console: ${message.text()}`);
  });
  await page.exposeFunction("__ecReviewCspViolation", (text: string) => pageErrors.push(`CSP violation: ${text}`));
  await page.addInitScript({
    content: `document.addEventListener("securitypolicyviolation", (event) => window.__ecReviewCspViolation(event.violatedDirective + " " + (event.blockedURI || "inline") + " " + (event.sample || "")));`,
  });
  await page.addInitScript({ content: `window.__ecReviewStandinData = ${JSON.stringify({ sheets, chunkRows: CHUNK_ROWS, ...extras })};` });
  await page.addInitScript({ path: STANDIN_SCRIPT });
  await page.goto(`${origin}/taskpane.html?standin=1`);
  return { context, page, foreignRequests, pageErrors };
}

async function walkThePane(locale: Locale): Promise<void> {
  const t = (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
  const lang = locale === "en-US" ? "en" : "zh";
  const shot = async (page: Page, name: string) => {
    // The pointer off the pane, so that no row shows as hovered.
    await page.mouse.move(0, VIEWPORT.height - 1);
    await page.screenshot({ path: path.join(SCREENSHOTS, `${lang}-${name}.png`) });
  };
  const { context, page, foreignRequests, pageErrors } = await openPane();
  try {
    // ---- The pane opens in the browser's language; Chinese is chosen with the language picker.
    await page.getByRole("tab", { name: translate("en-US", "pane.tab.data"), exact: true }).waitFor();
    if (locale === "zh-CN") {
      await page.getByRole("combobox", { name: translate("en-US", "pane.language") }).click();
      await page.getByRole("option", { name: t("pane.language.zh-CN"), exact: true }).click();
      await page.getByRole("tab", { name: t("pane.tab.data"), exact: true }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
    }
    const tab = (key: "data" | "period" | "build" | "functions") => page.getByRole("tab", { name: t(`pane.tab.${key}`), exact: true });
    const panel = page.getByRole("tabpanel");

    // ---- Data: the three tables found, with their columns.
    await panel.getByText(t("pane.data.intro")).waitFor();
    for (const [kind, sheet] of [["orders", SHEETS.orders], ["adSpend", SHEETS.adSpend], ["traffic", SHEETS.traffic]] as const) {
      const header = sectionHeader(panel, t(`pane.kind.${kind}`));
      expect(await header.textContent()).toContain(sheet);
      if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
      await panel.getByRole("table", { name: t("pane.data.columnsOf", { sheet }) }).waitFor();
    }
    const columnsTable = (sheet: string) => panel.getByRole("table", { name: t("pane.data.columnsOf", { sheet }) });
    const columnDropdown = (scope: Page | Locator, field: string) =>
      scope.getByRole("combobox", { name: t("pane.data.columnFor", { field: t(`pane.field.${field}` as MessageKey) }), exact: true });
    const column = (sheet: string, field: string) => columnDropdown(columnsTable(sheet), field);
    const columnText = (letter: string, header: string) => t("pane.data.columnWithHeader", { letter, header });
    const expectedColumns: [string, string, string][] = [
      [SHEETS.orders, "buyer", columnText("B", "买家会员名")], [SHEETS.orders, "paidTime", columnText("C", "订单付款时间")],
      [SHEETS.orders, "amount", columnText("D", "实付金额")], [SHEETS.orders, "status", columnText("E", "订单状态")],
      [SHEETS.orders, "channel", columnText("H", "流量来源")], [SHEETS.orders, "cost", t("pane.data.noColumn")],
      [SHEETS.adSpend, "date", columnText("A", "日期")], [SHEETS.adSpend, "channel", columnText("B", "渠道")], [SHEETS.adSpend, "spend", columnText("C", "花费")],
      [SHEETS.traffic, "date", columnText("A", "日期")], [SHEETS.traffic, "channel", columnText("B", "流量来源")], [SHEETS.traffic, "visitors", columnText("C", "访客数")],
    ];
    for (const [sheet, field, text] of expectedColumns) expect(await column(sheet, field).textContent(), `${sheet} ${field}`).toBe(text);
    // The rows the review will skip are listed before any build.
    for (const line of skippedLines(t, workbook)) await panel.getByText(line, { exact: true }).first().waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, "01-data");

    // The cost column, not recognised, is chosen with its dropdown: the pane says so, and the choice
    // stays when the tab is left and opened again.
    const overrideText = columnText(columnName(COST_COLUMN.index), COST_COLUMN.header);
    const overrideRow = columnsTable(SHEETS.orders).getByRole("row").filter({ has: columnDropdown(page, OVERRIDE.field) });
    await overrideRow.getByText(t("pane.data.unmapped"), { exact: true }).waitFor();
    await column(SHEETS.orders, OVERRIDE.field).click();
    await page.getByRole("listbox").getByRole("option", { name: overrideText, exact: true }).click();
    await overrideRow.getByText(t("pane.data.byYou"), { exact: true }).waitFor();
    await expectNamedControls(page, "Data tab");
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, "02-data-override");
    await tab("period").click();
    await tab("data").click();
    await overrideRow.getByText(t("pane.data.byYou"), { exact: true }).waitFor();
    expect(await column(SHEETS.orders, OVERRIDE.field).textContent()).toBe(overrideText);

    // ---- Targets: the period, the comparison, three targets; a negative target is refused until fixed.
    await tab("period").click();
    await panel.getByLabel(t("pane.period.from")).fill(PERIOD.from);
    await panel.getByLabel(t("pane.period.to")).fill(PERIOD.to);
    await panel.getByRole("combobox", { name: t("pane.period.compare") }).click();
    await page.getByRole("listbox").getByRole("option", { name: t("pane.period.compare.previous"), exact: true }).click();
    expect(await panel.getByRole("combobox", { name: t("pane.period.compare") }).textContent()).toBe(t("pane.period.compare.previous"));
    const gmv = panel.getByRole("textbox", { name: t("pane.targets.gmv"), exact: true });
    await gmv.fill("-25000");
    const positiveError = panel.getByText(t("pane.error.positive"), { exact: true });
    await positiveError.waitFor();
    expect(await gmv.getAttribute("aria-invalid")).toBe("true");
    await shot(page, "03-targets-invalid");
    await gmv.fill(TARGETS[locale].gmv);
    await positiveError.waitFor({ state: "detached" });
    expect(await gmv.getAttribute("aria-invalid")).not.toBe("true");
    await panel.getByRole("textbox", { name: t("pane.targets.aov"), exact: true }).fill(TARGETS[locale].aov);
    await panel.getByRole("textbox", { name: t("pane.targets.conversionRate"), exact: true }).fill(TARGETS[locale].conversionRate);
    expect(await panel.locator("[aria-invalid=true]").count()).toBe(0);
    await expectNamedControls(page, "Targets tab");
    await shot(page, "04-targets");

    // ---- Build: the progress while it reads and writes, then the summary.
    await tab("build").click();
    await panel.getByText(t("pane.build.intro", { orders: SHEETS.orders, from: PERIOD.from, to: PERIOD.to }), { exact: true }).waitFor();
    const buildButton = panel.getByRole("button", { name: t("pane.build.build"), exact: true });
    await page.evaluate((sheet) => {
      const standin = (window as unknown as StandinWindow).__ecReviewStandin;
      standin.hold(`read:${sheet}`);
      standin.hold("write:charts");
    }, SHEETS.orders);
    if (locale === "en-US") {
      // The keyboard reaches the button from the tab and presses it.
      await tab("build").focus();
      for (let presses = 0; presses < 10 && !(await buildButton.evaluate((element) => element === document.activeElement)); presses++) await page.keyboard.press("Tab");
      expect(await buildButton.evaluate((element) => element === document.activeElement), "Tab reaches the Build button").toBe(true);
      await page.keyboard.press("Enter");
    } else {
      await buildButton.click();
    }
    const progress = panel.getByRole("progressbar");
    const orderRows = workbook.sheets[SHEETS.orders].length;
    const readingText = t("pane.stage.reading", { sheet: SHEETS.orders, read: count(locale, CHUNK_ROWS), total: count(locale, orderRows) });
    await panel.locator(`[role=progressbar][aria-valuetext="${readingText}"]`).waitFor();
    await panel.getByRole("button", { name: t("pane.build.cancel"), exact: true }).waitFor();
    const readingValue = Number(await progress.getAttribute("aria-valuenow"));
    await shot(page, "05-build-reading");
    await page.evaluate((sheet) => (window as unknown as StandinWindow).__ecReviewStandin.release(`read:${sheet}`), SHEETS.orders);
    await panel.locator(`[role=progressbar][aria-valuetext="${t("pane.stage.writing.charts")}"]`).waitFor();
    const writingValue = Number(await progress.getAttribute("aria-valuenow"));
    expect(readingValue).toBeGreaterThan(0);
    expect(writingValue).toBeGreaterThan(readingValue);
    expect(writingValue).toBeLessThan(1);
    await shot(page, "06-build-writing");
    await page.evaluate(() => (window as unknown as StandinWindow).__ecReviewStandin.release("write:charts"));

    const sheetName = t("review.sheetName");
    const summary = panel.getByRole("region", { name: t("pane.build.summary"), exact: true });
    await summary.getByText(t("pane.build.done", { sheet: sheetName }), { exact: true }).waitFor();
    const figureOf = (scope: Locator, term: string) => scope.locator("dt").filter({ hasText: new RegExp(`^${escapeRegExp(term)}$`) }).locator("xpath=following-sibling::dd[1]").textContent();
    const figure = (key: MessageKey) => figureOf(summary, t(key));
    // The review's headline figures in its number style, GMV against the sum computed here from the shop's records.
    const headline = summary.getByRole("region", { name: t("pane.build.headline", { from: PERIOD.from, to: PERIOD.to }), exact: true });
    expect(await figureOf(headline, t("review.metric.gmv"))).toBe(formatCurrency(workbook.periodGmv, "CNY", locale));
    const attainment = workbook.periodGmv / EXPECTED_TARGETS.gmv;
    const status = attainment >= 1 ? "met" : attainment >= 0.9 ? "near" : "missed";
    expect(await figureOf(headline, t("pane.build.gmvAttainment"))).toBe(t("pane.build.attainmentStatus", { attainment: formatPercent(attainment), status: t(`review.status.${status}`) }));
    // The rows read of each table, not of the three sheets together.
    const tablesRead = summary.getByRole("region", { name: t("pane.build.tablesRead"), exact: true });
    for (const kind of ["orders", "adSpend", "traffic"] as const) {
      const label = t(`pane.kind.${kind}`);
      const term = SHEETS[kind] === label ? label : t("pane.build.tableOnSheet", { kind: label, sheet: SHEETS[kind] });
      expect(await figureOf(tablesRead, term), kind).toBe(t("pane.build.tableRows", { rows: count(locale, workbook.sheets[SHEETS[kind]].length - 1) }));
    }
    expect(await figure("pane.build.rowsSkipped")).toBe(count(locale, workbook.skipped.length));
    expect(workbook.skipped.length).toBe(2);
    expect(await figure("pane.build.excluded")).toBe(count(locale, workbook.excludedByStatus));
    const [before, after] = t("pane.build.seconds", { seconds: "\u0000" }).split("\u0000");
    expect(await figure("pane.build.time")).toMatch(new RegExp(`^${escapeRegExp(before)}\\d+[.,]\\d${escapeRegExp(after)}$`));
    const summaryLines = await summary.getByRole("listitem").allTextContents();
    expect(summaryLines).toEqual(skippedLines(t, workbook));
    await expectNamedControls(page, "Build tab with its summary");
    await summary.scrollIntoViewIfNeeded();
    await shot(page, "07-build-summary");

    // What the pane asked of the workbook.
    const record = await readRecord(page);
    expect(record.calls.filter((call) => call === "writeReview")).toHaveLength(1);
    expect(record.writeStages).toEqual([["inspect", "cells", "formats", "charts", "commit"]]);
    // The outreach list beside the review: its header in the pane's language, a row per buyer.
    expect(record.lists).toHaveLength(1);
    expect(record.lists[0].sheetName).toBe(t("review.segments.sheetName"));
    expect(record.lists[0].header[0]).toBe(t("review.segments.col.buyer"));
    expect(record.lists[0].rows).toBeGreaterThan(10);
    // The orders were read in chunks, with progress up to every row: once when the pane opened, once by the build.
    const oneRead = [0, ...Array.from({ length: Math.ceil(orderRows / CHUNK_ROWS) }, (_, i) => Math.min(orderRows, (i + 1) * CHUNK_ROWS))];
    expect(record.readProgress.filter(([sheet]) => sheet === SHEETS.orders).map(([, read]) => read)).toEqual([...oneRead, ...oneRead]);
    const { sheetName: written, layout } = record.written[0];
    expect(written).toBe(sheetName);
    expectReviewLayout(layout, locale, workbook.periodGmv);
    expect(await readSheets(page)).toEqual(injectedSheets);
    expect(record.savedSettings).toHaveLength(1);
    expect(record.savedSettings[0]).toEqual({
      version: 1,
      sources: { orders: SHEETS.orders, adSpend: SHEETS.adSpend, traffic: SHEETS.traffic },
      mappings: { orders: { [OVERRIDE.field]: OVERRIDE.column } },
      period: `${PERIOD.from}..${PERIOD.to}`,
      compare: "previous",
      targets: EXPECTED_TARGETS,
      thresholds: { met: 1, near: 0.9 },
      language: locale,
      // English is the browser's language, followed; Chinese was chosen with the picker.
      followOffice: locale === "en-US",
    });

    await summary.getByRole("button", { name: t("pane.build.goToSheet"), exact: true }).click();
    await expect.poll(async () => (await readRecord(page)).selectedSheets).toEqual([sheetName]);
    expect(await panel.getByRole("button", { name: t("pane.build.refresh"), exact: true }).isEnabled()).toBe(true);

    // ---- Functions: the search narrows the catalog; Insert puts the example into the selected cell.
    await tab("functions").click();
    const expected = searchCatalog(functionCatalog(locale), "ROI");
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(functionCatalog(locale).length);
    await panel.getByRole("searchbox", { name: t("pane.functions.search") }).fill("ROI");
    await panel.getByText(t("pane.functions.count", { count: expected.length, total: functionCatalog(locale).length }), { exact: true }).waitFor();
    expect(await panel.getByRole("heading", { level: 3 }).allTextContents()).toEqual(expected.map((entry) => entry.name));
    const roi = expected.find((entry) => entry.name === "EC.ROI")!;
    await panel.getByRole("button", { name: t("pane.functions.insertLabel", { name: roi.name }), exact: true }).click();
    await panel.getByText(t("pane.functions.inserted", { name: roi.name }), { exact: true }).waitFor();
    expect((await readRecord(page)).insertedFormulas).toEqual([roi.example]);
    await expectNamedControls(page, "Functions tab");
    await shot(page, "08-functions");

    // Help: the card links to the function's help page in the pane's language, which the build wrote
    // beside the pane; outside Office the plain link opens it in a new window, styled under its own policy.
    const help = panel.getByRole("link", { name: t("pane.functions.helpLabel", { name: roi.name }), exact: true });
    expect(await help.getAttribute("href")).toBe(new URL(roi.helpPath, page.url()).href);
    const [helpPage] = await Promise.all([context.waitForEvent("page"), help.click()]);
    const helpErrors: string[] = [];
    helpPage.on("console", (message) => {
      if (message.type() === "error") helpErrors.push(message.text());
    });
    await helpPage.waitForLoadState();
    expect(helpPage.url()).toBe(new URL(roi.helpPath, page.url()).href);
    await helpPage.getByRole("heading", { level: 1, name: roi.name }).waitFor();
    expect(await helpPage.locator("pre").first().evaluate((element) => getComputedStyle(element).borderTopStyle)).toBe("solid");
    expect(await helpPage.locator("html").getAttribute("lang")).toBe(locale);
    await helpPage.screenshot({ path: path.join(SCREENSHOTS, `${lang}-09-function-help.png`), fullPage: true });
    expect(helpErrors).toEqual([]);
    await helpPage.close();

    // Insert fills the arguments with the Data tab's columns (the whole detected columns), and says which.
    await panel.getByText(t("pane.functions.insertFrom", { sheets: listOf(locale, [SHEETS.orders, SHEETS.adSpend, SHEETS.traffic]) }), { exact: true }).waitFor();
    await panel.getByRole("searchbox", { name: t("pane.functions.search") }).fill("EC.GMV");
    await panel.getByRole("button", { name: t("pane.functions.insertLabel", { name: "EC.GMV" }), exact: true }).click();
    const rows = workbook.sheets[SHEETS.orders].length;
    const orderColumn = (letter: string) => `'${SHEETS.orders}'!${letter}2:${letter}${rows}`;
    await panel.getByText(t("pane.functions.inserted", { name: "EC.GMV" }), { exact: true }).waitFor();
    expect((await readRecord(page)).insertedFormulas).toEqual([roi.example, `=EC.GMV(${orderColumn("D")}, ${orderColumn("E")}, ${orderColumn("A")})`]);
    const gmvTexts = functionTexts("GMV")[locale === "zh-CN" ? "zh" : "en"].parameters;
    const usedLines = [["D", "实付金额"], ["E", "订单状态"], ["A", "订单编号"]].map(([letter, header], index) =>
      t("pane.functions.usedColumn", { parameter: gmvTexts[index].name, sheet: SHEETS.orders, letter, header, range: orderColumn(letter) }));
    expect(await panel.locator(".fui-MessageBarBody").getByRole("listitem").allTextContents()).toEqual(usedLines);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, "10-functions-insert");

    // Still nothing written to the operator's sheets, nothing fetched from elsewhere but office.js, no error but office.js's absence.
    expect(await readSheets(page)).toEqual(injectedSheets);
    expect([...new Set(foreignRequests)]).toEqual([OFFICE_JS]);
    // Not even the functions bundle may fail outside Office (it stands in a no-op CustomFunctions).
    expect(pageErrors).toEqual([]);
  } finally {
    await context.close();
  }
}

/** An accordion header of the Data tab: its accessible name starts with the kind of table. */
function sectionHeader(panel: Locator, kindLabel: string): Locator {
  return panel.getByRole("button", { name: new RegExp(`^${escapeRegExp(kindLabel)}\\s`) });
}

/** The skipped rows as the pane lists them. */
function skippedLines(t: (key: MessageKey, params?: MessageParams) => string, book: OperatorWorkbook): string[] {
  return book.skipped.map((skip) => t("pane.data.skipped.row", { sheet: SHEETS.orders, row: skip.row, reason: t(skip.reason, skip.params) }));
}

function listOf(locale: Locale, items: string[]): string {
  return new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(items);
}

function count(locale: Locale, value: number): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

async function readRecord(page: Page): Promise<StandinRecord> {
  return page.evaluate(() => (window as unknown as StandinWindow).__ecReviewRecord);
}

async function readSheets(page: Page): Promise<Record<string, unknown[][]>> {
  return page.evaluate(() => (window as unknown as StandinWindow).__ecReviewStandin.sheets());
}

async function expectNamedControls(page: Page, where: string): Promise<void> {
  const { controls, unnamed } = await unnamedControls(page);
  expect(controls, `${where}: controls found`).toBeGreaterThan(3);
  expect(unnamed, `${where}: controls without an accessible name`).toEqual([]);
}

/** Agreement to 1e-9 relative. */
function expectClose(actual: unknown, expected: number, what: string): void {
  expect(typeof actual, `${what}: ${String(actual)}`).toBe("number");
  expect(Math.abs((actual as number) - expected), `${what}: ${String(actual)} vs ${expected}`).toBeLessThanOrEqual(1e-9 * Math.abs(expected));
}

/** The review sheet as the pane wrote it: its name, the attainment section's formulas and GMV, the charts, no `EC.` formula. */
function expectReviewLayout(layout: SheetLayout, locale: Locale, periodGmv: number): void {
  const t = (key: MessageKey) => translate(locale, key);
  expect(layout.name).toBe(t("review.sheetName"));
  const formulas = layout.cells.flatMap((cell) => (cell.formula === undefined ? [] : [cell.formula]));
  expect(formulas.length).toBeGreaterThan(10);
  expect(formulas.filter((formula) => formula.toUpperCase().includes("EC."))).toEqual([]);

  const sectionRows = layout.cells.filter((cell) => cell.style === "section").map((cell) => cell.row).sort((a, b) => a - b);
  const targetsRow = layout.cells.find((cell) => cell.style === "section" && sectionTitleOf(String(cell.value)) === t("review.section.targets"))?.row;
  expect(targetsRow, "the target attainment section").toBeDefined();
  const end = sectionRows.find((row) => row > targetsRow!) ?? Infinity;
  const section = layout.cells.filter((cell) => cell.row > targetsRow! && cell.row < end);
  const at = (row: number, column: number) => section.find((cell) => cell.row === row && cell.column === column);
  const gmvRow = section.find((cell) => cell.column === 0 && cell.value === t("review.metric.gmv"))?.row;
  expect(gmvRow, "the GMV row of the attainment table").toBeDefined();
  expectClose(at(gmvRow!, 3)?.value, periodGmv, "GMV actual");
  expect(at(gmvRow!, 2)?.value).toBe(EXPECTED_TARGETS.gmv);
  // Attainment, gap and status are native formulas over the cells beside them.
  expect(at(gmvRow!, 4)?.formula).toMatch(/^=IF\(.*D\d+\/C\d+\)$/);
  expectClose(at(gmvRow!, 4)?.result, periodGmv / EXPECTED_TARGETS.gmv, "GMV attainment");
  expect(at(gmvRow!, 5)?.formula).toMatch(/^=IF\(/);
  expect(at(gmvRow!, 6)?.formula).toMatch(/^=IF\(/);
  expect(section.filter((cell) => cell.formula !== undefined).length).toBeGreaterThanOrEqual(9);

  // The cost column mapped by hand reached the review: it has gross margins.
  expect(layout.cells.some((cell) => cell.style === "header" && cell.value === t("review.col.grossMargin")), "a gross margin column").toBe(true);

  const kinds = new Set(layout.charts.map((chart) => chart.kind));
  for (const kind of CHART_KINDS) expect(kinds.has(kind as (typeof layout.charts)[number]["kind"]), `a ${kind} chart`).toBe(true);
}
