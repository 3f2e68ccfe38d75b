import { describe, expect, it } from "vitest";
import {
  CORE_FIELDS, DESIRED_FIELDS, FIELD_VALUE_TYPES, FIELD_WEIGHTS, ORDERED_PAIRS, REQUIRED_FIELDS, SIGNATURE_FIELDS, TABLE_FIELDS, TABLE_KINDS,
  isFieldOf, unmetFields,
} from "./table-fields";

describe("the table fields", () => {
  it("weigh and type every field of every kind, and name only fields of the kind elsewhere", () => {
    for (const kind of TABLE_KINDS) {
      const fields = TABLE_FIELDS[kind] as readonly string[];
      expect(Object.keys(FIELD_WEIGHTS[kind]).sort()).toEqual([...fields].sort());
      for (const field of fields) expect(FIELD_VALUE_TYPES[field as keyof typeof FIELD_VALUE_TYPES]).toBeDefined();
      const named = [REQUIRED_FIELDS, DESIRED_FIELDS, CORE_FIELDS].flatMap((groups) => (groups[kind] as readonly (readonly string[])[]).flat());
      named.push(...(SIGNATURE_FIELDS[kind] as readonly string[]), ...(ORDERED_PAIRS[kind] as readonly (readonly string[])[]).flat());
      for (const field of named) expect(fields).toContain(field);
    }
  });

  it("require an amount and a time of orders, spend and channel of ads, visitors of traffic, a cost and an item of costs", () => {
    expect(REQUIRED_FIELDS.orders).toEqual([["amount"], ["paidTime", "createdTime"]]);
    expect(REQUIRED_FIELDS.adSpend).toEqual([["spend"], ["channel"]]);
    expect(REQUIRED_FIELDS.traffic).toEqual([["visitors"]]);
    expect(REQUIRED_FIELDS.costs).toEqual([["unitCost"], ["sku", "itemTitle"]]);
    expect(DESIRED_FIELDS.orders).toEqual([["buyer"]]);
  });
});

describe("isFieldOf", () => {
  it("is true only for the kind's own fields", () => {
    expect(isFieldOf("orders", "buyer")).toBe(true);
    expect(isFieldOf("costs", "buyer")).toBe(false);
    expect(isFieldOf("traffic", "visitors")).toBe(true);
  });
});

describe("unmetFields", () => {
  it("lists every alternative of a group none of which is mapped", () => {
    const mapped = new Set(["amount"]);
    expect(unmetFields(REQUIRED_FIELDS.orders, (field) => mapped.has(field))).toEqual(["paidTime", "createdTime"]);
    mapped.add("createdTime");
    expect(unmetFields(REQUIRED_FIELDS.orders, (field) => mapped.has(field))).toEqual([]);
  });
});
