/**
 * The task pane's entry. In the shared runtime this page also hosts the custom functions:
 * taskpane.html loads the functions bundle next to this one.
 *
 * Where the pane runs decides what it shows:
 * - in Excel: the review builder, on the workbook through the office-js gateway;
 * - in a plain browser: a note that it must be opened in Excel;
 * - in a plain browser with `?standin=1`: the review builder on the stand-in workbook the page
 *   put on `window.__ecReviewGateway` (demo mode for the browser tests; see standin-gateway.ts).
 */
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import { resolveLocale } from "../i18n/messages";
import { PaneNotice } from "./components/PaneNotice";
import { TaskPaneApp } from "./components/TaskPaneApp";
import { detectHost } from "./office-host";
import { standinGateway, standinRequested } from "./standin-gateway";
import { createExcelWorkbook } from "./workbook/excel-workbook";

const container = document.getElementById("root");
if (container !== null) {
  const root = createRoot(container);
  const browserLocale = resolveLocale(globalThis.navigator?.language);
  root.render(createElement(PaneNotice, { locale: browserLocale, message: "pane.loading" }));
  void detectHost().then((host) => {
    if (host.inOffice) {
      root.render(createElement(TaskPaneApp, { gateway: createExcelWorkbook(), displayLanguage: host.displayLanguage }));
    } else if (standinRequested(window.location.search)) {
      const gateway = standinGateway(window);
      if (gateway === null) root.render(createElement(PaneNotice, { locale: browserLocale, message: "pane.standinMissing" }));
      else root.render(createElement(TaskPaneApp, { gateway, displayLanguage: globalThis.navigator?.language, demo: true }));
    } else {
      root.render(createElement(PaneNotice, { locale: browserLocale, message: "pane.outsideOffice" }));
    }
  });
}
