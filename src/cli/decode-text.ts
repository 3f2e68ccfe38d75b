import iconv from "iconv-lite";

/** How a text file's bytes were read. */
export type TextEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "gb18030";

/**
 * Decodes a text file as the operators' tools write it: UTF-8 (with or without the byte order
 * mark that Excel's "CSV UTF-8" adds), UTF-16 with its BOM (Excel's "Unicode text"), and
 * otherwise GB18030, the superset of GBK that Chinese-language Excel and WPS use for plain "CSV".
 *
 * The choice is made from the bytes, not guessed from letter frequencies: without a BOM, bytes
 * that are valid UTF-8 are read as UTF-8, anything else as GB18030. Chinese text in GBK is almost
 * never valid UTF-8 by accident (a GBK lead byte 0x81–0xFE followed by an ASCII byte is invalid
 * UTF-8), while pure ASCII reads the same in both.
 *
 * @example
 * decodeText(iconv.encode("金额", "gbk")) // { text: "金额", encoding: "gb18030" }
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8-bom" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset + 2, bytes.length - 2), "utf-16be"), encoding: "utf-16be" };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), "gb18030"), encoding: "gb18030" };
  }
}
