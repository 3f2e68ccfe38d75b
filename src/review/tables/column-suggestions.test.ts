import { describe, expect, it } from "vitest";
import { isSuggestion, splitSuggestions, SUGGESTION_THRESHOLD } from "./column-suggestions";
import type { ColumnMapping, MappingSource } from "./table-detection";

function found(column: number, confidence: number, source: MappingSource = "content"): ColumnMapping {
  return { column, header: `H${column}`, confidence, source };
}

describe("isSuggestion", () => {
  it("suggests, not uses, an unsure column for a field that changes the figures", () => {
    for (const field of ["channel", "itemTitle", "cost", "status"] as const) {
      expect(isSuggestion("orders", field, found(3, 0.18)), field).toBe(true);
      expect(isSuggestion("orders", field, found(3, 0.45, "header")), field).toBe(true);
    }
  });

  it("uses a column found surely enough, one the operator chose, and any column of another field", () => {
    expect(isSuggestion("orders", "channel", found(3, SUGGESTION_THRESHOLD))).toBe(false);
    expect(isSuggestion("orders", "channel", found(3, 0.69))).toBe(false);
    expect(isSuggestion("orders", "channel", found(3, 1, "override"))).toBe(false);
    expect(isSuggestion("orders", "buyer", found(3, 0.2))).toBe(false);
    expect(isSuggestion("orders", "paidTime", found(3, 0.2))).toBe(false);
    // An ad sheet's channel is required: without one the table is not read at all, and the operator is told.
    expect(isSuggestion("adSpend", "channel", found(3, 0.2))).toBe(false);
  });
});

describe("splitSuggestions", () => {
  it("keeps each field in the columns used or in the suggestions, never both", () => {
    const split = splitSuggestions("orders", { amount: found(0, 0.9, "header"), channel: found(3, 0.18), status: found(4, 0.6) });
    expect(split.columns).toEqual({ amount: found(0, 0.9, "header"), status: found(4, 0.6) });
    expect(split.suggestions).toEqual({ channel: found(3, 0.18) });
  });
});
