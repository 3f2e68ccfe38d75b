import ExcelJS from "exceljs";
import JSZip from "jszip";
import { writeFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { readXlsxSheetsWithExcelJs } from "../../test/support/exceljs-grid-reader";
import { scratchFolder } from "../../test/support/cli-test-harness";
import { isDateFormat, readXlsxSheets, XlsxReadError } from "./read-xlsx";
import { decodeCellText } from "./xml-scanner";
import { workbookEntries, worksheetXml, zipOf } from "../../test/support/hostile-xlsx";

const scratch = scratchFolder();
afterAll(() => scratch.remove());

/** Both readers on the same file: the new one must give ExcelJS's grids. */
async function expectSameAsExcelJs(workbook: ExcelJS.Workbook, name: string) {
  const file = scratch.file(name);
  await workbook.xlsx.writeFile(file);
  const ours = await readXlsxSheets(file);
  const oracle = await readXlsxSheetsWithExcelJs(file);
  expect(ours).toEqual(oracle);
  return ours;
}

describe("readXlsxSheets against ExcelJS's reader", () => {
  it("gives the same grids: numbers, dates, shared and inline strings, rich text, booleans, formulas, errors, hyperlinks, merged cells", async () => {
    const workbook = new ExcelJS.Workbook();
    const orders = workbook.addWorksheet("订单 & <Orders>");
    orders.addRow(["订单编号", "付款时间", "金额", "已付", "标题", "合计", "错误", "链接", "空"]);
    for (let i = 0; i < 50; i++) {
      orders.addRow([
        `30${i}`,
        new Date(Date.UTC(2025, 5, 1 + i, 10, 22, 33)),
        88.5 + i / 7,
        i % 2 === 0,
        { richText: [{ text: "面膜 " }, { font: { bold: true }, text: `<${i}片> & "more"` }] },
        { formula: `C${i + 2}*2`, result: (88.5 + i / 7) * 2 },
        i % 3 === 0 ? { error: "#N/A" } : { formula: "C2", result: 88.5 },
        { text: "店铺", hyperlink: "https://example.com" },
        null,
      ]);
    }
    orders.getColumn(2).numFmt = "yyyy-mm-dd hh:mm:ss";
    orders.getCell("A60").value = "far below";
    orders.getCell("Z61").value = -1.25e-7;
    orders.getCell("B62").value = "  leading and trailing spaces  ";
    orders.getCell("C62").value = "line\nbreak\ttab";
    orders.getCell("D62").value = new Date(Date.UTC(2024, 1, 29, 23, 59, 59));
    orders.getCell("E62").value = { formula: 'A2&"x"', result: "30 0x" };
    orders.getCell("F62").value = 0;
    orders.getCell("G62").value = "";
    orders.getCell("H62").value = 12345678901234;
    orders.mergeCells("A64:C65");
    orders.getCell("A64").value = "merged";
    orders.getCell("D65").value = 1;
    workbook.addWorksheet("空白");
    const ads = workbook.addWorksheet("推广");
    ads.addRow(["日期", "花费"]);
    ads.addRow([45809, 12.5]);
    const grids = await expectSameAsExcelJs(workbook, "kinds.xlsx");
    expect(grids[0].grid[1].slice(0, 5)).toEqual(["300", expect.closeTo(45809 + (10 * 3600 + 22 * 60 + 33) / 86400, 9), 88.5, true, '面膜 <0片> & "more"']);
  });

  it("gives a formula's cached error as its text, where ExcelJS's stream reader gave \"\"", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("S").addRow([{ formula: "1/0", result: { error: "#DIV/0!" } }, 1]);
    const file = scratch.file("formula-error.xlsx");
    await workbook.xlsx.writeFile(file);
    expect((await readXlsxSheetsWithExcelJs(file))[0].grid).toEqual([["", 1]]);
    expect((await readXlsxSheets(file))[0].grid).toEqual([["#DIV/0!", 1]]);
  });

  it("gives a 1904-date-system workbook's dates as 1900-system serials, as ExcelJS's reader did", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    const sheet = workbook.addWorksheet("S");
    sheet.addRow(["付款时间", "金额", "日"]);
    sheet.addRow([new Date(Date.UTC(2025, 5, 1, 10, 22, 33)), 88.5, new Date(Date.UTC(2025, 0, 31))]);
    sheet.getCell("A2").numFmt = "yyyy-mm-dd hh:mm:ss";
    sheet.getCell("C2").numFmt = "[$-804]yyyy\"年\"m\"月\"d\"日\"";
    const grids = await expectSameAsExcelJs(workbook, "date1904.xlsx");
    expect(grids[0].grid[1][0]).toBeCloseTo(45809 + (10 * 3600 + 22 * 60 + 33) / 86400, 9);
    expect(grids[0].grid[1].slice(1)).toEqual([88.5, 45688]);
  });

  it("gives the sheets in tab order when the package holds them in another", async () => {
    const workbook = new ExcelJS.Workbook();
    for (const name of ["Zeta", "Alpha", "Mid"]) workbook.addWorksheet(name).addRow([name, 1]);
    const file = scratch.file("order.xlsx");
    await workbook.xlsx.writeFile(file);
    // Reorder the tabs in workbook.xml only: the parts stay sheet1..3.
    const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    const tags = xml.match(/<sheet [^>]*\/>/g)!;
    expect(tags).toHaveLength(3);
    const reordered = xml.replace(tags.join(""), [tags[2], tags[0], tags[1]].join(""));
    expect(reordered).not.toBe(xml);
    zip.file("xl/workbook.xml", reordered);
    // The parts in a fixed order, the workbook before its worksheets: ExcelJS's writer emits its parts
    // in whatever order its promises settle, and ExcelJS's stream reader (the oracle here) fails on a
    // worksheet met before the workbook part (a failure seen on a loaded machine).
    const ordered = new JSZip();
    const rank = (name: string) => (name.startsWith("xl/worksheets/") ? 1 : 0);
    const names = Object.keys(zip.files).filter((name) => !zip.files[name].dir).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    for (const name of names) ordered.file(name, await zip.file(name)!.async("uint8array"));
    writeFileSync(file, await ordered.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    const ours = await readXlsxSheets(file);
    expect(ours.map((sheet) => sheet.name)).toEqual(["Mid", "Zeta", "Alpha"]);
    expect(ours).toEqual(await readXlsxSheetsWithExcelJs(file));
  });

  it("reads inline strings and phonetic runs as Excel shows them", async () => {
    const zip = minimalPackage(
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>in&#x6C;ine &amp; _x000D_</t></is></c>' +
        '<c r="B1" t="inlineStr"><is><r><t xml:space="preserve">东京 </t></r><r><t>都</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></is></c>' +
        '<c r="C1" t="b"><v>0</v></c><c r="D1" t="e"><v>#REF!</v></c><c r="E1" t="str"><f>A1</f><v>x_x005F_x0041_</v></c><c r="F1" s="3"/></row></sheetData>',
    );
    const file = scratch.file("inline.xlsx");
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    expect((await readXlsxSheets(file))[0].grid).toEqual([["inline & \r", "东京 都", false, "#REF!", "x_x0041_"]]);
  });

  it("tells date formats from number formats", () => {
    for (const code of ["yyyy-mm-dd", "m/d/yy h:mm", "[$-804]yyyy\"年\"m\"月\"", "hh:mm:ss", "YYYY/MM/DD"]) expect(isDateFormat(code), code).toBe(true);
    for (const code of ["General", "0.00", "#,##0.00 [$¥-804]", '"days" 0', "0.00E+00", "@"]) expect(isDateFormat(code), code).toBe(false);
  });

  it("decodes Excel's _xHHHH_ escapes", () => {
    expect(decodeCellText("a_x000A_b_x005F_x000A_")).toBe("a\nb_x000A_");
  });

  it("reads a sparse sheet: one cell in the last row and column gives a grid of 1,048,576 rows", async () => {
    const file = scratch.file("sparse.xlsx");
    writeFileSync(file, await minimalPackage('<sheetData><row r="1048576"><c r="XFD1048576"><v>7</v></c></row></sheetData>').generateAsync({ type: "nodebuffer" }));
    const grid = (await readXlsxSheets(file))[0].grid;
    expect(grid).toHaveLength(1_048_576);
    expect(grid[1_048_574]).toEqual([]);
    expect(grid[1_048_575]).toHaveLength(16_384);
    expect(grid[1_048_575][16_383]).toBe(7);
  });

  it("reads a worksheet of identical rows without references, though it packs over 200 to 1", async () => {
    const rows = 400_000;
    const sheet = worksheetXml(`<row><c><v>1</v></c><c><v>2</v></c>${'<c s="1"/>'.repeat(20)}</row>`.repeat(rows));
    const bytes = zipOf(workbookEntries({ sheet }));
    expect(sheet.length / bytes.length).toBeGreaterThan(200);
    const file = scratch.file("identical-rows.xlsx");
    writeFileSync(file, bytes);
    const grid = (await readXlsxSheets(file))[0].grid;
    expect(grid).toHaveLength(rows);
    expect(grid[rows - 1]).toEqual([1, 2]);
  });

  it("refuses grids past the cell cap, counting the empty cells left of a row's last", async () => {
    const file = scratch.file("wide.xlsx");
    writeFileSync(file, await minimalPackage('<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="ZZ2"><v>1</v></c></row></sheetData>').generateAsync({ type: "nodebuffer" }));
    expect((await readXlsxSheets(file, undefined, 1000))[0].grid[1]).toHaveLength(702);
    const error = (await readXlsxSheets(file, undefined, 500).catch((caught: unknown) => caught)) as XlsxReadError;
    expect([error.key, error.params.sheet, error.params.row]).toEqual(["cli.error.xlsx.tooManyCells", "S", 2]);
  });

  it("refuses a shared string longer than Excel's 32,767 characters, naming it", async () => {
    const zip = minimalPackage('<sheetData><row r="1"><c r="A1" t="s"><v>1</v></c></row></sheetData>');
    zip.file("xl/sharedStrings.xml", `<sst><si><t>ok</t></si><si><r><t>${"x".repeat(30_000)}</t></r><r><t>${"y".repeat(3_000)}</t></r></si></sst>`);
    const file = scratch.file("long-shared.xlsx");
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    const error = (await readXlsxSheets(file).catch((caught: unknown) => caught)) as XlsxReadError;
    expect([error.key, error.params.index]).toEqual(["cli.error.xlsx.sharedStringTooLong", 2]);
  });

  it("refuses a shared-string index that is not there", async () => {
    const zip = minimalPackage('<sheetData><row r="1"><c r="A1" t="s"><v>7</v></c></row></sheetData>');
    const file = scratch.file("no-string.xlsx");
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
    const error = await readXlsxSheets(file).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(XlsxReadError);
    expect((error as XlsxReadError).key).toBe("cli.error.xlsx.damaged");
  });
});

/** The fewest parts of a workbook of one sheet "S" with `sheetData` as its cells. */
export function minimalPackage(sheetData: string): JSZip {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  );
  zip.file(
    "xl/workbook.xml",
    '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  );
  zip.file("xl/worksheets/sheet1.xml", `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${sheetData}</worksheet>`);
  return zip;
}
