import type { ColumnProfile } from "./column-profile";
import type { FieldValueType, TableField } from "./table-fields";

/**
 * How well a column's contents fit a field's type, in [0, 1]: the check a header must pass.
 * A `money` column must hold numbers, a `dateTime` column dates, a `text` column words; ids and
 * codes may be digits or words but not dates or amounts with cents. A blank column fits anything
 * (there is nothing to contradict its header).
 *
 * @example typeCompatibility("money", profileColumn(["¥88.00", "120", "n/a"])) // 2/3
 */
export function typeCompatibility(type: FieldValueType, profile: ColumnProfile): number {
  if (profile.nonBlank === 0) return 1;
  const p = profile;
  switch (type) {
    case "money":
    case "count":
      // Numbers in the range of Excel's dates count: the header, not the column alone, says what they are.
      return p.anyNumberShare;
    case "dateTime":
    case "date":
      return p.dateShare;
    case "month":
      return Math.max(p.dateShare, p.monthStartShare * (p.dateShare + p.textShare));
    case "text":
      return 1 - Math.max(p.dateShare, p.numericShare);
    case "key":
      return 1 - Math.max(p.dateShare, p.numericShare * p.fractionShare);
  }
}

/** Amounts of a shop's orders and ads: above zero, with cents, a median from ¥10 to ¥1,000,000 (¥1 to ¥10 less likely). */
function moneyLikeness(p: ColumnProfile): number {
  if (p.numericShare === 0) return 0;
  const inRange = p.median >= 10 && p.median <= 1_000_000 ? 1 : p.median >= 1 && p.median < 10 ? 0.7 : 0.2;
  const cents = p.fractionShare >= 0.1 ? 1 : 0.6;
  const notIds = 1 - p.longIdShare;
  return p.numericShare * p.positiveShare * inRange * cents * notIds;
}

/** Whole numbers of things: no fractions written, not negative. */
function countLikeness(p: ColumnProfile): number {
  if (p.numericShare === 0) return 0;
  const whole = p.integerShare >= 0.98 && p.fractionShare < 0.02 ? 1 : 0.2;
  return p.numericShare * whole * (p.positiveShare >= 0.5 ? 1 : 0.5) * (1 - p.longIdShare);
}

/** Short repeated words: what statuses and channels are made of. */
function categoryLikeness(p: ColumnProfile): number {
  if (p.textShare < 0.5) return 0;
  const short = p.meanTextLength <= 16 ? 1 : 0.3;
  const few = p.distinct <= 40 ? 1 : 0.3;
  return p.textShare * short * few * Math.min(1, p.repeatedShare / 0.6);
}

/**
 * How much a column's contents alone say it holds the field, in [0, 1], for a column whose header
 * is unknown or missing. Dates with times say order time; amounts with cents say money; nearly
 * unique long digit strings say order id; many distinct values that repeat say buyer; small whole
 * numbers say quantity; repeated short words say status (交易成功, 交易关闭 …) or channel.
 *
 * Content cannot tell some fields apart (an amount from a cost, a creation time from a payment
 * time): the scores then tie up to a small preference and `detectTable` settles the pair by how
 * their values are ordered row by row.
 */
