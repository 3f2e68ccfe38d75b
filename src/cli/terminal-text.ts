/**
 * Text from the operator's files (headers, sheet names, cell values, file names) on its way to the
 * terminal. An export can hold anything: an escape sequence that retitles the window, clears the
 * screen or writes the clipboard (OSC 52), a bidi override that reverses what follows, a header
 * of 50 MB. Every echoed text passes through `terminalText`, every echoed list through
 * `listParams`.
 */
import { translate, type Locale } from "../i18n/messages";
import { displayWidth } from "./display-width";

/** Display columns an echoed value takes at most. */
export const TEXT_WIDTH = 80;
/** Items an echoed list names at most; the rest are counted. */
export const LIST_ITEMS = 10;

const GROUPED = new Intl.NumberFormat("en-US");

/**
 * C0 controls (tab and line breaks included: a value is shown on one line), DEL, C1 controls
 * (0x9B is a CSI on its own), the bidi embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069) and the bidi marks (U+200E, U+200F, U+061C).
 */
function isUnsafe(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) ||
    code === 0x200e || code === 0x200f || code === 0x061c;
}

function escaped(code: number): string {
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/**
 * `text` safe to print: control characters and bidi overrides shown escaped (ESC as `\x1b`,
 * U+202E as `\u202e`), and, beyond `width` display columns, cut with "…" and its size in
 * characters. Reads no further than it shows, so a 50 MB value costs what 80 columns cost.
 *
 * @example terminalText("\u001b]0;pwned\u0007Amount") // "\\x1b]0;pwned\\x07Amount"
 */
export function terminalText(text: string, width: number = TEXT_WIDTH, locale: Locale = "en-US"): string {
  let out = "";
  let used = 0;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const ch = String.fromCodePoint(code);
    const shown = isUnsafe(code) ? escaped(code) : ch;
    const w = isUnsafe(code) ? shown.length : displayWidth(ch);
    if (used + w > width - 1 && i + ch.length < text.length) {
      return translate(locale, "cli.terminal.textCut", { text: out, size: GROUPED.format(text.length) });
    }
    out += shown;
    used += w;
    i += ch.length;
  }
  return out;
}

/**
 * A list as message parameters when the language is not known yet (an error thrown deep in the
 * reading): `{ [name]: the first items, safe and joined, [name + "More"]: how many are left }`.
 * The command line's messages turn the pair into "…, … and N more" (see `ec-review`'s `echoed`).
 */
export function listParams(name: string, items: readonly string[], options: { quote?: boolean } = {}): Record<string, string | number> {
  const quote = options.quote === true ? (text: string) => `"${text}"` : (text: string) => text;
  return {
    [name]: items.length === 0 ? "—" : items.slice(0, LIST_ITEMS).map((item) => quote(terminalText(item, TEXT_WIDTH / 2))).join(", "),
    [`${name}More`]: Math.max(0, items.length - LIST_ITEMS),
  };
}
