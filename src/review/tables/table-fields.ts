/**
 * The tables the review reads and the fields of each: what a column of an operator's sheet can
 * mean. Field names are codes (the task pane labels them through its string tables).
 *
 * - `orders`: one row per order (or per order line): `amount` is the paid amount. `shippedTime`
 *   (发货时间, Fulfilled at), `afterSales` (售后状态) and `refundAmount` (退款金额, Refunded Amount)
 *   give the fulfilment and after-sales figures; a shipping time is never the order's time.
 *   `experimentArm` (实验分组, Variant) marks the experiment arm an order was placed in: it gives an
 *   experiment table without conversions its conversions and revenue per arm.
 * - `adSpend`: ad spend by channel and day (or month), as ad platforms export it.
 * - `traffic`: visitors by source and day (or month), as 生意参谋 / shop analytics export it.
 * - `costs`: unit cost per SKU or item, the operator's own cost sheet.
 * - `items`: one row per item of an order (千牛 宝贝报表), joined to the orders by order id; it
 *   gives the orders' lines (see `joinItemTable`), never their amount, time or buyer.
 * - `experiments`: one row per arm of an experiment (or per arm and day): experiment, arm,
 *   visitors, conversions, optional revenue (see src/review/experiments.ts).
 * - `touchpoints`: one row per visit or ad click: who (a visitor or buyer id, joined to the orders'
 *   buyers), when, through which channel (see src/review/attribution-review.ts).
 */
export const TABLE_FIELDS = {
  orders: ["orderId", "buyer", "createdTime", "paidTime", "amount", "cost", "itemTitle", "sku", "quantity", "status", "channel", "shippedTime", "afterSales", "refundAmount", "experimentArm"],
  adSpend: ["date", "month", "channel", "spend", "impressions", "clicks", "attributedGmv"],
  traffic: ["date", "month", "channel", "visitors"],
  costs: ["sku", "itemTitle", "unitCost"],
  items: ["orderId", "itemTitle", "sku", "quantity", "unitPrice", "lineAmount", "status"],
  experiments: ["experiment", "arm", "visitors", "conversions", "revenue"],
  touchpoints: ["visitor", "touchTime", "channel"],
} as const;

export type TableKind = keyof typeof TABLE_FIELDS;

/** The kinds in the order ties between them are broken. */
export const TABLE_KINDS: readonly TableKind[] = ["orders", "adSpend", "traffic", "costs", "items", "experiments", "touchpoints"];

/** The fields of one kind of table. */
export type FieldOf<K extends TableKind> = (typeof TABLE_FIELDS)[K][number];

/** Any field of any kind. */
export type TableField = FieldOf<TableKind>;

/**
 * What a field's cells hold, the check a header match must pass against the column's contents:
 * `key` ids and codes, `text` words, `dateTime` order times, `date` days, `month` months,
 * `money` amounts, `count` whole numbers.
 */
export type FieldValueType = "key" | "text" | "dateTime" | "date" | "month" | "money" | "count";

export const FIELD_VALUE_TYPES: Readonly<Record<TableField, FieldValueType>> = {
  orderId: "key", buyer: "key", createdTime: "dateTime", paidTime: "dateTime", amount: "money", cost: "money",
  itemTitle: "text", sku: "key", quantity: "count", status: "text", channel: "text", shippedTime: "dateTime", afterSales: "text", refundAmount: "money", experimentArm: "text",
  date: "date", month: "month", spend: "money", impressions: "count", clicks: "count", attributedGmv: "money",
  visitors: "count", unitCost: "money", unitPrice: "money", lineAmount: "money",
  experiment: "text", arm: "text", conversions: "count", revenue: "money",
  visitor: "key", touchTime: "dateTime",
};

/**
 * How much finding a field says that a sheet is this kind of table. An order id, an amount and an
 * order time say "orders" far more than a channel column, which every kind has. The item fields
 * weigh less than the order fields: an order export of one row per item has every one of them too.
 */
export const FIELD_WEIGHTS: { readonly [K in TableKind]: Readonly<Record<FieldOf<K>, number>> } = {
  orders: {
    orderId: 3, buyer: 2, createdTime: 2, paidTime: 2, amount: 3, cost: 0.5, itemTitle: 1, sku: 1, quantity: 1, status: 2, channel: 0.5,
    shippedTime: 0.5, afterSales: 0.5, refundAmount: 0.5, experimentArm: 0.3,
  },
  adSpend: { date: 1, month: 1, channel: 1.5, spend: 3, impressions: 2, clicks: 2, attributedGmv: 1 },
  traffic: { date: 1, month: 1, channel: 1.5, visitors: 3 },
  costs: { sku: 1.5, itemTitle: 1, unitCost: 3 },
  items: { orderId: 2, itemTitle: 1.5, sku: 1, quantity: 1, unitPrice: 1.5, lineAmount: 1.5, status: 0.5 },
  experiments: { experiment: 1.5, arm: 3, visitors: 1.5, conversions: 2, revenue: 0.5 },
  touchpoints: { visitor: 2, touchTime: 2, channel: 2 },
};

