import { afterEach, describe, expect, it } from "vitest";
import { detectHost, openInBrowser } from "./office-host";

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

describe("openInBrowser", () => {
  const url = "https://localhost:3000/help/zh-CN/aov.html";

  function officeWith(supported: boolean) {
    const opened: string[] = [];
    const asked: [string, string | undefined][] = [];
    setOffice({
      context: {
        requirements: { isSetSupported: (name: string, version?: string) => { asked.push([name, version]); return supported; } },
        ui: { openBrowserWindow: (target: string) => opened.push(target) },
      },
    });
    return { opened, asked };
  }

  it("opens the page in the browser through Office where Office has OpenBrowserWindowApi 1.1", () => {
    const { opened, asked } = officeWith(true);
    expect(openInBrowser(url)).toBe(true);
    expect(opened).toEqual([url]);
    expect(asked).toEqual([["OpenBrowserWindowApi", "1.1"]]);
  });

  it("leaves it to the plain link where Office lacks it (Excel on the web), and outside Office", () => {
    const { opened } = officeWith(false);
    expect(openInBrowser(url)).toBe(false);
    expect(opened).toEqual([]);
    setOffice(undefined);
    expect(openInBrowser(url)).toBe(false);
    setOffice({ context: {} });
    expect(openInBrowser(url)).toBe(false);
  });

  it("leaves it to the plain link when Office refuses to open it", () => {
    setOffice({ context: { requirements: { isSetSupported: () => true }, ui: { openBrowserWindow: () => { throw new Error("blocked"); } } } });
    expect(openInBrowser(url)).toBe(false);
  });
});
