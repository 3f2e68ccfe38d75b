import { afterEach, describe, expect, it } from "vitest";
import { detectHost } from "./office-host";

const original = (globalThis as { Office?: unknown }).Office;

function setOffice(office: unknown): void {
  (globalThis as { Office?: unknown }).Office = office;
}

afterEach(() => setOffice(original));

describe("detectHost", () => {
  it("is outside Office when office.js did not load", async () => {
    setOffice(undefined);
    await expect(detectHost()).resolves.toEqual({ inOffice: false });
  });

  it("is outside Office when Office.onReady reports no host (a plain browser)", async () => {
    setOffice({ onReady: async () => ({ host: null, platform: null }) });
    await expect(detectHost()).resolves.toEqual({ inOffice: false });
  });

  it("is outside Office when Office.onReady fails", async () => {
    setOffice({ onReady: async () => { throw new Error("no host"); } });
    await expect(detectHost()).resolves.toEqual({ inOffice: false });
  });

  it("reports Excel's display language inside Office", async () => {
    setOffice({ onReady: async () => ({ host: "Excel", platform: "PC" }), context: { displayLanguage: "zh-CN" } });
    await expect(detectHost()).resolves.toEqual({ inOffice: true, displayLanguage: "zh-CN" });
  });
});
