import type { MouseEvent } from "react";
import { Button, Card, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { openInBrowser } from "../office-host";
import { useTranslate } from "../pane-locale";
import type { CatalogEntry } from "../function-catalog";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
  },
  name: {
    margin: 0,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  signature: {
    fontFamily: tokens.fontFamilyMonospace,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  exampleLabel: {
    color: tokens.colorNeutralForeground3,
  },
  example: {
    display: "block",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    overflowWrap: "anywhere",
    userSelect: "all",
  },
  insert: {
    alignSelf: "flex-start",
  },
  help: {
    alignSelf: "flex-start",
  },
});

/**
 * The function's help page, the one its helpUrl in Excel's metadata points at: in the browser
 * through Office where it can open one, else as a plain link into a new window or tab (Excel on
 * the web, or the pane outside Office).
 */
function HelpLink({ entry }: { readonly entry: CatalogEntry }) {
  const styles = useStyles();
  const t = useTranslate();
  const href = new URL(entry.helpPath, document.baseURI).href;
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    if (openInBrowser(href)) event.preventDefault();
  };
  return (
    <Link className={styles.help} href={href} target="_blank" rel="noopener noreferrer" onClick={open} aria-label={t("pane.functions.helpLabel", { name: entry.name })}>
      {t("pane.functions.help")}
    </Link>
  );
}

export interface FunctionCardProps {
  readonly entry: CatalogEntry;
  /** Inserts the example into the selected cell; no button without it. */
  readonly onInsert?: () => void;
}

/** One `EC.` function: name, arguments, what it computes, its help page, a worked example and the insert button. */
export function FunctionCard({ entry, onInsert }: FunctionCardProps) {
  const styles = useStyles();
  const t = useTranslate();
  return (
    <Card className={styles.card} size="small" appearance="outline">
      <h3 className={styles.name}>{entry.name}</h3>
      <Text size={200} className={styles.signature}>{entry.signature}</Text>
      <Text size={300}>{entry.description}</Text>
      <HelpLink entry={entry} />
      <Text size={200} className={styles.exampleLabel}>{t("pane.functions.example")}</Text>
      <code className={styles.example}>{entry.example}</code>
      {onInsert !== undefined && (
        <Button className={styles.insert} size="small" onClick={onInsert} aria-label={t("pane.functions.insertLabel", { name: entry.name })}>
          {t("pane.functions.insert")}
        </Button>
      )}
    </Card>
  );
}
