/**
 * The command line on hostile .xlsx files built in the test: rows and columns beyond Excel's,
 * a zip bomb, a part whose declared size lies. Each must end with exit 1 and a message naming
 * the file (and the sheet and cell where there is one), in well under 500 MB, never killed for
 * want of memory. Times are not asserted (they are in the assertion messages): a loaded machine
 * is slow, and the OOM the reader used to hit took minutes.
 */
import { afterAll, describe, expect, it } from "vitest";
import { scratchFolder } from "../support/cli-test-harness";
import { type MeasuredRun } from "../support/run-cli-measured";
import { buildOnFile, expectRefused } from "../support/refused-run";
import { deflatedRepeat, workbookEntries, worksheetXml, zipOf } from "../support/hostile-xlsx";

const folder = scratchFolder("ec-review-hostile-xlsx-");
afterAll(() => folder.remove());

function runOn(name: string, bytes: Buffer | string): Promise<MeasuredRun> {
  return buildOnFile(folder.dir, name, bytes);
}

const HEADER = '<row r="1"><c r="A1" t="inlineStr"><is><t>订单编号</t></is></c><c r="B1" t="inlineStr"><is><t>金额</t></is></c></row>';

describe("ec-review build on a hostile .xlsx", () => {
  it("refuses a row numbered 2,000,000,000 on sight, naming the sheet and the row", async () => {
    const sheet = worksheetXml(`${HEADER}<row r="2000000000"><c r="A2000000000"><v>1</v></c><c r="B2000000000"><v>9.5</v></c></row>`);
    const run = await runOn("row-2e9.xlsx", zipOf(workbookEntries({ sheetName: "订单", sheet })));
    expectRefused(run, "row-2e9.xlsx", '"订单"', "2000000000", "1,048,576");
  });

  it("refuses a cell beyond column XFD, naming the sheet and the cell", async () => {
    const sheet = worksheetXml(`${HEADER}<row r="2"><c r="A2"><v>1</v></c><c r="XFE2"><v>9.5</v></c></row>`);
    const run = await runOn("column-xfe.xlsx", zipOf(workbookEntries({ sheet })));
    expectRefused(run, "column-xfe.xlsx", '"Orders"', "XFE2", "XFD");
  });

  it("refuses a cell beyond XFD in a row without cell references (placed by position)", async () => {
    const cells = "<c><v>1</v></c>".repeat(16_385);
    const run = await runOn("column-by-position.xlsx", zipOf(workbookEntries({ sheet: worksheetXml(`${HEADER}<row>${cells}</row>`) })));
    expectRefused(run, "column-by-position.xlsx", "XFE2");
  });

  it("refuses a 400 MB shared string packed into some 400 KB (a zip bomb)", async () => {
    const packed = await deflatedRepeat('<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>', Buffer.alloc(1 << 20, "a"), 400, "</t></si></sst>");
    expect(packed.size).toBeGreaterThan(400e6);
    const sheet = worksheetXml(`${HEADER}<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2"><v>1</v></c></row>`);
    const bytes = zipOf(workbookEntries({ sheet, sharedStrings: { packed } }));
    const run = await runOn("bomb.xlsx", bytes);
    expectRefused(run, "bomb.xlsx", "xl/sharedStrings.xml");
  });

  it("refuses a worksheet of 400 MB of blanks packed into some 400 KB", async () => {
    const packed = await deflatedRepeat(`<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${HEADER}`, Buffer.alloc(1 << 20, " "), 400, "</sheetData></worksheet>");
    const run = await runOn("sheet-bomb.xlsx", zipOf(workbookEntries({ sheet: { packed } })));
    expectRefused(run, "sheet-bomb.xlsx", "xl/worksheets/sheet1.xml", "zip bomb");
  });

  it("refuses the same bomb when its zip entry declares a modest size and ratio (the declared size lies)", async () => {
    const packed = await deflatedRepeat('<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>', Buffer.alloc(1 << 20, "a"), 400, "</t></si></sst>");
    const sheet = worksheetXml(`${HEADER}<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2"><v>1</v></c></row>`);
    const run = await runOn("lying-size.xlsx", zipOf(workbookEntries({ sheet, sharedStrings: { packed, declaredSize: 4096 } })));
    expectRefused(run, "lying-size.xlsx", "xl/sharedStrings.xml", "4096");
  });

  it("refuses a worksheet whose declared size lies, though it packs like real data", async () => {
    const rows: string[] = [];
    for (let r = 2; r < 20_000; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r * 7919}</v></c><c r="B${r}"><v>${(r % 997) / 10}</v></c></row>`);
    const run = await runOn("lying-sheet.xlsx", zipOf(workbookEntries({ sheet: { data: worksheetXml(HEADER + rows.join("")), declaredSize: 1000 } })));
    expectRefused(run, "lying-sheet.xlsx", "xl/worksheets/sheet1.xml", "1000 bytes");
  });

  it("refuses a cell text longer than Excel's 32,767 characters", async () => {
    const sheet = worksheetXml(`${HEADER}<row r="2"><c r="A2" t="inlineStr"><is><t>${"x".repeat(40_000)}</t></is></c></row>`);
    const run = await runOn("long-text.xlsx", zipOf(workbookEntries({ sheet })));
    expectRefused(run, "long-text.xlsx", "A2", "32767");
  });
});
