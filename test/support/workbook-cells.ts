/**
 * What an .xlsx package holds in its cells, read from the sheet XML directly: each cell's stored
 * value (for a formula, its cached result) and formula, by "Sheet!A1". Also the package without
 * the cached results, so that whatever opens it next has to calculate every formula.
 *
 * The XML is read rather than loaded with ExcelJS because ExcelJS drops an empty-string formula
 * result (`<c t="str"><f>…</f><v></v></c>` comes back with no result) and turns numbers in
 * date-formatted cells into Dates; a check of formula results needs the stored value as it is.
 */
import JSZip from "jszip";
import { worksheetPartsByName } from "../../src/xlsx/chart-parts";
import { readPart, readRelationships, resolveTarget, workbookPartPath } from "../../src/xlsx/opc-package";
import { attributesOf, rootElement, topLevelChildren, unescapeXml, type TagInfo } from "../../src/xlsx/xml-markup";

/** A stored cell value: text, number, boolean, or an Excel error such as `{ error: "#DIV/0!" }`. */
export type StoredValue = string | number | boolean | { readonly error: string };

export interface StoredCell {
  /** The value, or the formula's cached result; null for a formula without one. */
  readonly value: StoredValue | null;
  /** The formula as stored (no leading "="), for formula cells. */
  readonly formula?: string;
}

const SHARED_STRINGS_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings";

/** `_xHHHH_` escapes characters XML cannot hold (ECMA-376 Part 1 §22.9.2.19, ST_Xstring). */
function unescapeXstring(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The children of `tag` inside `xml`, with offsets into `xml`. */
function childrenOf(xml: string, tag: TagInfo): TagInfo[] {
  if (tag.selfClosing) return [];
  const offset = tag.start;
  return topLevelChildren(xml.slice(tag.start, tag.end)).map((child) => ({ ...child, start: child.start + offset, startTagEnd: child.startTagEnd + offset, end: child.end + offset }));
}

/** The text content of an element that holds only text. */
function textOf(xml: string, tag: TagInfo): string {
  if (tag.selfClosing) return "";
  return unescapeXml(xml.slice(tag.startTagEnd, xml.lastIndexOf("</", tag.end - 1)));
}

/** The text of a shared-string item or inline string: its `<t>`, or its runs' `<t>`s; phonetic runs (`<rPh>`) are not part of it. */
function stringItemText(xml: string, item: TagInfo): string {
  let text = "";
  for (const child of childrenOf(xml, item)) {
    if (child.localName === "t") text += textOf(xml, child);
    if (child.localName === "r") for (const run of childrenOf(xml, child)) if (run.localName === "t") text += textOf(xml, run);
  }
  return unescapeXstring(text);
}

async function sharedStrings(zip: JSZip, workbookPath: string): Promise<string[]> {
  const relationship = (await readRelationships(zip, workbookPath)).find((r) => r.type === SHARED_STRINGS_TYPE && !r.external);
  if (!relationship) return [];
  const xml = await readPart(zip, resolveTarget(workbookPath, relationship.target));
  return topLevelChildren(xml).filter((item) => item.localName === "si").map((item) => stringItemText(xml, item));
}

/** The `<c>` elements of a worksheet part, in document order, with offsets into `xml`. */
function cellsOf(xml: string): TagInfo[] {
  const root = rootElement(xml);
  const sheetData = childrenOf(xml, root).find((child) => child.localName === "sheetData");
  if (!sheetData) return [];
  return childrenOf(xml, sheetData)
    .filter((row) => row.localName === "row")
    .flatMap((row) => childrenOf(xml, row).filter((cell) => cell.localName === "c"));
}

function storedValue(xml: string, cell: TagInfo, type: string, strings: readonly string[]): StoredValue | null {
  const children = childrenOf(xml, cell);
  if (type === "inlineStr") {
    const inline = children.find((child) => child.localName === "is");
    return inline ? stringItemText(xml, inline) : null;
  }
  const v = children.find((child) => child.localName === "v");
  if (!v) return null;
  const text = textOf(xml, v);
  switch (type) {
    case "s":
      return strings[Number(text)] ?? null;
    case "str":
      return unescapeXstring(text);
    case "b":
      return text === "1" || text === "true";
    case "e":
      return { error: text };
    case "d":
      return text;
    default:
      return text === "" ? null : Number(text);
  }
}

/**
 * Every cell that holds a value or a formula, keyed "Sheet!A1" (the sheet name as in the
 * workbook, unquoted), in sheet order and then document order.
 */
export async function readWorkbookCells(xlsx: Uint8Array): Promise<Map<string, StoredCell>> {
  const zip = await JSZip.loadAsync(xlsx);
  const strings = await sharedStrings(zip, await workbookPartPath(zip));
  const cells = new Map<string, StoredCell>();
  for (const [sheetName, partPath] of await worksheetPartsByName(zip)) {
    const xml = await readPart(zip, partPath);
    for (const cell of cellsOf(xml)) {
      const attributes = attributesOf(xml, cell);
      const address = attributes.get("r");
      if (address === undefined) throw new Error(`${partPath}: a cell without an address (r); readWorkbookCells needs explicit addresses`);
      const f = childrenOf(xml, cell).find((child) => child.localName === "f");
      const value = storedValue(xml, cell, attributes.get("t") ?? "n", strings);
      if (f === undefined && value === null) continue;
      cells.set(`${sheetName}!${address}`, f === undefined ? { value } : { value, formula: textOf(xml, f) });
    }
  }
  return cells;
}

/**
 * The package with every formula cell's cached result removed (its `<v>` and its type attribute),
 * everything else unchanged. An application that opens it has no stored result to show and must
 * calculate each formula.
 */
export async function withoutCachedResults(xlsx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  for (const partPath of (await worksheetPartsByName(zip)).values()) {
    const xml = await readPart(zip, partPath);
    let out = "";
    let copiedTo = 0;
    for (const cell of cellsOf(xml)) {
      const children = childrenOf(xml, cell);
      const v = children.find((child) => child.localName === "v");
      if (!children.some((child) => child.localName === "f") || !v) continue;
      const startTag = xml.slice(cell.start, cell.startTagEnd).replace(/\st\s*=\s*("[^"]*"|'[^']*')/, "");
      out += xml.slice(copiedTo, cell.start) + startTag + xml.slice(cell.startTagEnd, v.start) + xml.slice(v.end, cell.end);
      copiedTo = cell.end;
    }
    zip.file(partPath, out + xml.slice(copiedTo));
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
