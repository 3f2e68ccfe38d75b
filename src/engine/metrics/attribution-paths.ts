/**
 * Conversion paths as operators have them: a text per path, the channels joined by `>` as GA4's
 * attribution paths report and ad platforms write them (`小红书 > 抖音本地推 > 站内搜索`), with `›`,
 * `→`, `»`, `->`, `＞`, `,` or `，` between and any spacing. Channel names that differ only by
 * case, spacing or full-width forms are one channel (the first spelling met names it; the others
 * are listed as merged).
 */
import type { AttributionPaths } from "./attribution";

/** The longest path read: a longer one is most likely a whole session log pasted into one cell. */
export const MAX_PATH_STEPS = 50;

const SEPARATOR = /\s*(?:->|→|›|»|>|＞|,|，)\s*/;

/** A channel name as channels are compared: full-width forms as ASCII, spacing collapsed, case ignored. */
export function channelKey(name: string): string {
  return name.normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();
}

/**
 * Channel names met in one or several tables as codes 0, 1, …: names that `channelKey` reads as
 * the same are one channel, named by the first spelling met; the other spellings are listed.
 */
export class ChannelCodes {
  readonly names: string[] = [];
  readonly merged: { readonly spelling: string; readonly channel: string }[] = [];
  private readonly codes = new Map<string, number>();
  private readonly spellings = new Set<string>();

  code(name: string): number {
    const key = channelKey(name);
    let code = this.codes.get(key);
    if (code === undefined) {
      code = this.names.length;
      this.codes.set(key, code);
      this.names.push(name);
    } else if (name !== this.names[code] && !this.spellings.has(name)) this.merged.push({ spelling: name, channel: this.names[code] });
    this.spellings.add(name);
    return code;
  }
}

export interface ParsedPathTexts {
  /** The channels, by code: each the first spelling met. */
  readonly channelNames: readonly string[];
  /** Spellings read as another channel's (case, spacing or width apart). */
  readonly merged: readonly { readonly spelling: string; readonly channel: string }[];
  /** Each text's channel codes, oldest first. */
  readonly channelsOf: readonly Int32Array[];
}

export type PathTextProblem = { readonly problem: "empty"; readonly index: number } | { readonly problem: "tooLong"; readonly index: number; readonly steps: number };

/**
 * Reads path texts into channel codes; the first text without a channel, or of more than
 * `MAX_PATH_STEPS` touches, is a problem naming its index.
 *
 * @example parsePathTexts(["小红书 > 抖音本地推", "抖音本地推›站内搜索"]) // channels 小红书, 抖音本地推, 站内搜索; paths [0, 1], [1, 2]
 */
export function parsePathTexts(texts: readonly string[]): ParsedPathTexts | PathTextProblem {
  const channels = new ChannelCodes();
  const channelsOf: Int32Array[] = [];
  for (let index = 0; index < texts.length; index++) {
    const names = texts[index].split(SEPARATOR).map((name) => name.trim()).filter((name) => name !== "");
    if (names.length === 0) return { problem: "empty", index };
    if (names.length > MAX_PATH_STEPS) return { problem: "tooLong", index, steps: names.length };
    channelsOf.push(Int32Array.from(names, (name) => channels.code(name)));
  }
  return { channelNames: channels.names, merged: channels.merged, channelsOf };
}

/**
 * The rows of a path table as `AttributionPaths`: row i is path text `textOf[i]` (an index into
 * `parsed.channelsOf`; −1 leaves the row out) with its conversions and value.
 */
export function pathsOfRows(parsed: ParsedPathTexts, textOf: Int32Array, conversions: Float64Array, value: Float64Array | null): AttributionPaths {
  let touches = 0;
  let rows = 0;
  for (let i = 0; i < textOf.length; i++) {
    if (textOf[i] < 0) continue;
    touches += parsed.channelsOf[textOf[i]].length;
    rows++;
  }
  const start = new Int32Array(rows + 1);
  const channel = new Int32Array(touches);
  const pathConversions = new Float64Array(rows);
  const pathValue = new Float64Array(rows);
  let p = 0;
  for (let i = 0; i < textOf.length; i++) {
    if (textOf[i] < 0) continue;
    const codes = parsed.channelsOf[textOf[i]];
    channel.set(codes, start[p]);
    start[p + 1] = start[p] + codes.length;
    pathConversions[p] = conversions[i];
    const v = value === null ? 0 : value[i];
    pathValue[p] = v === v ? v : 0;
    p++;
  }
  return { channelCount: parsed.channelNames.length, start, channel, conversions: pathConversions, value: pathValue };
}
