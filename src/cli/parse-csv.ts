const QUOTE = 34; // "
const LF = 10;
const CR = 13;
/** Progress is reported every 65,536 rows. */
const PROGRESS_EVERY_MASK = 0xffff;
/** Excel's limits: a sheet has at most 1,048,576 rows and 16,384 columns, a cell at most 32,767 characters. */
export const MAX_CSV_ROWS = 1_048_576;
export const MAX_CSV_FIELDS = 16_384;
const MAX_CELL_CHARS = 32_767;
/** How many quotes of one row are taken as text before the row is given up. */
const MAX_LITERAL_QUOTES = 8;

/** The delimiters a CSV from Excel, WPS or a shop backend uses: comma, tab (Excel's "Unicode text"), semicolon (European Excel). */
export type CsvDelimiter = "," | "\t" | ";";

/**
 * The delimiter of a CSV: of comma, tab and semicolon, the one that occurs most often outside
 * quotes on the first line (ties go to the comma).
 */
export function sniffDelimiter(text: string): CsvDelimiter {
  const counts = { ",": 0, "\t": 0, ";": 0 };
  let quoted = false;
  const end = Math.min(text.length, 1 << 16);
  for (let i = 0; i < end; i++) {
    const ch = text[i];
    if (ch === "\"") quoted = !quoted;
    else if (quoted) continue;
    else if (ch === "\n" || ch === "\r") break;
    else if (ch === "," || ch === "\t" || ch === ";") counts[ch]++;
  }
  if (counts["\t"] > counts[","] && counts["\t"] >= counts[";"]) return "\t";
  if (counts[";"] > counts[","]) return ";";
  return ",";
}

/**
 * Something the reader did to a row that the user should know: `quoteAsText` — a quote that is
 * never closed properly was read as text and the row kept; `quoteUnreadable` — the row could not be
 * read even so; `badEncoding` — the row holds text the decoder could not read (see `decodeText`).
 * The last two rows are kept as blank placeholders, so that row numbers stay Excel's.
 */
export interface CsvProblem {
  /** The row as Excel numbers it (1 = the first record). */
  readonly row: number;
  readonly kind: "quoteAsText" | "quoteUnreadable" | "badEncoding";
}

/** A limit of Excel's that the file goes past: more rows than a sheet holds, or more fields in one row than it has columns. */
export class CsvLimitError extends Error {
  constructor(readonly limit: "rows" | "fields", readonly row: number) {
    super(`CSV ${limit} limit passed at row ${row}`);
    this.name = "CsvLimitError";
  }
}

export interface ParsedCsv {
  readonly rows: string[][];
  /** In row order. */
  readonly problems: CsvProblem[];
}

export interface ParseCsvOptions {
  delimiter?: CsvDelimiter;
  onRows?: (rows: number) => void;
  /** Character ranges [start, end) of the text that did not decode (sorted): the rows that hold them become placeholders listed as `badEncoding`. */
  badRanges?: readonly (readonly [number, number])[];
}

/** `text.indexOf(ch, from)`, remembering its last answer so that asking again from further on (up to that answer) costs nothing. */
function indexCache(text: string, ch: string): (from: number) => number {
  let lastFrom = Number.POSITIVE_INFINITY;
  let lastAt = -1;
  return (from) => {
    if (from >= lastFrom && (lastAt === -1 || from <= lastAt)) return lastAt;
    lastFrom = from;
    lastAt = text.indexOf(ch, from);
    return lastAt;
  };
}

