/**
 * Demo mode, for the browser end-to-end test (and for trying the pane without Excel).
 *
 * Outside Office the pane only says that it must be opened in Excel. Opened as
 * `taskpane.html?standin=1`, it instead runs against a stand-in workbook that the page provides
 * on `window.__ecReviewGateway`: an object with the `WorkbookGateway` methods (see
 * workbook/workbook-gateway.ts; `insertFormula` too, to test the Functions tab's insert, and the
 * share actions `checkEcFormulas`, `convertEcFormulas`, `restoreEcFormulas` for its share section). It must
 * be there before taskpane.js runs, e.g. with Playwright:
 *
 *   await page.addInitScript(() => { window.__ecReviewGateway = { hostSupport: async () => ({ supported: true, missing: [] }), … }; });
 *   await page.goto(`${origin}/taskpane.html?standin=1`);
 *
 * The pane then follows the browser's language (`navigator.language`, set with Playwright's
 * `locale` option) as it follows Office's display language in Excel. Without `?standin=1` the
 * global is ignored, so a page can never swap Excel for something else by accident.
 */
import type { PaneGateway } from "./pane-gateway";

declare global {
  interface Window {
    __ecReviewGateway?: unknown;
  }
}

const GATEWAY_METHODS = ["hostSupport", "listSources", "readSource", "writeReview", "writeListSheet", "loadSettings", "saveSettings", "selectSheet"] as const;

/** True when the page's query string asks for the stand-in (`?standin=1`). */
export function standinRequested(search: string): boolean {
  return new URLSearchParams(search).get("standin") === "1";
}

/** The stand-in gateway on `window`, or `null` when there is none with every gateway method. */
export function standinGateway(target: { __ecReviewGateway?: unknown }): PaneGateway | null {
  const candidate = target.__ecReviewGateway;
  if (typeof candidate !== "object" || candidate === null) return null;
  const record = candidate as Record<string, unknown>;
  return GATEWAY_METHODS.every((method) => typeof record[method] === "function") ? (candidate as PaneGateway) : null;
}
