import { describe, expect, it } from "vitest";
import { parseTargets } from "./read-targets";
import { CliError } from "./cli-error";

describe("parseTargets: promotion thresholds and the add-on price limit", () => {
  it("reads promotions and the price limit", () => {
    const targets = parseTargets({ promotions: [{ threshold: 200, discount: 30, from: "2025-08-01", to: "2025-08-31" }], addOnPriceLimit: 20 }, "t.json");
    expect(targets.promotions).toEqual([{ threshold: 200, discount: 30, from: "2025-08-01", to: "2025-08-31" }]);
    expect(targets.addOnPriceLimit).toBe(20);
  });

  it.each([
    [[], "promotions"],
    [[{ threshold: 200, discount: 30, from: "2025-08-01" }], "promotions[0]"],
    [[{ threshold: 200, discount: 200, from: "2025-08-01", to: "2025-08-31" }], "promotions[0]"],
    [[{ threshold: 200, discount: 30, from: "2025-08-31", to: "2025-08-01" }], "promotions[0]"],
    [[{ threshold: 200, discount: 30, from: "2025-02-30", to: "2025-03-01" }], "promotions[0]"],
    [[{ threshold: "200", discount: 30, from: "2025-08-01", to: "2025-08-31" }], "promotions[0]"],
    [[{ threshold: 200, discount: 30, from: "2025-08-01", to: "2025-08-31", extra: 1 }], "promotions[0]"],
  ])("refuses %j, naming %s", (promotions, key) => {
    let error: unknown;
    try {
      parseTargets({ promotions }, "t.json");
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).params).toMatchObject({ key });
  });

  it("refuses a price limit that is no amount above 0", () => {
    expect(() => parseTargets({ addOnPriceLimit: 0 }, "t.json")).toThrow(CliError);
  });
});
