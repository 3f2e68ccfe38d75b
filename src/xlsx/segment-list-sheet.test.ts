import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import type { SegmentListTable } from "../review/segment-list";
import type { SheetLayout } from "../review/sheet-layout";
import { numberFormats } from "../review/sheet-layout";
import { segmentListSheet } from "./segment-list-sheet";
import { writeReviewWorkbook } from "./write-review-workbook";

const TABLE: SegmentListTable = {
  name: "分层触达名单",
  header: ["买家", "分层", "距最近一单（天）", "订单数", "消费金额", "最近一单日期", "建议动作"],
  rows: [
    ["=HYPERLINK(\"x\")", "重要价值客户", 0, 4, 1234.5, 45900, "专属权益"],
    ["13800138000", "流失客户", 120, 1, 9.99, 45780, "暂停触达"],
  ],
};

const REVIEW: SheetLayout = {
  name: "运营复盘", columnWidths: [10], cells: [{ row: 0, column: 0, value: "review" }], numberFormats: numberFormats("CNY", "zh-CN"), merges: [], conditionalFormats: [], charts: [],
  frozenRows: 0, print: { orientation: "landscape", paperSize: "A4", fitToWidth: true },
};

describe("segmentListSheet in the review workbook", () => {
  it("writes ids as text, the amount in the review's money format, the last order as a date", async () => {
    const amountFormat = numberFormats("CNY", "zh-CN").currencyCents;
    const xlsx = await writeReviewWorkbook({ review: REVIEW, dataSheets: [segmentListSheet(TABLE, amountFormat)] });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength) as ArrayBuffer);
    const sheet = workbook.getWorksheet("分层触达名单")!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...TABLE.header]);
    // Text, not a formula; a phone-like id stays the text it was.
    expect(sheet.getCell("A2").value).toBe("=HYPERLINK(\"x\")");
    expect(sheet.getCell("A3").value).toBe("13800138000");
    expect(sheet.getCell("E2").value).toBe(1234.5);
    expect(sheet.getCell("E2").numFmt).toBe(amountFormat);
    // Counts keep the General format.
    expect(sheet.getCell("D2").numFmt ?? "General").toBe("General");
    const date = sheet.getCell("F2").value as Date;
    expect(date.toISOString()).toBe("2025-08-31T00:00:00.000Z");
    expect(sheet.getCell("F2").numFmt).toBe("yyyy-mm-dd");
  });
});
