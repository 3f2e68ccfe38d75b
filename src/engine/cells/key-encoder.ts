import { excelErrorText } from "./cell-value";

/** `KeyEncoder.codeOfCell` for an empty cell (or one of only white space). */
export const BLANK_KEY = -1;
/** `KeyEncoder.codeOfCell` for a cell that holds no key: an Excel error value or an object. */
export const UNREADABLE_KEY = -2;

const RECENT_SLOTS = 1 << 10;
const SMALL_DICTIONARY = 256;

/** True when code unit `c` may be white space that `String.prototype.trim` removes. */
function mayBeSpace(c: number): boolean {
  return c <= 32 || (c >= 127 && c <= 160) || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Dictionary encoding of identifiers (buyer ids, channels, SKUs): each distinct key gets the next
 * integer code, in order of first appearance, so that metrics count and group by integers in typed
 * arrays. Numbers and text are keys alike (`12345` and `"12345"` are the same buyer), surrounding
 * white space is ignored (`"tb123 "` is `"tb123"`), and an encoder can be fed several ranges or
 * chunks of one sheet in turn: codes stay the same across them.
 *
 * A `Map` holds the codes: hand-written hash tables were no faster on a million fresh strings
 * (bench/README.md, "Tried and left out"). A whole column of mostly distinct keys is encoded
 * faster by `sortedKeyCodes`, which `readKeyColumn` chooses for it.
 */
export class KeyEncoder {
  private readonly keys: string[] = [];
  private readonly codes = new Map<string, number>();
  /**
   * While the keys are few (channels, statuses, item titles), `recent[signature]` holds code + 1
   * of the last key with that signature (length and three of its code units): a fresh string is
   * then found by one comparison instead of being hashed whole. Turned off past `SMALL_DICTIONARY`
   * keys, where it would mostly miss.
   */
  private recent: Int32Array | null = new Int32Array(RECENT_SLOTS);

  /** `names[code]` is the key of a code. */
  get names(): readonly string[] {
    return this.keys;
  }

  /** The number of distinct keys seen. */
  get size(): number {
    return this.keys.length;
  }

  /** The code of a key (already trimmed, not empty), giving it the next code when it is new. */
  codeOf(key: string): number {
    const recent = this.recent;
    let signature = 0;
    if (recent !== null) {
      const length = key.length;
      signature = (length * 31 + key.charCodeAt(0) * 7 + key.charCodeAt(length >> 1) * 3 + key.charCodeAt(length - 1)) & (RECENT_SLOTS - 1);
      const stored = recent[signature];
      if (stored !== 0 && this.keys[stored - 1] === key) return stored - 1;
    }
    let code = this.codes.get(key);
    if (code === undefined) {
      code = this.keys.length;
      this.keys.push(key);
      this.codes.set(key, code);
      if (this.keys.length > SMALL_DICTIONARY) this.recent = null;
    }
    if (recent !== null) recent[signature] = code + 1;
    return code;
  }

  /**
   * The code of a cell's key; `BLANK_KEY` for an empty cell, `UNREADABLE_KEY` for an Excel error
   * value or anything else that is no key (see `keyOfCell`).
   */
  codeOfCell(cell: unknown): number {
    const key = keyOfCell(cell);
    if (typeof key === "string") return this.codeOf(key);
    return key === null ? BLANK_KEY : UNREADABLE_KEY;
  }
}

/**
 * The key a cell holds: its text without surrounding white space, a number's shortest text
 * (`12345` is `"12345"`), `TRUE` / `FALSE` for a boolean; `null` for an empty cell (or one of only
 * white space); `undefined` for an Excel error value or anything else that is no key.
 */
export function keyOfCell(cell: unknown): string | null | undefined {
  if (typeof cell === "string") {
    const length = cell.length;
    if (length === 0) return null;
    let key = cell;
    // Trimming allocates; most ids start and end with a letter or a digit and need none.
    if (mayBeSpace(cell.charCodeAt(0)) || mayBeSpace(cell.charCodeAt(length - 1))) {
      key = cell.trim();
      if (key.length === 0) return null;
    }
    if (key.charCodeAt(0) === 35 /* # */ && excelErrorText(key) !== null) return undefined;
    return key;
  }
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : undefined;
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return undefined;
}
