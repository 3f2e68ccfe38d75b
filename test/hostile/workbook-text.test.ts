/**
 * Text and numbers from the operator's data that a workbook cannot hold, end to end: the command
 * line in its own process on an order export whose channel holds U+FFFF, whose titles hold
 * `_x0041_` (OOXML's own escape) and 40,000 characters, and two of whose amounts are 1e308 (their
 * sum is Infinity). On main the first made sharedStrings.xml ill-formed (LibreOffice showed every
 * later text blank), the second read back as "A", and the last two ended the run with "Something
 * went wrong inside EC Review".
 *
 * The XML parts are parsed with jsdom's DOMParser (strict XML: a forbidden character is an error).
 * LibreOffice parts are skipped, with the reason in the test name, where it is not installed.
 */
import { createRequire } from "node:module";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SOFFICE_PATH } from "../support/libreoffice-render";
import { recalculateWithLibreOffice } from "../support/recalculate-with-libreoffice";
import { readWorkbookCells } from "../support/workbook-cells";
import { expectedFigures } from "../support/expected-figures";
import { qianniuOrderId, writeOrderLevelFile } from "../support/export-writers";
import { runCliMeasured, type MeasuredRun } from "../support/run-cli-measured";
import { generateShopOrders, isCountedOrder, type ShopOrder } from "../support/shop-orders";

/** jsdom ships no type declarations: what this test uses of it. */
const { JSDOM } = createRequire(import.meta.url)("jsdom") as { JSDOM: new (html: string) => { window: { DOMParser: typeof DOMParser } } };

const noLibreOffice = !existsSync(SOFFICE_PATH);
const named = (name: string) => (noLibreOffice ? `${name} (skipped: LibreOffice is not installed at ${SOFFICE_PATH})` : name);

const PERIOD = { from: "2025-02", to: "2025-06" };
const BAD_CHANNEL = "抖音\uFFFF";
const ESCAPE_TITLE = "面膜_x0041_";
const LONG_TITLE = "长".repeat(40_000);

const orders = generateShopOrders({ seed: 3, orders: 300, from: "2025-01", to: "2025-06", partialRefundShare: 0 });
const inPeriod = orders.filter((o) => isCountedOrder(o) && o.paidAt !== null && o.paidAt.slice(0, 7) >= PERIOD.from);
// Forty orders each, so that the channel and the titles rank among those the review lists (the
// titles as promotion items, named in targets.json: the review lists promotion items outside the margin band).
inPeriod.slice(0, 40).forEach((o) => (o.channel = BAD_CHANNEL));
inPeriod.slice(40, 80).forEach((o) => (o.lines = [{ ...o.lines[0], title: ESCAPE_TITLE }]));
inPeriod.slice(80, 120).forEach((o) => (o.lines = [{ ...o.lines[0], title: LONG_TITLE }]));
const huge: readonly ShopOrder[] = inPeriod.slice(120, 122);

/** The order-level export, the two huge orders' amount (买家实际支付金额, the 4th field) written as 1e308. */
function ordersFile(): string {
  const lines = writeOrderLevelFile(orders, { dirtyShare: 0 }).split("\r\n");
  for (const order of huge) {
    const i = lines.findIndex((line) => line.startsWith(`${qianniuOrderId(order)},`));
    const fields = lines[i].split(",");
    fields[3] = "1e308";
    lines[i] = fields.join(",");
  }
  return lines.join("\r\n");
}

/** Sheet row of an order in the file: header on row 1, one row per order in the model's order. */
const sheetRowOf = (order: ShopOrder) => orders.indexOf(order) + 2;

