import { FluentProvider, Text, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { translate, type Locale, type MessageKey, type MessageParams } from "../../i18n/messages";

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

/**
 * Where the ribbon opens the pane, in the ribbon's own words: `{tab}`, `{group}` and `{button}` of
 * a notice. The group and button labels are manifest.xml's (its ShortStrings and their zh-CN
 * overrides); the tab is Office's Home tab, named as Office names it in each language.
 */
function ribbonLabels(locale: Locale): MessageParams {
  return { tab: translate(locale, "pane.ribbon.tab"), group: translate(locale, "pane.ribbon.group"), button: translate(locale, "pane.ribbon.button") };
}

/** The pane before it can work: starting, or opened outside Office (it says so, and where Excel opens it, instead of breaking). */
export function PaneNotice({ locale, message }: PaneNoticeProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} lang={locale}>
      <main className={styles.root}>
        <Text as="h1" className={styles.title} id="pane-title">{translate(locale, "pane.title")}</Text>
        <Text as="p" role="status" id="pane-status">{translate(locale, message, ribbonLabels(locale))}</Text>
      </main>
    </FluentProvider>
  );
}
