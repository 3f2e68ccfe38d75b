/**
 * The outreach list (分层触达名单): every buyer of the period with their RFM segment and what to do
 * with them, for the review workbook's sheet of its own (both writers) and the command line's
 * `--segments-out` CSV. The segments are the review's (`rfmScores` over the period's counted
 * orders, as of the period's last day); nothing is recomputed here.
 */
import { translate, type Locale, type MessageKey } from "../i18n/messages";
import { RFM_SEGMENTS, rfmSegment, type RfmScores, type RfmSegment } from "../engine/metrics/rfm";

/** The period's buyers in list order: by segment (the review's order, best first), then amount spent, largest first, then buyer. */
export interface SegmentBuyers {
  readonly length: number;
  readonly buyer: readonly string[];
  readonly segment: readonly RfmSegment[];
  /** Whole days from the last order to the period's last day. */
  readonly recencyDays: Float64Array;
  /** Counted orders in the period. */
  readonly frequency: Float64Array;
  /** Their amount, in the review's currency. */
  readonly monetary: Float64Array;
  /** The day of the last order, as an Excel serial. */
  readonly lastOrder: Float64Array;
}

/** The message key of a segment's suggested action. */
export function segmentActionKey(segment: RfmSegment): MessageKey {
  return `segment.action.${segment}`;
}

/** The buyers of the review's RFM scores, named, with their segment (from R and F, as the review's table counts them), in list order. */
export function segmentBuyers(scores: RfmScores, buyerNames: readonly string[]): SegmentBuyers {
  const n = scores.buyer.length;
  const segmentIndex = Uint8Array.from({ length: n }, (_, j) => RFM_SEGMENTS.indexOf(rfmSegment(scores.r[j], scores.f[j])));
  const names = Array.from(scores.buyer, (code) => buyerNames[code] ?? String(code));
  const order = Array.from({ length: n }, (_, j) => j).sort((a, b) =>
    segmentIndex[a] - segmentIndex[b] || scores.monetary[b] - scores.monetary[a] || (names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : 0));
  return {
    length: n,
    buyer: order.map((j) => names[j]),
    segment: order.map((j) => RFM_SEGMENTS[segmentIndex[j]]),
    recencyDays: Float64Array.from(order, (j) => scores.recencyDays[j]),
    frequency: Float64Array.from(order, (j) => scores.frequency[j]),
    monetary: Float64Array.from(order, (j) => scores.monetary[j]),
    lastOrder: Float64Array.from(order, (j) => scores.lastOrder[j]),
  };
}

/** The list as a table of the review's language: its sheet name, header and rows, ready for any writer. */
export interface SegmentListTable {
  /** The sheet's name (`review.segments.sheetName`). */
  readonly name: string;
  readonly header: readonly string[];
  /**
   * [buyer, segment, days since last order, orders, amount spent (to the cent), last order (Excel
   * serial of the day), suggested action] per buyer.
   */
  readonly rows: readonly (readonly [string, string, number, number, number, number, string])[];
}

/** The column of `SegmentListTable.rows` that holds the last order's day (an Excel serial). */
export const LAST_ORDER_COLUMN = 5;
/** The columns that hold text (buyer, segment, action): written as text, never read as a formula or a number. */
export const TEXT_COLUMNS: readonly number[] = [0, 1, 6];
/** The amount column, in the currency of the review. */
export const AMOUNT_COLUMN = 4;

/** The outreach list in `locale`: the segment's name and action from the string tables. */
export function segmentListTable(list: SegmentBuyers, locale: Locale): SegmentListTable {
  const t = (key: MessageKey) => translate(locale, key);
  const names = new Map(RFM_SEGMENTS.map((segment) => [segment, t(`segment.${segment}`)]));
  const actions = new Map(RFM_SEGMENTS.map((segment) => [segment, t(segmentActionKey(segment))]));
  const rows: [string, string, number, number, number, number, string][] = [];
  for (let i = 0; i < list.length; i++) {
    const segment = list.segment[i];
    rows.push([list.buyer[i], names.get(segment)!, list.recencyDays[i], list.frequency[i], Math.round(list.monetary[i] * 100) / 100, list.lastOrder[i], actions.get(segment)!]);
  }
  return {
    name: t("review.segments.sheetName"),
    header: [
      t("review.segments.col.buyer"), t("review.col.segment"), t("review.segments.col.recencyDays"), t("review.segments.col.frequency"),
      t("review.segments.col.monetary"), t("review.segments.col.lastOrder"), t("review.col.action"),
    ],
    rows,
  };
}
