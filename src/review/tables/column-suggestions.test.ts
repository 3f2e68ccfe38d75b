import { describe, expect, it } from "vitest";
import { acceptSuggestion, isSuggestion, splitSuggestions, SUGGESTION_THRESHOLD } from "./column-suggestions";
import type { ColumnMapping, MappingSource, TableDetectionOf } from "./table-detection";

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

describe("acceptSuggestion", () => {
  const detection: TableDetectionOf<"orders"> = {
    kind: "orders", confidence: 0.8, headerRow: 0, firstDataRow: 1, columnCount: 5, headers: ["H0", "H1", "H2", "H3", "H4"],
    columns: { amount: found(0, 0.9, "header"), createdTime: found(1, 1, "header"), buyer: found(2, 1, "header") },
    suggestions: { channel: found(3, 0.18), itemTitle: found(4, 0.33) },
    missingRequired: [], missingDesired: [], sampledRows: 40,
  };

  it("uses the suggested column as the operator's choice", () => {
    const accepted = acceptSuggestion(detection, "channel");
    expect(accepted.columns.channel).toEqual({ column: 3, header: "H3", confidence: 1, source: "override" });
    expect(accepted.suggestions).toEqual({ itemTitle: found(4, 0.33) });
  });

  it("refuses a field without a suggestion", () => {
    expect(() => acceptSuggestion(detection, "status")).toThrow(RangeError);
  });
});
