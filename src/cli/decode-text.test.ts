import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { binaryKind, decodeText } from "./decode-text";

const utf8 = (text: string) => Buffer.from(text, "utf8");
const lines = (n: number) => Array.from({ length: n }, (_, i) => `${i},已发货,手淘搜索,¥${i}.50`).join("\n");

describe("decodeText", () => {
  it("reads valid UTF-8 as UTF-8 and GBK as GB18030, with nothing bad", () => {
    expect(decodeText(utf8("订单,金额\n1,¥88\n"))).toEqual({ text: "订单,金额\n1,¥88\n", encoding: "utf-8", badRanges: [] });
    expect(decodeText(iconv.encode("订单,金额\n1,￥88\n", "gbk"))).toEqual({ text: "订单,金额\n1,￥88\n", encoding: "gb18030", badRanges: [] });
  });

  it("keeps a UTF-8 file with one GBK line UTF-8, and names that line's characters as bad", () => {
    const before = `订单,状态,渠道,金额\n${lines(50)}\n`;
    const after = `\n${lines(50)}\n`;
    const bytes = Buffer.concat([utf8(before), iconv.encode("51,已关闭,直通车,88", "gbk"), utf8(after)]);
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe("utf-8");
    expect(decoded.text.startsWith(before)).toBe(true);
    expect(decoded.text.endsWith(after)).toBe(true);
    expect(decoded.badRanges).toEqual([[before.length, decoded.text.length - after.length]]);
    // The line's quotes and delimiters stay where they were.
    expect(decoded.text.slice(before.length, decoded.text.length - after.length)).toBe("51,已关闭,直通车,88");
  });

  it("reads a file after a UTF-8 BOM as UTF-8 even when a line is not, and never lets U+FFFD through unreported", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8("渠道,金额\n手淘搜索,1\n"), iconv.encode("关闭,2\n", "gbk"), utf8("直通车,3\n")]);
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe("utf-8-bom");
    expect(decoded.text).not.toContain("\uFFFD");
    expect(decoded.badRanges).toHaveLength(1);
    const [start, end] = decoded.badRanges[0];
    expect(decoded.text.slice(0, start)).toBe("渠道,金额\n手淘搜索,1\n");
    expect(decoded.text.slice(end)).toBe("\n直通车,3\n");
  });

  it("still reads a mostly-GBK file as GB18030, and lists its lines that hold undecodable bytes", () => {
    const good = iconv.encode(`订单,状态\n${lines(20)}\n`, "gbk");
    const bytes = Buffer.concat([good, Buffer.from([0x31, 0x2c, 0x81, 0x20, 0x0a]), iconv.encode("2,已发货\n", "gbk")]);
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe("gb18030");
    expect(decoded.badRanges).toHaveLength(1);
    const [start, end] = decoded.badRanges[0];
    expect(decoded.text.slice(start, end)).toContain("\uFFFD");
    expect(decoded.text.slice(end)).toBe("\n2,已发货\n");
  });
});

describe("binaryKind", () => {
  it("tells workbooks and binary data from text", () => {
    expect(binaryKind(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toBe("workbook");
    expect(binaryKind(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toBe("workbook");
    expect(binaryKind(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe("binary");
    expect(binaryKind(Buffer.from("a,b\n1,\u0000\n", "latin1"))).toBe("binary");
    expect(binaryKind(utf8("订单,金额\n1,2\n"))).toBeNull();
    expect(binaryKind(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("a,b\n", "utf16le")]))).toBeNull();
  });
});
