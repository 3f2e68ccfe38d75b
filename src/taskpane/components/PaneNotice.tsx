import { FluentProvider, Text, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { translate, type Locale, type MessageKey } from "../../i18n/messages";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export interface PaneNoticeProps {
  readonly locale: Locale;
  readonly message: MessageKey;
}

/** The pane before it can work: starting, or opened outside Office (it says so instead of breaking). */
export function PaneNotice({ locale, message }: PaneNoticeProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} lang={locale}>
      <main className={styles.root}>
        <Text as="h1" className={styles.title} id="pane-title">{translate(locale, "pane.title")}</Text>
        <Text as="p" role="status" id="pane-status">{translate(locale, message)}</Text>
      </main>
    </FluentProvider>
  );
}
