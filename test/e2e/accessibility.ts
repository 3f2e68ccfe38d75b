/**
 * Accessibility basics for the browser test: every control the pane shows has an accessible name,
 * as Chromium computes it for assistive technology (the full accessibility tree over CDP).
 */
import type { Page } from "playwright-core";

/** Roles a user operates: each needs a name that says what it does. */
const CONTROL_ROLES = new Set([
  "button", "checkbox", "combobox", "listbox", "menuitem", "radio", "searchbox", "slider", "spinbutton", "switch", "tab", "textbox",
]);

export interface UnnamedControl {
  readonly role: string;
  /** The element's outer HTML, cut short: enough to find it. */
  readonly html: string;
}

/** The controls on the page with an empty accessible name, and how many controls there are in all. */
export async function unnamedControls(page: Page): Promise<{ controls: number; unnamed: UnnamedControl[] }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send("Accessibility.getFullAXTree");
    const unnamed: UnnamedControl[] = [];
    let controls = 0;
    for (const node of nodes) {
      const role = String(node.role?.value ?? "");
      if (node.ignored || !CONTROL_ROLES.has(role)) continue;
      controls++;
      if (String(node.name?.value ?? "").trim() !== "") continue;
      let html = "";
      if (node.backendDOMNodeId !== undefined) {
        const { outerHTML } = await cdp.send("DOM.getOuterHTML", { backendNodeId: node.backendDOMNodeId });
        html = outerHTML.slice(0, 200);
      }
      unnamed.push({ role, html });
    }
    return { controls, unnamed };
  } finally {
    await cdp.detach();
  }
}