/**
 * Parses CSV text into rows of strings, as RFC 4180 defines it and Excel writes it: fields
 * separated by the delimiter, rows by CRLF, LF or CR; a field in double quotes may hold the
 * delimiter, line breaks and doubled quotes (`""` for `"`). Every cell stays the text it was —
 * `¥1,234`, `2025/6/1 10:22`, `007` — for the engine to read; an empty field is `""`.
 *
 * A blank line is kept as a row of one `""`, so that row numbers stay those Excel shows when it
 * opens the file; a line break at the very end adds no row.
 *
 * **A stray quote never swallows later rows.** A quoted field closes at a quote followed by the
 * delimiter or a line break. A quoted field that runs past a line break is believed only when it
 * is well formed (no lone quote inside, at most 32,767 characters, fewer delimiters than a whole
 * row has) and its row has the width of the last row read cleanly; otherwise its opening quote is
 * taken as text and the row read again (reported as `quoteAsText`). A row that still does not have
 * that width, or any row whose width differs and that holds a quote outside a well-formed quoted
 * field (`"a", b"`), is kept as a blank placeholder and reported as `quoteUnreadable`. A row of
 * another width whose quoted fields hold the delimiter is read again with them as text, to
 * recover a stray pair of quotes on one line; a row of another width whose quotes are all well
 * formed is read as written. Lenient where Excel
 * is: `"ab"c` on one line reads `abc`.
 *
 * Linear in the length of the text: fields are sliced out of it, never built a character at a time.
 * The delimiter is sniffed from the first line unless given; `onRows` hears the row count every
 * 65,536 rows. Throws CsvLimitError past 1,048,576 rows or 16,384 fields in a row, before
 * building more.
 *
 * @example
 * parseCsv('金额,备注\r\n"¥1,234","say ""hi""\nthere"\r\n').rows // [["金额", "备注"], ["¥1,234", 'say "hi"\nthere']]
 */
