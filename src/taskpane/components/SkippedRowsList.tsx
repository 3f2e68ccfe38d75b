import { Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { SkippedRow } from "../../review/order-table";
import { countText, usePaneLocale, useTranslate } from "../pane-locale";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  quiet: {
    color: tokens.colorNeutralForeground2,
  },
});

/** Rows listed before "… and M more". */
export const SKIPPED_ROWS_SHOWN = 10;

export interface SkippedRowsListProps {
  readonly skipped: readonly SkippedRow[];
  /** Closed or refunded orders: left out, but not errors. */
  readonly excludedByStatus: number;
  readonly shown?: number;
  /** The heading; "Rows that will be skipped" by default (before a build). */
  readonly title?: string;
}

/** The rows the review cannot use, with the sheet row and the reason: the first few, then how many more. */
export function SkippedRowsList({ skipped, excludedByStatus, shown = SKIPPED_ROWS_SHOWN, title }: SkippedRowsListProps) {
  const styles = useStyles();
  const t = useTranslate();
  const locale = usePaneLocale();
  const headingId = useId("skipped-rows");
  const more = skipped.length - shown;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>{title ?? t("pane.data.skipped.title")}</h2>
      {skipped.length === 0 ? (
        <Text className={styles.quiet}>{t("pane.data.skipped.none")}</Text>
      ) : (
        <>
          <Text>{t("pane.data.skipped.count", { count: countText(locale, skipped.length) })}</Text>
          <ul className={styles.list}>
            {skipped.slice(0, shown).map((row) => (
              <li key={`${row.sheet}:${row.row}`}>
                <Text size={200}>{t("pane.data.skipped.row", { sheet: row.sheet, row: row.row, reason: t(row.reason, row.params) })}</Text>
              </li>
            ))}
          </ul>
          {more > 0 && <Text size={200} className={styles.quiet}>{t("pane.data.skipped.more", { count: countText(locale, more) })}</Text>}
        </>
      )}
      {excludedByStatus > 0 && (
        <Text size={200} className={styles.quiet}>{t("pane.data.excluded", { count: countText(locale, excludedByStatus) })}</Text>
      )}
    </section>
  );
}