/** Groups of alternatives: a group is met when any one of its fields is mapped. */
export type FieldGroups<K extends TableKind> = readonly (readonly FieldOf<K>[])[];

/** What the review cannot do without: orders need an amount and a time (payment or creation). */
export const REQUIRED_FIELDS: { readonly [K in TableKind]: FieldGroups<K> } = {
  orders: [["amount"], ["paidTime", "createdTime"]],
  adSpend: [["spend"], ["channel"]],
  traffic: [["visitors"]],
  costs: [["unitCost"], ["sku", "itemTitle"]],
  items: [["orderId"], ["itemTitle", "sku"]],
  experiments: [["arm"], ["visitors"]],
  touchpoints: [["visitor"], ["touchTime"], ["channel"]],
};

/**
 * What the review works without but loses a part for: retention and RFM need the buyer; margin per
 * item needs the items' amounts (or prices).
 */
export const DESIRED_FIELDS: { readonly [K in TableKind]: FieldGroups<K> } = {
  orders: [["buyer"]],
  adSpend: [["date", "month"]],
  traffic: [["date", "month"]],
  costs: [],
  items: [["lineAmount", "unitPrice"]],
  experiments: [["experiment"]],
  touchpoints: [],
};

/**
 * The fields a typical table of the kind has, alternatives counted once: a table with all of
 * them is a full fit. Hand-made ad sheets often have no impressions or clicks, so those are extras.
 */
export const CORE_FIELDS: { readonly [K in TableKind]: FieldGroups<K> } = {
  orders: [["orderId"], ["buyer"], ["amount"], ["paidTime", "createdTime"]],
  adSpend: [["date", "month"], ["channel"], ["spend"]],
  traffic: [["date", "month"], ["channel"], ["visitors"]],
  costs: [["sku", "itemTitle"], ["unitCost"]],
  items: [["orderId"], ["itemTitle", "sku"], ["quantity"], ["lineAmount", "unitPrice"]],
  experiments: [["experiment"], ["arm"], ["visitors"], ["conversions"]],
  touchpoints: [["visitor"], ["touchTime"], ["channel"]],
};

/**
 * Fields whose header, present in a sheet but not used by another kind, speaks against that
 * kind: a sheet with 展现量 and 点击量 is not an order table, however much 成交金额 looks like an amount;
 * a sheet with the orders' payment or creation time (抖店, Shopify: one row per item, but with the
 * order's time and total) is not an item table, however much its item columns look like one.
 */
export const SIGNATURE_FIELDS: { readonly [K in TableKind]: readonly FieldOf<K>[] } = {
  orders: ["orderId", "buyer", "status", "paidTime", "createdTime"],
  adSpend: ["spend", "impressions", "clicks"],
  traffic: ["visitors"],
  costs: [],
  items: [],
  experiments: ["arm"],
  touchpoints: ["visitor", "touchTime"],
};

/**
 * Pairs whose values are ordered row by row (`[lower, higher]`): an order is paid after it is
 * created, costs less than it sells for, and an ad is shown more often than clicked. Used to tell
 * apart two columns that content alone maps to the pair's fields.
 */
export const ORDERED_PAIRS: { readonly [K in TableKind]: readonly (readonly [FieldOf<K>, FieldOf<K>])[] } = {
  orders: [["createdTime", "paidTime"], ["cost", "amount"]],
  adSpend: [["clicks", "impressions"]],
  traffic: [],
  costs: [],
  items: [],
  experiments: [["conversions", "visitors"]],
  touchpoints: [],
};

/** True when `field` is a field of tables of `kind`. */
export function isFieldOf<K extends TableKind>(kind: K, field: string): field is FieldOf<K> {
  return (TABLE_FIELDS[kind] as readonly string[]).includes(field);
}

/** The fields of the groups that no mapped field meets, in group order. */
export function unmetFields<F extends string>(groups: readonly (readonly F[])[], isMapped: (field: F) => boolean): F[] {
  const unmet: F[] = [];
  for (const group of groups) if (!group.some(isMapped)) unmet.push(...group);
  return unmet;
}
