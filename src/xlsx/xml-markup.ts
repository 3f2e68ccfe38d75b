/**
 * The few XML operations the .xlsx post-processing needs, done on the text of a part so that
 * everything this module does not touch is written back byte for byte: escaping, reading the
 * attributes of a start tag, finding the top-level children of the root element, and making sure
 * a namespace prefix is declared on the root.
 *
 * It is not a general XML parser: it understands start, end and empty tags, comments, CDATA,
 * processing instructions and a DOCTYPE without an internal subset, which is what OOXML parts hold.
 */

import { removeForbiddenChars } from "../review/sheet-layout/cell-text";

/**
 * Escapes text for element content or a double-quoted attribute value, and drops the characters
 * XML 1.0 forbids (control characters other than tab, newline and carriage return, U+FFFE, U+FFFF,
 * lone surrogates: `removeForbiddenChars`).
 *
 * @example escapeXml(`A & B <"C">`) // "A &amp; B &lt;&quot;C&quot;&gt;"
 */
export function escapeXml(text: string): string {
  return removeForbiddenChars(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/**
 * Decodes the five predefined entities and numeric character references of an attribute value.
 *
 * @example unescapeXml("Ch &amp; Ads") // "Ch & Ads"
 */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, ref: string) => {
    switch (ref) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default:
        return String.fromCodePoint(ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
    }
  });
}

/** One element's start tag as found in the text. */
export interface TagInfo {
  /** Qualified name as written, e.g. `xdr:wsDr` or `worksheet`. */
  qname: string;
  /** Name without its prefix. */
  localName: string;
  /** Offset of `<`. */
  start: number;
  /** Offset just past the start tag's `>`. */
  startTagEnd: number;
  /** Offset just past the element's end (its end tag, or the start tag when it is empty). */
  end: number;
  /** The start tag is `<… />`. */
  selfClosing: boolean;
}

const NAME_AT = /[^\s/>]+/y;

function localNameOf(qname: string): string {
  const colon = qname.indexOf(":");
  return colon < 0 ? qname : qname.slice(colon + 1);
}

/** Offset just past the `>` of the tag opening at `from`, skipping quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  let quote = "";
  for (let i = from + 1; i < xml.length; i++) {
    const ch = xml[i];
    if (quote) {
      if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === ">") {
      return i + 1;
    }
  }
  throw new Error(`Unterminated tag at offset ${from}`);
}

/** Offset just past a comment, CDATA section, processing instruction or declaration at `from`. */
function skipMarkup(xml: string, from: number): number {
  const close = xml.startsWith("<!--", from) ? "-->" : xml.startsWith("<![CDATA[", from) ? "]]>" : xml.startsWith("<?", from) ? "?>" : ">";
  const at = xml.indexOf(close, from);
  if (at < 0) throw new Error(`Unterminated markup at offset ${from}`);
  return at + close.length;
}

/** The root element's start tag. */
export function rootElement(xml: string): TagInfo {
  let i = 0;
  for (;;) {
    i = xml.indexOf("<", i);
    if (i < 0) throw new Error("No root element");
    const next = xml[i + 1];
    if (next === "?" || next === "!") {
      i = skipMarkup(xml, i);
      continue;
    }
    NAME_AT.lastIndex = i + 1;
    const qname = NAME_AT.exec(xml)?.[0] ?? "";
    const startTagEnd = tagEnd(xml, i);
    const selfClosing = xml[startTagEnd - 2] === "/";
    const closeAt = selfClosing ? startTagEnd : xml.lastIndexOf(`</${qname}`);
    if (closeAt < 0) throw new Error(`No end tag for the root element <${qname}>`);
    const end = selfClosing ? startTagEnd : tagEnd(xml, closeAt);
    return { qname, localName: localNameOf(qname), start: i, startTagEnd, end, selfClosing };
  }
}

/**
 * The direct children of the root element, in document order.
 *
 * `skipContentOf` names (local names) of children whose content is jumped over by searching for
 * their end tag instead of being scanned: a worksheet's `sheetData` can hold millions of cells
 * and never nests another `sheetData`.
 */