let dir: string;
let run: MeasuredRun;
let xlsx: Uint8Array;
let summary: { gmv: number; orders: number; aov: number | null; skipped: { sheet: string; row: number; reason: string }[]; monthly: { gmv: number }[] };

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "ec-review-workbook-text-"));
  writeFileSync(path.join(dir, "orders.csv"), ordersFile());
  writeFileSync(path.join(dir, "targets.json"), JSON.stringify({ promotionItems: [ESCAPE_TITLE, LONG_TITLE] }));
  run = await runCliMeasured(["build", "--orders", "orders.csv", "--period", `${PERIOD.from}..${PERIOD.to}`, "--targets", "targets.json", "--out", "r.xlsx", "--json", "s.json"], dir);
  if (run.code === 0) {
    xlsx = new Uint8Array(readFileSync(path.join(dir, "r.xlsx")));
    summary = JSON.parse(readFileSync(path.join(dir, "s.json"), "utf8"));
  }
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("text and numbers a workbook cannot hold, through the command line", () => {
  it("finishes with exit 0 and a review", () => {
    expect(run.stderr).not.toContain("Something went wrong");
    expect(run.code, run.stderr).toBe(0);
  });

  it("writes every XML part of the workbook well-formed (a strict XML parser reads each)", async () => {
    const zip = await JSZip.loadAsync(xlsx);
    const parts = Object.keys(zip.files).filter((name) => /\.(xml|rels)$/.test(name));
    expect(parts).toContain("xl/sharedStrings.xml");
    const { window } = new JSDOM("");
    for (const name of parts) {
      const text = await zip.file(name)!.async("string");
      const doc = new window.DOMParser().parseFromString(text, "application/xml");
      expect(doc.getElementsByTagName("parsererror").length, `${name} is not well-formed XML`).toBe(0);
      expect(text, name).not.toMatch(/[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
  });

  it("reads the channel without U+FFFF, the _x0041_ title literally, the long title cut to 32,767 characters, and says it was cut", async () => {
    // readWorkbookCells reads _xHHHH_ as Excel does.
    const texts = [...(await readWorkbookCells(xlsx)).values()].map((cell) => cell.value).filter((value): value is string => typeof value === "string");
    expect(texts).toContain("抖音");
    expect(texts).toContain(ESCAPE_TITLE);
    expect(texts.some((text) => text.includes("A") && text.startsWith("面膜") && text !== ESCAPE_TITLE)).toBe(false);
    // The cells that hold the title (the data sheet's, the outreach list's …) hold it cut to Excel's limit; the
    // first-product section names the item by a label of at most 60 characters, its chart too.
    const cut = texts.filter((text) => text.startsWith("长长长") && text.length > 60);
    expect(cut.length).toBeGreaterThan(0);
    expect(texts.filter((text) => text.startsWith("长长长") && text.length <= 60)).toEqual([`${"长".repeat(59)}…`]);
    for (const text of cut) expect(text).toBe(`${"长".repeat(32_766)}…`);
    expect(texts.some((text) => text.startsWith("Cut to 32,767 characters") && text.includes("40,000"))).toBe(true);
    expect(run.stderr).toMatch(/a text of 40,000 characters was cut to 32,767/);
  });

  it(named("LibreOffice reads every text as written: none after the bad one is blank"), { skip: noLibreOffice }, async () => {
    const own = await readWorkbookCells(xlsx);
    const office = await recalculateWithLibreOffice(xlsx);
    let texts = 0;
    for (const [address, cell] of own) {
      if (typeof cell.value !== "string" || cell.value === "") continue;
      texts++;
      expect(office.get(address), address).toBe(cell.value);
    }
    expect(texts).toBeGreaterThan(100);
    expect([...office.values()]).toContain(ESCAPE_TITLE);
  });

  it("lists the two 1e308 rows as skipped with row, column and value, and GMV is the independent figure without exactly those orders", () => {
    const skippedHuge = summary.skipped.filter((row) => row.reason.includes("1e308"));
    expect(skippedHuge.map((row) => row.row).sort((a, b) => a - b)).toEqual(huge.map(sheetRowOf).sort((a, b) => a - b));
    for (const row of skippedHuge) expect(row.reason).toContain("买家实际支付金额");
    expect(summary.skipped).toHaveLength(2);

    const expected = expectedFigures(orders.filter((order) => !huge.includes(order)), PERIOD);
    expect(summary.orders).toBe(expected.orders);
    expect(summary.gmv).toBeCloseTo(expected.gmv, 6);
    expect(expectedFigures(orders, PERIOD).orders).toBe(expected.orders + 2);
    for (const value of [summary.gmv, summary.aov, ...summary.monthly.map((month) => month.gmv)]) expect(Number.isFinite(value)).toBe(true);
  });
});