export function contentScore(field: TableField, profile: ColumnProfile): number {
  const p = profile;
  if (p.nonBlank === 0) return 0;
  const filled = 0.5 + 0.5 * p.fill;
  switch (field) {
    case "orderId": {
      const unique = p.distinctShare >= 0.95 ? 1 : p.distinctShare >= 0.5 ? p.distinctShare * 0.8 : 0;
      // Plain numbers (1201, 48210) are order numbers less often than counts; ids of 12+ digits or `#1001` are ids.
      const shaped = Math.max(p.longIdShare, p.textShare, 1 - p.numericShare);
      return filled * p.idShare * unique * (0.6 + 0.4 * shaped) * (1 - p.fractionShare);
    }
    case "buyer":
    case "visitor": {
      if (p.dateShare > 0.2 || p.statusShare > 0.2 || p.channelShare > 0.2) return 0;
      if (p.emailShare >= 0.5) return filled * 0.9;
      if (p.distinct < 3 || p.distinctShare < 0.2) return 0;
      const varied = p.distinctShare >= 0.3 ? 1 : p.distinctShare / 0.3;
      const repeats = p.repeatedShare > 0 && p.distinctShare < 0.98 ? 1 : 0.55;
      const notAmounts = 1 - p.numericShare * Math.max(p.fractionShare, 1 - p.integerShare);
      const notTitles = (p.meanTextLength > 24 ? 0.3 : p.meanTextLength > 16 ? 0.7 : 1) * (1 - 0.7 * p.spacedShare);
      return filled * 0.8 * varied * repeats * notAmounts * notTitles * (1 - 0.8 * p.longIdShare);
    }
    case "createdTime":
      return p.dateShare * (0.6 + 0.4 * p.timeShare) * filled;
    case "paidTime":
      return p.dateShare * (0.6 + 0.4 * p.timeShare) * filled * 0.95;
    case "touchTime":
      return p.dateShare * (0.6 + 0.4 * p.timeShare) * filled;
    case "date":
      return p.dateShare * (p.timeShare < 0.2 ? 1 : 0.6) * (p.monthStartShare >= 0.9 ? 0.5 : 1) * filled;
    case "month":
      return typeCompatibility("month", p) * (p.monthStartShare >= 0.9 ? 1 : 0.2) * filled;
    case "amount":
    case "spend":
      return moneyLikeness(p) * (isQuantityLike(p) ? 0.3 : 1) * filled;
    case "cost":
    case "unitCost":
    case "unitPrice":
    case "lineAmount":
    case "attributedGmv":
      return moneyLikeness(p) * (isQuantityLike(p) ? 0.3 : 1) * filled * 0.8;
    case "quantity":
      return countLikeness(p) * (isQuantityLike(p) ? 1 : 0.2) * filled;
    case "impressions":
      return countLikeness(p) * (p.median >= 100 ? 1 : 0.3) * filled * 0.8;
    case "clicks":
      return countLikeness(p) * filled * 0.7;
    case "visitors":
      return countLikeness(p) * (p.median >= 1 ? 1 : 0.3) * filled * 0.8;
    case "status":
      return categoryLikeness(p) * (p.statusShare >= 0.5 ? 0.6 + 0.4 * p.statusShare : 0) * filled;
    case "channel": {
      if (p.statusShare > 0.3) return 0;
      const named = p.channelShare >= 0.3 ? 0.5 + 0.4 * p.channelShare : 0.35;
      return categoryLikeness(p) * named * filled;
    }
    case "itemTitle": {
      if (p.textShare < 0.8 || p.statusShare > 0.2 || p.channelShare > 0.3 || p.emailShare > 0.2) return 0;
      const long = p.meanTextLength >= 12 || p.spacedShare >= 0.5 ? 1 : p.meanTextLength >= 6 ? 0.6 : 0.2;
      const repeats = p.repeatedShare > 0 ? 1 : 0.6;
      return p.textShare * long * repeats * filled * 0.8;
    }
    // Found by their headers only: a column of dates or amounts is far likelier the order's own.
    case "shippedTime":
    case "afterSales":
    case "refundAmount":
    case "experimentArm":
      return 0;
    case "sku": {
      const unique = p.distinctShare > 0.98 ? 0.6 : 1;
      return p.codeShare * unique * (1 - p.longIdShare) * filled * 0.7;
    }
    // An experiment's name and arm are words like any other: only a header (实验名称, 组别, Variant) says so.
    case "experiment":
    case "arm":
      return 0;
    case "conversions":
      return countLikeness(p) * filled * 0.6;
    case "revenue":
      return moneyLikeness(p) * (isQuantityLike(p) ? 0.3 : 1) * filled * 0.7;
  }
}

/** Small whole numbers: 1 to a few per order, at most a thousand. */
function isQuantityLike(p: ColumnProfile): boolean {
  return p.numericShare > 0 && p.integerShare >= 0.98 && p.fractionShare < 0.02 && p.median <= 10 && p.max <= 1000;
}
