/**
 * The task pane (a placeholder until the React pane arrives). In the shared runtime this page also
 * hosts the custom functions: taskpane.html loads the functions bundle next to this one.
 */
import { resolveLocale, translate, type Locale, type MessageKey } from "../i18n/messages";
import { detectHost } from "./office-host";

function show(locale: Locale, status: MessageKey): void {
  const title = translate(locale, "pane.title");
  document.documentElement.lang = locale;
  document.title = title;
  const heading = document.getElementById("pane-title");
  const line = document.getElementById("pane-status");
  if (heading) heading.textContent = title;
  if (line) line.textContent = translate(locale, status);
}

const browserLocale = resolveLocale(globalThis.navigator?.language);
show(browserLocale, "pane.loading");
void detectHost().then((host) => {
  if (host.inOffice) show(resolveLocale(host.displayLanguage), "pane.ready");
  else show(browserLocale, "pane.outsideOffice");
});
