import { describe, expect, it } from "vitest";
import { orderTimeColumn, orderTimeField } from "./order-time";
import type { ColumnMapping, MappingSource } from "./table-detection";

function mapping(column: number, confidence: number, source: MappingSource): ColumnMapping {
  return { column, header: null, confidence, source };
}

describe("orderTimeField", () => {
  it("takes the payment time between times found as surely", () => {
    expect(orderTimeField({ columns: { createdTime: mapping(1, 1, "header"), paidTime: mapping(2, 1, "header") } })).toBe("paidTime");
    expect(orderTimeField({ columns: { createdTime: mapping(1, 0.9, "header"), paidTime: mapping(2, 0.7, "header") } })).toBe("paidTime");
    expect(orderTimeField({ columns: { createdTime: mapping(1, 0.42, "content"), paidTime: mapping(2, 0.4, "content") } })).toBe("paidTime");
  });

  it("takes the creation time when the payment time is much less sure", () => {
    expect(orderTimeField({ columns: { createdTime: mapping(1, 0.9, "header"), paidTime: mapping(2, 0.6, "header") } })).toBe("createdTime");
  });

  it("never takes a payment time guessed from contents over a creation time named by its header or chosen", () => {
    // The Superstore case: Order Date by header (0.90) against a date column guessed at 0.40.
    expect(orderTimeField({ columns: { createdTime: mapping(1, 0.9, "header"), paidTime: mapping(2, 0.4, "content") } })).toBe("createdTime");
    // Even a guess as sure as a weak header (日期 at 0.45) does not take it.
    expect(orderTimeField({ columns: { createdTime: mapping(1, 0.45, "header"), paidTime: mapping(2, 0.65, "content") } })).toBe("createdTime");
    expect(orderTimeField({ columns: { createdTime: mapping(1, 1, "override"), paidTime: mapping(2, 0.66, "content") } })).toBe("createdTime");
  });

  it("takes a payment time named by its header over a creation time guessed from contents", () => {
    expect(orderTimeField({ columns: { createdTime: mapping(1, 0.7, "content"), paidTime: mapping(2, 0.45, "header") } })).toBe("paidTime");
  });

  it("takes the one time mapped, and the creation time (missing) when none is", () => {
    expect(orderTimeField({ columns: { paidTime: mapping(2, 0.3, "content") } })).toBe("paidTime");
    expect(orderTimeField({ columns: { createdTime: mapping(1, 0.3, "content") } })).toBe("createdTime");
    expect(orderTimeField({ columns: {} })).toBe("createdTime");
    expect(orderTimeColumn({ columns: {} })).toBeUndefined();
    expect(orderTimeColumn({ columns: { paidTime: mapping(2, 1, "override") } })?.column).toBe(2);
  });
});
