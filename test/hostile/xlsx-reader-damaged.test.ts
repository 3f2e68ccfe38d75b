/**
 * The command line on files named .xlsx that are not readable workbooks: a zip of something
 * else, a cut-short download, an old OLE .xls and a CSV renamed. Each must end with exit 1 and a
 * message that names the file and says what it is, not a stack trace or "empty file".
 */
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { scratchFolder } from "../support/cli-test-harness";
import { type MeasuredRun } from "../support/run-cli-measured";
import { buildOnFile, expectRefused } from "../support/refused-run";
import { zipOf } from "../support/hostile-xlsx";

const folder = scratchFolder("ec-review-damaged-xlsx-");
afterAll(() => folder.remove());

function runOn(name: string, bytes: Buffer | string): Promise<MeasuredRun> {
  return buildOnFile(folder.dir, name, bytes);
}

/** Refused, and never called "empty" (a non-workbook zip once was). */
function expectRefusedNotEmpty(run: MeasuredRun, ...phrases: string[]): void {
  expectRefused(run, ...phrases);
  expect(run.stderr).not.toContain("empty");
}

describe("ec-review build on a file named .xlsx that is no workbook", () => {
  it("says a zip of other things is not an Excel workbook", async () => {
    const zip = zipOf([{ name: "readme.txt", data: "hello" }, { name: "photos/a.jpg", data: Buffer.alloc(100, 7) }]);
    expectRefusedNotEmpty(await runOn("archive.xlsx", zip), "archive.xlsx", "this .zip is not an Excel workbook");
  });

  it("says a Word document renamed .xlsx is not an Excel workbook", async () => {
    const rels = '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
    const zip = zipOf([{ name: "_rels/.rels", data: rels }, { name: "word/document.xml", data: '<?xml version="1.0"?><w:document xmlns:w="x"><w:body/></w:document>' }]);
    expectRefusedNotEmpty(await runOn("letter.xlsx", zip), "letter.xlsx", "this .zip is not an Excel workbook");
  });

  it("says a cut-short workbook is truncated", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Orders");
    sheet.addRow(["订单编号", "金额"]);
    for (let i = 0; i < 2000; i++) sheet.addRow([`A${i}`, i]);
    const whole = Buffer.from(await workbook.xlsx.writeBuffer());
    expectRefusedNotEmpty(await runOn("cut.xlsx", whole.subarray(0, Math.floor(whole.length * 0.6))), "cut.xlsx", "truncated");
  });

  it("says an OLE file (.xls, or a password-protected workbook) renamed .xlsx is one", async () => {
    const ole = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    expectRefusedNotEmpty(await runOn("old.xlsx", ole), "old.xlsx", ".xls", "password-protected");
  });

  it("says a CSV renamed .xlsx is a text file", async () => {
    expectRefusedNotEmpty(await runOn("renamed.xlsx", "订单编号,金额\n1001,88.50\n1002,12\n"), "renamed.xlsx", "text file", ".csv");
  });

  it("says a binary file that is no zip is not an .xlsx", async () => {
    expectRefusedNotEmpty(await runOn("noise.xlsx", Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 73) % 256))), "noise.xlsx", "not an .xlsx");
  });
});