export function topLevelChildren(xml: string, options: { skipContentOf?: readonly string[] } = {}): TagInfo[] {
  const root = rootElement(xml);
  const children: TagInfo[] = [];
  if (root.selfClosing) return children;
  const contentEnd = xml.lastIndexOf("</", root.end - 1);
  let depth = 0;
  let open: { qname: string; start: number; startTagEnd: number } | undefined;
  let i = root.startTagEnd;
  while (i < contentEnd) {
    const lt = xml.indexOf("<", i);
    if (lt < 0 || lt >= contentEnd) break;
    const next = xml[lt + 1];
    if (next === "?" || next === "!") {
      i = skipMarkup(xml, lt);
      continue;
    }
    const end = tagEnd(xml, lt);
    if (next === "/") {
      depth--;
      if (depth === 0 && open) {
        children.push({ qname: open.qname, localName: localNameOf(open.qname), start: open.start, startTagEnd: open.startTagEnd, end, selfClosing: false });
        open = undefined;
      }
      i = end;
      continue;
    }
    NAME_AT.lastIndex = lt + 1;
    const qname = NAME_AT.exec(xml)?.[0] ?? "";
    const selfClosing = xml[end - 2] === "/";
    if (depth === 0) {
      if (selfClosing) {
        children.push({ qname, localName: localNameOf(qname), start: lt, startTagEnd: end, end, selfClosing: true });
      } else if (options.skipContentOf?.includes(localNameOf(qname))) {
        const closeAt = xml.indexOf(`</${qname}`, end);
        if (closeAt < 0) throw new Error(`No end tag for <${qname}> at offset ${lt}`);
        const closeEnd = tagEnd(xml, closeAt);
        children.push({ qname, localName: localNameOf(qname), start: lt, startTagEnd: end, end: closeEnd, selfClosing: false });
        i = closeEnd;
        continue;
      } else {
        open = { qname, start: lt, startTagEnd: end };
        depth = 1;
      }
    } else if (!selfClosing) {
      depth++;
    }
    i = end;
  }
  return children;
}

/** The attributes of the start tag that opens at `tag.start`, by qualified name, values unescaped. */
export function attributesOf(xml: string, tag: Pick<TagInfo, "start" | "startTagEnd">): Map<string, string> {
  const text = xml.slice(tag.start, tag.startTagEnd);
  const attributes = new Map<string, string>();
  for (const match of text.matchAll(/([^\s=<>/"']+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    attributes.set(match[1], unescapeXml(match[3] ?? match[4] ?? ""));
  }
  return attributes;
}

/** The value of the attribute with this local name in any namespace prefix (e.g. `r:id`). */
export function prefixedAttribute(attributes: ReadonlyMap<string, string>, localName: string): string | undefined {
  for (const [name, value] of attributes) {
    const colon = name.indexOf(":");
    if (colon > 0 && name.slice(colon + 1) === localName && name.slice(0, colon) !== "xmlns") return value;
  }
  return undefined;
}

/**
 * The prefix that the root element binds to `namespaceUri`, declaring it on the root (as
 * `preferred`, or `preferred` with a number when that prefix is taken) when it is not bound there.
 * Returns the possibly changed text and the prefix to use.
 */
export function ensureRootNamespace(xml: string, namespaceUri: string, preferred: string): { xml: string; prefix: string } {
  const root = rootElement(xml);
  const attributes = attributesOf(xml, root);
  for (const [name, value] of attributes) {
    if (name.startsWith("xmlns:") && value === namespaceUri) return { xml, prefix: name.slice(6) };
  }
  let prefix = preferred;
  for (let n = 2; attributes.has(`xmlns:${prefix}`); n++) prefix = `${preferred}${n}`;
  const insertAt = root.startTagEnd - (root.selfClosing ? 2 : 1);
  return { xml: `${xml.slice(0, insertAt)} xmlns:${prefix}="${escapeXml(namespaceUri)}"${xml.slice(insertAt)}`, prefix };
}

/** Inserts `markup` as the last child of the root element, expanding an empty root tag. */
export function insertBeforeRootEnd(xml: string, markup: string): string {
  const root = rootElement(xml);
  if (root.selfClosing) {
    const open = xml.slice(root.start, root.startTagEnd - 2).trimEnd();
    return `${xml.slice(0, root.start)}${open}>${markup}</${root.qname}>${xml.slice(root.end)}`;
  }
  const closeAt = xml.lastIndexOf("</", root.end - 1);
  return xml.slice(0, closeAt) + markup + xml.slice(closeAt);
}

/** The prefix of a qualified name with its colon (`"xdr:"`), or `""` for an unprefixed name. */
export function prefixOf(qname: string): string {
  const colon = qname.indexOf(":");
  return colon < 0 ? "" : qname.slice(0, colon + 1);
}
