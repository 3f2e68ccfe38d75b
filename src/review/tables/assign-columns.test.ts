import { describe, expect, it } from "vitest";
import { assignColumns } from "./assign-columns";

describe("assignColumns", () => {
  it("gives each field its best column and each column one field", () => {
    const assigned = assignColumns(["amount", "cost"], [
      { field: "amount", column: 0, score: 0.9, source: "header" },
      { field: "cost", column: 0, score: 0.95, source: "header" },
      { field: "amount", column: 1, score: 0.6, source: "header" },
    ]);
    expect(assigned.get("cost")).toEqual({ column: 0, confidence: 0.95, source: "header" });
    expect(assigned.get("amount")).toEqual({ column: 1, confidence: 0.6, source: "header" });
  });

  it("breaks ties by the field's order, then by the leftmost column", () => {
    const assigned = assignColumns(["createdTime", "paidTime"], [
      { field: "paidTime", column: 3, score: 0.5, source: "content" },
      { field: "createdTime", column: 3, score: 0.5, source: "content" },
      { field: "createdTime", column: 2, score: 0.5, source: "content" },
    ]);
    expect(assigned.get("createdTime")?.column).toBe(2);
    expect(assigned.get("paidTime")?.column).toBe(3);
  });

  it("lowers the confidence by a quarter when a column left over fits almost as well", () => {
    const assigned = assignColumns(["amount"], [
      { field: "amount", column: 5, score: 0.6, source: "header" },
      { field: "amount", column: 3, score: 0.6, source: "header" },
    ]);
    expect(assigned.get("amount")).toMatchObject({ column: 3, source: "header" });
    expect(assigned.get("amount")!.confidence).toBeCloseTo(0.45, 12);
    const clear = assignColumns(["amount"], [
      { field: "amount", column: 5, score: 1, source: "header" },
      { field: "amount", column: 3, score: 0.6, source: "header" },
    ]);
    expect(clear.get("amount")).toEqual({ column: 5, confidence: 1, source: "header" });
  });

  it("does not count a runner-up another field took", () => {
    const assigned = assignColumns(["amount", "cost"], [
      { field: "amount", column: 0, score: 0.7, source: "header" },
      { field: "amount", column: 1, score: 0.65, source: "header" },
      { field: "cost", column: 1, score: 0.9, source: "header" },
    ]);
    expect(assigned.get("amount")).toEqual({ column: 0, confidence: 0.7, source: "header" });
  });

  it("ignores fields it was not asked for and scores of 0", () => {
    const assigned = assignColumns(["amount"], [
      { field: "visitors", column: 0, score: 1, source: "header" },
      { field: "amount", column: 1, score: 0, source: "content" },
    ]);
    expect(assigned.size).toBe(0);
  });
});

describe("assignColumns: header before content", () => {
  it("gives a field the column its header names even when a content guess scores higher", () => {
    const assigned = assignColumns(["amount"], [
      { field: "amount", column: 2, score: 0.45, source: "header" },
      { field: "amount", column: 5, score: 0.7, source: "content" },
    ]);
    expect(assigned.get("amount")).toMatchObject({ column: 2, source: "header" });
  });

  it("still lets a content guess fill a field whose header column another field took", () => {
    // Shopify's `Name` is the order id, and names an item only weakly: the item titles come from contents.
    const assigned = assignColumns(["orderId", "itemTitle"], [
      { field: "orderId", column: 0, score: 0.8, source: "header" },
      { field: "itemTitle", column: 0, score: 0.5, source: "header" },
      { field: "itemTitle", column: 3, score: 0.55, source: "content" },
    ]);
    expect(assigned.get("orderId")?.column).toBe(0);
    expect(assigned.get("itemTitle")).toMatchObject({ column: 3, source: "content" });
  });
});
