import { mkdirSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { afterAll, describe, expect, it } from "vitest";
import { CliError } from "./cli-error";
import { scratchFolder } from "../../test/support/cli-test-harness";
import { readTableFile, renameDuplicateHeaders } from "./read-table-file";

const scratch = scratchFolder();
afterAll(() => scratch.remove());

// ￥ (U+FFE5), not ¥ (U+00A5): GBK has only the full-width sign, as Chinese exports write it.
const CSV = [
  "订单编号,买家会员名,订单付款时间,实付金额,宝贝标题",
  "3012,tb1234,2025/6/1 10:22:33,\"￥1,234.50\",\"面膜 10片装, 补水\"",
  "3013,\"kiki \"\"小\"\"\",2025-06-02,88,\"第一行",
  "第二行\"",
  "3014,,2025年6月3日,,",
].join("\r\n") + "\r\n";

const EXPECTED = [
  ["订单编号", "买家会员名", "订单付款时间", "实付金额", "宝贝标题"],
  ["3012", "tb1234", "2025/6/1 10:22:33", "￥1,234.50", "面膜 10片装, 补水"],
  ["3013", "kiki \"小\"", "2025-06-02", "88", "第一行\r\n第二行"],
  ["3014", "", "2025年6月3日", "", ""],
];

async function read(name: string, content: string | Uint8Array) {
  writeFileSync(scratch.file(name), content);
  return readTableFile(name, { cwd: scratch.dir });
}

async function errorOf(promise: Promise<unknown>): Promise<CliError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(CliError);
  return error as CliError;
}

describe("readTableFile: CSV", () => {
  it("reads UTF-8, UTF-8 with BOM and GBK into the same cells, saying which it read", async () => {
    const utf8 = await read("utf8.csv", CSV);
    const bom = await read("bom.csv", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CSV, "utf8")]));
    const gbk = await read("gbk.csv", iconv.encode(CSV, "gbk"));
    expect(utf8.sheets).toEqual([{ name: "utf8", grid: EXPECTED }]);
    expect(bom.sheets[0].grid).toEqual(EXPECTED);
    expect(gbk.sheets[0].grid).toEqual(EXPECTED);
    expect([utf8.encoding, bom.encoding, gbk.encoding]).toEqual(["utf-8", "utf-8-bom", "gb18030"]);
    expect(utf8.format).toBe("csv");
    expect(utf8.rows).toBe(4);
  });

  it("reads a UTF-16 tab-separated file (Excel's Unicode text)", async () => {
    const text = "金额\t买家\r\n88\ttb1\r\n";
    const file = await read("unicode.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    expect(file.encoding).toBe("utf-16le");
    expect(file.sheets[0].grid).toEqual([["金额", "买家"], ["88", "tb1"]]);
  });

  it("makes duplicate header names unique and says so", async () => {
    const file = await read("dup.csv", "金额,买家,金额,金额 (2),金额\n1,a,2,3,4\n");
    expect(file.sheets[0].grid[0]).toEqual(["金额", "买家", "金额 (3)", "金额 (2)", "金额 (4)"]);
    expect(file.sheets[0].grid[1]).toEqual(["1", "a", "2", "3", "4"]);
    expect(file.notices).toEqual([{ key: "cli.notice.duplicateHeadersMany", params: { file: "dup.csv", sheet: "dup", count: "2", renamed: "金额 → 金额 (3), 金额 → 金额 (4)", renamedMore: 0 } }]);
  });

  it("renames duplicates in the first non-blank row only", () => {
    const grid = [["", ""], ["a", "a"], ["a", "a"]];
    expect(renameDuplicateHeaders(grid)).toEqual(["a → a (2)"]);
    expect(grid).toEqual([["", ""], ["a", "a (2)"], ["a", "a"]]);
  });
});

describe("readTableFile: errors", () => {
  it("names a missing file", async () => {
    const error = await errorOf(readTableFile("nowhere/orders.csv", { cwd: scratch.dir }));
    expect([error.key, error.params.file, error.exitCode]).toEqual(["cli.error.missingFile", "nowhere/orders.csv", 1]);
  });

  it("refuses a folder, an empty file and a file of blank lines", async () => {
    mkdirSync(scratch.file("folder.csv"));
    expect((await errorOf(readTableFile("folder.csv", { cwd: scratch.dir }))).key).toBe("cli.error.notAFile");
    expect((await errorOf(read("empty.csv", ""))).key).toBe("cli.error.emptyFile");
    expect((await errorOf(read("blank.csv", "\r\n,,\r\n\r\n"))).key).toBe("cli.error.emptyFile");
  });

  it("refuses unsupported extensions, with advice for .xls", async () => {
    const pdf = await errorOf(read("orders.pdf", "%PDF"));
    expect([pdf.key, pdf.params.extension]).toEqual(["cli.error.unsupportedExtension", ".pdf"]);
    expect((await errorOf(read("orders.xls", "\xd0\xcf"))).key).toBe("cli.error.legacyXls");
    expect((await errorOf(read("orders", "a,b"))).params.extension).toBe("(none)");
  });

  it("says a damaged or fake .xlsx cannot be read", async () => {
    const error = await errorOf(read("fake.xlsx", "订单编号,金额\n1,2\n"));
    expect(error.key).toBe("cli.error.xlsx.textFile");
    expect(error.params.file).toBe("fake.xlsx");
  });
});

