import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Locale } from "../../i18n/messages";
import { useTranslate } from "../pane-locale";
import { LanguagePicker } from "./LanguagePicker";

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  title: {
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
    minWidth: 0,
    whiteSpace: "nowrap",
  },
});

export interface PaneHeaderProps {
  readonly language: Locale | "auto";
  readonly officeLocale: Locale;
  readonly onLanguageChange: (language: Locale | "auto") => void;
}

/** The pane's title and its language switch. */
export function PaneHeader({ language, officeLocale, onLanguageChange }: PaneHeaderProps) {
  const styles = useStyles();
  const t = useTranslate();
  return (
    <header className={styles.header}>
      <Text as="h1" className={styles.title}>{t("pane.title")}</Text>
      <LanguagePicker value={language} officeLocale={officeLocale} onChange={onLanguageChange} />
    </header>
  );
}
