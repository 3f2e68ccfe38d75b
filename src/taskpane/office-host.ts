/**
 * The task pane's one contact with office.js: the UI asks here whether it runs inside Office and in
 * which display language, and never touches `Office` itself.
 */

/** Where the pane is running. */
export interface HostInfo {
  /** True inside an Office application; false in a plain browser. */
  readonly inOffice: boolean;
  /** Office's display language (e.g. "zh-CN") when inside Office. */
  readonly displayLanguage?: string;
}

const OUTSIDE_OFFICE: HostInfo = { inOffice: false };

/**
 * Waits for office.js to initialise. Outside Office the script may not have loaded at all (offline,
 * blocked), so `Office` is undefined; when it has loaded, `Office.onReady` reports no host.
 * https://learn.microsoft.com/javascript/api/office#office-office-onready-function(1)
 */
export async function detectHost(): Promise<HostInfo> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return OUTSIDE_OFFICE;
  try {
    const info = await Office.onReady();
    if (!info.host) return OUTSIDE_OFFICE;
    return { inOffice: true, displayLanguage: Office.context.displayLanguage };
  } catch {
    return OUTSIDE_OFFICE;
  }
}

/**
 * Opens `url` (absolute, http or https) in the user's browser through Office, where Office can
 * (OpenBrowserWindowApi 1.1: Excel on Windows, Mac and iPad, not Excel on the web), and says
 * whether it did; where it cannot, or outside Office, the caller's plain link opens the page.
 * https://learn.microsoft.com/javascript/api/office/office.ui#office-office-ui-openbrowserwindow-member(1)
 */
export function openInBrowser(url: string): boolean {
  try {
    if (typeof Office === "undefined" || Office.context?.requirements?.isSetSupported("OpenBrowserWindowApi", "1.1") !== true) return false;
    Office.context.ui.openBrowserWindow(url);
    return true;
  } catch {
    return false;
  }
}
