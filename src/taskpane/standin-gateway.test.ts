import { describe, expect, it } from "vitest";
import { fakeWorkbook } from "../../test/support/fake-workbook";
import { standinGateway, standinRequested } from "./standin-gateway";

describe("demo mode (?standin=1)", () => {
  it("is asked for by standin=1 only", () => {
    expect(standinRequested("?standin=1")).toBe(true);
    expect(standinRequested("?lang=zh&standin=1")).toBe(true);
    expect(standinRequested("?standin=0")).toBe(false);
    expect(standinRequested("")).toBe(false);
  });

  it("takes the gateway on window only when it has every gateway method", () => {
    const gateway = fakeWorkbook({ sheets: {} });
    expect(standinGateway({ __ecReviewGateway: gateway })).toBe(gateway);
    expect(standinGateway({})).toBeNull();
    expect(standinGateway({ __ecReviewGateway: { listSources: () => [] } })).toBeNull();
  });
});
