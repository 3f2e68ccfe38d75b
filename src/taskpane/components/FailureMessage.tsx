import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { messageText, usePaneLocale, useTranslate } from "../pane-locale";
import type { Failure } from "../use-review-builder";

/** An error in a MessageBar: a title saying what failed, and why. */
export function FailureMessage({ title, failure }: { readonly title: string; readonly failure: Failure }) {
  const t = useTranslate();
  const locale = usePaneLocale();
  const detail = "message" in failure ? messageText(t, locale, failure.message) : t("pane.error.excel", { message: failure.raw });
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {detail}
      </MessageBarBody>
    </MessageBar>
  );
}