export function parseCsv(text: string, options: ParseCsvOptions = {}): ParsedCsv {
  const delimiter = options.delimiter ?? sniffDelimiter(text);
  const onRows = options.onRows;
  const badRanges = options.badRanges ?? [];
  const rows: string[][] = [];
  const problems: CsvProblem[] = [];
  const n = text.length;
  if (n === 0) return { rows, problems };
  const separator = delimiter.charCodeAt(0);
  const nextQuote = indexCache(text, "\"");
  const nextLf = indexCache(text, "\n");
  const nextCr = indexCache(text, "\r");
  const nextBreak = (from: number) => {
    const lf = nextLf(from);
    const cr = nextCr(from);
    return lf === -1 ? (cr === -1 ? n : cr) : cr === -1 ? lf : Math.min(lf, cr);
  };
  const isFieldStop = (at: number) => {
    if (at >= n) return true;
    const ch = text.charCodeAt(at);
    return ch === separator || ch === LF || ch === CR;
  };
  const countSeparators = (from: number, to: number) => {
    let count = 0;
    for (let i = from; i < to; i++) if (text.charCodeAt(i) === separator) count++;
    return count;
  };

  /** Width of the last row read without a quote problem; 0 before one. */
  let width = 0;
  let badIndex = 0;

  /**
   * Reads the record at `start`, taking the quotes at `literal` as text. `doubt` is the opening
   * quote of the first multi-line (or lone-quoted) field believed only on condition of the width;
   * `forced` whether a quote had to be taken as text while reading.
   */
  const readRecord = (start: number, literal: number[]) => {
    const fields: string[] = [];
    let pos = start;
    let doubt = -1;
    // A quote that is not part of a well-formed quoted field: `5" screen`, or one read as text.
    let oddQuote = false;
    // A quoted field that runs past a line break or holds a lone quote.
    let suspect = false;
    for (;;) {
      if (fields.length >= MAX_CSV_FIELDS) throw new CsvLimitError("fields", rows.length + 1);
      let value: string;
      if (pos < n && text.charCodeAt(pos) === QUOTE && !literal.includes(pos)) {
        const open = pos;
        const lineEnd = nextBreak(open);
        let from = open + 1;
        let pieces: string[] | null = null;
        let lone = -1; // the first quote inside that is neither doubled nor closing
        let close = -1;
        let giveUp = false;
        for (;;) {
          const q = nextQuote(from);
          const crossed = q === -1 || q > lineEnd;
          if (q === -1 || (crossed && (lone !== -1 || q - open > MAX_CELL_CHARS))) {
            giveUp = true;
            break;
          }
          if (q + 1 < n && text.charCodeAt(q + 1) === QUOTE) {
            (pieces ??= []).push(text.slice(from, q + 1));
            from = q + 2;
            continue;
          }
          if (isFieldStop(q + 1)) {
            close = q;
            break;
          }
          if (lone === -1) lone = q;
          if (crossed) {
            giveUp = true;
            break;
          }
          // A lone quote inside stays as text.
          (pieces ??= []).push(text.slice(from, q + 1));
          from = q + 1;
        }
        if (lone !== -1 || giveUp) oddQuote = true;
        if (giveUp && lone !== -1 && lone < lineEnd) {
          // Excel's leniency on one line: `"ab"c` is `abc`.
          const stop = fieldEnd(text, lone + 1, separator);
          value = text.slice(open + 1, lone).replace(/""/g, "\"") + text.slice(lone + 1, stop);
          pos = stop;
        } else if (giveUp) {
          literal.push(open);
          const stop = fieldEnd(text, open, separator);
          value = text.slice(open, stop);
          pos = stop;
        } else {
          value = text.slice(from, close);
          if (pieces !== null) {
            pieces.push(value);
            value = pieces.join("");
          }
          pos = close + 1;
          const multiLine = close > lineEnd;
          if (multiLine && width >= 3 && countSeparators(open + 1, close) >= width - 1) {
            // A "field" holding a whole row's worth of delimiters across lines is rows swallowed.
            literal.push(open);
            return null;
          }
          if (lone !== -1 || multiLine) {
            if (!suspect) doubt = open;
            suspect = true;
          } else if (doubt === -1) {
            const separatorAt = text.indexOf(delimiter, open + 1);
            if (separatorAt !== -1 && separatorAt < close) doubt = open;
          }
        }
      } else {
        const stop = fieldEnd(text, pos, separator);
        value = text.slice(pos, stop);
        if (!oddQuote) {
          const q = nextQuote(pos);
          oddQuote = q !== -1 && q < stop;
        }
        pos = stop;
      }
      fields.push(value);
      if (pos >= n) return { fields, next: n, doubt, oddQuote, suspect };
      const ch = text.charCodeAt(pos);
      if (ch === separator) {
        pos++;
        continue;
      }
      pos += ch === CR && pos + 1 < n && text.charCodeAt(pos + 1) === LF ? 2 : 1;
      return { fields, next: pos, doubt, oddQuote, suspect };
    }
  };

  let pos = 0;
  while (pos < n) {
    if (rows.length >= MAX_CSV_ROWS) throw new CsvLimitError("rows", rows.length + 1);
    const start = pos;
    const literal: number[] = [];
    const first = readRecord(start, literal);
    // Quotes all well formed: a row of another width is read as written (a ragged file).
    const plain = first !== null && literal.length === 0 && !first.suspect && !first.oddQuote ? first : null;
    let record = first;
    let tries = 0;
    while (tries++ < MAX_LITERAL_QUOTES && (record === null || (record.doubt !== -1 && width > 0 && record.fields.length !== width))) {
      if (record !== null) literal.push(record.doubt);
      record = readRecord(start, literal);
    }
    let fields: string[];
    let next: number;
    let problem: CsvProblem["kind"] | null = null;
    if (record !== null && (width === 0 || record.fields.length === width)) {
      fields = record.fields;
      next = record.next;
      if (literal.length > 0) problem = "quoteAsText";
      else if (fields.length > 1 || fields[0] !== "") width = fields.length;
    } else if (plain !== null) {
      fields = plain.fields;
      next = plain.next;
      if (fields.length > 1 || fields[0] !== "") width = fields.length;
    } else {
      // Unreadable: a row whose quotes leave it another width than the rows around it. A blank
      // placeholder stands for it (for its first line only when it could not be read at all).
      fields = [""];
      const lineEnd = nextBreak(start);
      next = record !== null ? record.next : lineEnd >= n ? n : lineEnd + (text.charCodeAt(lineEnd) === CR && lineEnd + 1 < n && text.charCodeAt(lineEnd + 1) === LF ? 2 : 1);
      problem = "quoteUnreadable";
    }
    while (badIndex < badRanges.length && badRanges[badIndex][1] <= start) badIndex++;
    if (badIndex < badRanges.length && badRanges[badIndex][0] < next) {
      fields = [""];
      problem = "badEncoding";
    }
    rows.push(fields);
    if (problem !== null) problems.push({ row: rows.length, kind: problem });
    pos = next;
    if (onRows !== undefined && (rows.length & PROGRESS_EVERY_MASK) === 0) onRows(rows.length);
  }
  return { rows, problems };
}

/** The index of the first delimiter or line break at or after `from` (the text's length when none). */
function fieldEnd(text: string, from: number, separator: number): number {
  const n = text.length;
  let i = from;
  while (i < n) {
    const ch = text.charCodeAt(i);
    if (ch === separator || ch === LF || ch === CR) return i;
    i++;
  }
  return n;
}
