import { isUtf8 } from "node:buffer";
import iconv from "iconv-lite";

/** How a text file's bytes were read. */
export type TextEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "gb18030";

/** The decoded text, and the character ranges [start, end) of the lines that did not decode (in order). */
export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
  readonly badRanges: [number, number][];
}

const LF = 0x0a;
const REPLACEMENT = "\uFFFD";

/**
 * Decodes a text file as the operators' tools write it: UTF-8 (with or without the byte order
 * mark that Excel's "CSV UTF-8" adds), UTF-16 with its BOM (Excel's "Unicode text"), and
 * otherwise GB18030, the superset of GBK that Chinese-language Excel and WPS use for plain "CSV".
 *
 * The choice is made from the bytes, line by line, not guessed from letter frequencies. A file
 * with a UTF-8 BOM is UTF-8. Without a BOM, a file is UTF-8 unless most of its lines with
 * non-ASCII bytes are not valid UTF-8, and then GB18030: Chinese text in GBK is almost never valid
 * UTF-8 by accident (a GBK lead byte 0x81–0xFE followed by an ASCII byte is invalid UTF-8), while
 * pure ASCII reads the same in both.
 *
 * The lines of a UTF-8 file that are not valid UTF-8 (a GBK line pasted in) are decoded as GB18030
 * only to keep the file's quotes and delimiters where they are, and listed in `badRanges`, as are
 * the lines of a GB18030 or UTF-16 file that held bytes that decode to U+FFFD: no replacement
 * character reaches a cell unreported. Lines are split at LF bytes, which no GBK or UTF-8
 * character holds.
 *
 * @example
 * decodeText(iconv.encode("金额", "gbk")) // { text: "金额", encoding: "gb18030", badRanges: [] }
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeUtf8ByLine(buffer.subarray(3), "utf-8-bom", true);
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return withReplacementLines(new TextDecoder("utf-16le").decode(bytes.subarray(2)), "utf-16le");
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return withReplacementLines(iconv.decode(buffer.subarray(2), "utf-16be"), "utf-16be");
  }
  return decodeUtf8ByLine(buffer, "utf-8", false);
}

function decodeUtf8ByLine(body: Buffer, encoding: "utf-8" | "utf-8-bom", sure: boolean): DecodedText {
  if (isUtf8(body)) return { text: new TextDecoder("utf-8").decode(body), encoding, badRanges: [] };
  // The lines [start, end) that are not UTF-8, and how many lines with non-ASCII bytes are.
  const bad: [number, number][] = [];
  let goodNonAscii = 0;
  for (let start = 0; start < body.length;) {
    const lf = body.indexOf(LF, start);
    const end = lf === -1 ? body.length : lf;
    const line = body.subarray(start, end);
    if (!isUtf8(line)) bad.push([start, end]);
    else if (!isAscii(line)) goodNonAscii++;
    start = end + 1;
  }
  if (!sure && bad.length > goodNonAscii) return withReplacementLines(iconv.decode(body, "gb18030"), "gb18030");
  const decoder = new TextDecoder("utf-8");
  const parts: string[] = [];
  const badRanges: [number, number][] = [];
  let length = 0;
  let from = 0;
  for (const [start, end] of bad) {
    const good = decoder.decode(body.subarray(from, start));
    const line = iconv.decode(body.subarray(start, end), "gb18030");
    parts.push(good, line);
    badRanges.push([length + good.length, length + good.length + line.length]);
    length += good.length + line.length;
    from = end;
  }
  parts.push(decoder.decode(body.subarray(from)));
  return { text: parts.join(""), encoding, badRanges };
}

function isAscii(line: Uint8Array): boolean {
  for (let i = 0; i < line.length; i++) if (line[i] >= 0x80) return false;
  return true;
}

/** The text with the lines that hold U+FFFD (a byte sequence that did not decode) as bad ranges. */
function withReplacementLines(text: string, encoding: TextEncoding): DecodedText {
  const badRanges: [number, number][] = [];
  for (let at = text.indexOf(REPLACEMENT); at !== -1; at = text.indexOf(REPLACEMENT, at + 1)) {
    const start = text.lastIndexOf("\n", at) + 1;
    const lf = text.indexOf("\n", at);
    const end = lf === -1 ? text.length : lf;
    badRanges.push([start, end]);
    at = end;
  }
  return { text, encoding, badRanges };
}

/** What a file that is no text is, from its first bytes: a workbook (zip, as .xlsx is, or OLE, as .xls is), other binary data, or null for text. */
export function binaryKind(bytes: Uint8Array): "workbook" | "binary" | null {
  const starts = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06) || starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return "workbook";
  const utf16 = starts(0xff, 0xfe) || starts(0xfe, 0xff);
  if (
    starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || starts(0x47, 0x49, 0x46, 0x38) || starts(0x25, 0x50, 0x44, 0x46) ||
    starts(0x1f, 0x8b) || starts(0x37, 0x7a, 0xbc, 0xaf) || starts(0x52, 0x61, 0x72, 0x21)
  ) return "binary";
  if (!utf16 && bytes.subarray(0, 1 << 16).includes(0)) return "binary";
  return null;
}