describe("readTableFile: xlsx", () => {
  it("reads every sheet in tab order, cells as the engine reads them", async () => {
    const workbook = new ExcelJS.Workbook();
    const orders = workbook.addWorksheet("订单");
    orders.addRow(["订单编号", "付款时间", "金额", "已付", "标题", "合计", "错误", "链接"]);
    orders.addRow([
      "3012",
      new Date(Date.UTC(2025, 5, 1, 10, 22, 33)),
      88.5,
      true,
      { richText: [{ text: "面膜" }, { font: { bold: true }, text: " 10片" }] },
      { formula: "C2*2", result: 177 },
      { error: "#N/A" },
      { text: "店铺", hyperlink: "https://example.com" },
    ]);
    orders.getCell("B2").numFmt = "yyyy-mm-dd hh:mm:ss";
    orders.addRow([]);
    orders.getCell("A4").value = "3013";
    orders.getCell("C4").value = 12;
    workbook.addWorksheet("空白");
    const ads = workbook.addWorksheet("推广");
    ads.addRow(["日期", "花费"]);
    await workbook.xlsx.writeFile(scratch.file("book.xlsx"));

    const file = await readTableFile("book.xlsx", { cwd: scratch.dir });
    expect(file.format).toBe("xlsx");
    expect(file.sheets.map((sheet) => sheet.name)).toEqual(["订单", "空白", "推广"]);
    const grid = file.sheets[0].grid;
    expect(grid[0]).toEqual(["订单编号", "付款时间", "金额", "已付", "标题", "合计", "错误", "链接"]);
    expect(grid[1][1]).toBeCloseTo(45809 + (10 * 3600 + 22 * 60 + 33) / 86400, 9);
    expect(grid[1].filter((_, c) => c !== 1)).toEqual(["3012", 88.5, true, "面膜 10片", 177, "#N/A", "店铺"]);
    // The blank row 3 stays, so that row numbers are the sheet's.
    expect(grid[2]).toEqual([]);
    expect(grid[3]).toEqual(["3013", "", 12]);
    expect(file.sheets[1].grid).toEqual([]);
  });
});

describe("readTableFile: CSV rows the reader could not read", () => {
  it("names the rows whose quote was read as text, and lists the unreadable and badly encoded rows as skipped", async () => {
    const bytes = Buffer.concat([
      Buffer.from("订单编号,实付金额,宝贝标题\n1,88,\"面膜\n2,\"¥1,234,面膜\n", "utf8"),
      iconv.encode("3,99,关闭的订单", "gbk"),
      Buffer.from("\n4,77,\"两\n行\"\n5,66,ok\n", "utf8"),
    ]);
    const file = await read("broken.csv", bytes);
    expect(file.encoding).toBe("utf-8");
    expect(file.sheets[0].grid).toEqual([["订单编号", "实付金额", "宝贝标题"], ["1", "88", "\"面膜"], [""], [""], ["4", "77", "两\n行"], ["5", "66", "ok"]]);
    expect(file.notices).toEqual([{ key: "csv.notice.quoteAsText", params: { file: "broken.csv", count: 1, rows: "2" } }]);
    expect(file.skipped).toEqual([
      { sheet: "broken", row: 3, reason: "csv.skip.unclosedQuote", params: { encoding: "UTF-8" } },
      { sheet: "broken", row: 4, reason: "csv.skip.badEncoding", params: { encoding: "UTF-8" } },
    ]);
  });

  it("refuses a row of more than 16,384 fields and binary data with a CliError", async () => {
    expect((await errorOf(read("wide.csv", `a,b\n${",".repeat(16_384)}\n`))).params).toEqual({ file: "wide.csv", row: 2, limit: "16,384" });
    expect((await errorOf(read("image.csv", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])))).key).toBe("cli.error.csvNotText");
  });
});
