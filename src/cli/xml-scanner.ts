/**
 * A small incremental XML tokenizer for the parts of an .xlsx: text in, start tags, end tags and
 * raw text out, holding no more than one unfinished tag between chunks. Text is handed over raw
 * (entities undecoded), in as many pieces as the chunks cut it into, so that the caller decides
 * what to keep and how much (see decodeXmlText). Elements are named by their local name (`x:row`
 * is `row`). No DTD: a DOCTYPE is refused, as no spreadsheet part has one.
 */
import { XlsxReadError } from "./xlsx-read-error";

export interface XmlHandler {
  /** A start tag; `tag` is the text between `<` and `>`, for attributeOf. */
  open(name: string, tag: string): void;
  /** An end tag, and also right after the open of a self-closing one. */
  close(name: string): void;
  /**
   * Raw character data (entities undecoded) as `source.slice(from, to)`, sliced only by a handler
   * that keeps it; a CDATA section arrives escaped.
   */
  text(source: string, from: number, to: number): void;
}

/** Longest tag (or comment, processing instruction) held while waiting for its end. */
const MAX_MARKUP = 1 << 20;

export class XmlScanner {
  private rest = "";

  constructor(
    private readonly handler: XmlHandler,
    private readonly part: string,
  ) {}

  write(chunk: string): void {
    const buffer = this.rest.length === 0 ? chunk : this.rest + chunk;
    this.rest = "";
    const handler = this.handler;
    let at = 0;
    const length = buffer.length;
    while (at < length) {
      const lt = buffer.indexOf("<", at);
      if (lt === -1) {
        handler.text(buffer, at, length);
        return;
      }
      if (lt > at) handler.text(buffer, at, lt);
      const next = buffer.charCodeAt(lt + 1);
      let end: number;
      if (next === 0x21 /* ! */) {
        if (buffer.startsWith("<!--", lt)) {
          end = buffer.indexOf("-->", lt + 4);
          if (end !== -1) {
            at = end + 3;
            continue;
          }
        } else if (buffer.startsWith("<![CDATA[", lt)) {
          end = buffer.indexOf("]]>", lt + 9);
          if (end !== -1) {
            const data = buffer.slice(lt + 9, end).replace(/&/g, "&amp;").replace(/</g, "&lt;");
            handler.text(data, 0, data.length);
            at = end + 3;
            continue;
          }
        } else if (lt + 9 <= length) {
          throw new XlsxReadError("cli.error.xlsx.damaged", { detail: `${this.part}: unexpected <!` });
        } else {
          end = -1;
        }
      } else if (next === 0x3f /* ? */) {
        end = buffer.indexOf("?>", lt + 2);
        if (end !== -1) {
          at = end + 2;
          continue;
        }
      } else {
        end = tagEnd(buffer, lt + 1);
        if (end !== -1) {
          this.element(buffer, lt + 1, end);
          at = end + 1;
          continue;
        }
      }
      // The tag goes on in the next chunk.
      if (length - lt > MAX_MARKUP) throw new XlsxReadError("cli.error.xlsx.damaged", { detail: `${this.part}: a tag longer than 1 MB` });
      this.rest = buffer.slice(lt);
      return;
    }
  }

  /** The input is complete: an unfinished tag means a cut-short part. */
  end(): void {
    if (this.rest.length > 0) throw new XlsxReadError("cli.error.xlsx.damaged", { detail: `${this.part} ends inside a tag` });
  }

  /** The tag `buffer[from, to)`, between `<` and `>`. */
  private element(buffer: string, from: number, to: number): void {
    const closing = buffer.charCodeAt(from) === 0x2f; /* / */
    let start = closing ? from + 1 : from;
    let at = start;
    for (; at < to; at++) {
      const c = buffer.charCodeAt(at);
      if (c === 0x3a /* : */) start = at + 1;
      else if (c === 0x20 || c === 0x2f || c === 0x09 || c === 0x0a || c === 0x0d) break;
    }
    const name = buffer.slice(start, at);
    if (closing) {
      this.handler.close(name);
      return;
    }
    // Attributes are read from the tag only when there are any.
    const tag = at < to - 1 ? buffer.slice(from, to) : "";
    this.handler.open(name, tag);
    if (buffer.charCodeAt(to - 1) === 0x2f) this.handler.close(name);
  }
}

/** The `>` that ends the tag starting at `from`, outside quoted attribute values; -1 if none yet. */
function tagEnd(buffer: string, from: number): number {
  let quote = 0;
  for (let i = from; i < buffer.length; i++) {
    const c = buffer.charCodeAt(i);
    if (quote === 0) {
      if (c === 0x3e) return i;
      if (c === 0x22 || c === 0x27) quote = c;
    } else if (c === quote) {
      quote = 0;
    }
  }
  return -1;
}

/**
 * The raw value of attribute `name` in a tag, or undefined. `name` may be given with its prefix
 * (`r:id`) or, with `anyPrefix`, matched by local name under any prefix.
 */
export function attributeOf(tag: string, name: string, anyPrefix = false): string | undefined {
  let from = 0;
  for (;;) {
    const at = tag.indexOf(`${name}=`, from);
    if (at === -1) return undefined;
    from = at + name.length + 1;
    const before = tag.charCodeAt(at - 1);
    const boundary = before === 0x20 || before === 0x09 || before === 0x0a || before === 0x0d;
    if (!boundary && !(anyPrefix && before === 0x3a /* : */)) continue;
    const quote = tag.charCodeAt(from);
    if (quote !== 0x22 && quote !== 0x27) continue;
    const close = tag.indexOf(String.fromCharCode(quote), from + 1);
    if (close === -1) return undefined;
    return tag.slice(from + 1, close);
  }
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** XML character data or an attribute value, entities (named and numeric) decoded. */
export function decodeXmlEntities(raw: string): string {
  if (raw.indexOf("&") === -1) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);/g, (whole, entity: string) => {
    if (entity.charCodeAt(0) !== 0x23) return NAMED_ENTITIES[entity];
    const code = entity.charCodeAt(1) === 0x78 ? Number.parseInt(entity.slice(2), 16) : Number.parseInt(entity.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * The text of a string cell as Excel reads it: entities decoded, then the `_xHHHH_` escapes by
 * which Excel writes characters XML cannot hold (`_x000D_` is a carriage return, `_x005F_` an
 * underscore, so `_x005F_x000D_` is the text "_x000D_").
 */
export function decodeCellText(raw: string): string {
  const text = decodeXmlEntities(raw);
  if (text.indexOf("_x") === -1) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}
