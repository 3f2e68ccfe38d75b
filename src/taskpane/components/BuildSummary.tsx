import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { MessageKey } from "../../i18n/messages";
import { countText, messageText, usePaneLocale, useTranslate } from "../pane-locale";
import type { BuildOutcome } from "../review-controller";
import { SkippedRowsList } from "./SkippedRowsList";

const useStyles = makeStyles({
  summary: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  figures: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: {
    color: tokens.colorNeutralForeground2,
  },
  value: {
    margin: 0,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: "tabular-nums",
  },
  action: {
    alignSelf: "flex-start",
  },
});

export interface BuildSummaryProps {
  readonly outcome: BuildOutcome;
  readonly onSelectSheet: () => void;
}

/** A finished build: where the review is, rows read and skipped, the time taken, and a way to the sheet. */
export function BuildSummary({ outcome, onSelectSheet }: BuildSummaryProps) {
  const styles = useStyles();
  const t = useTranslate();
  const locale = usePaneLocale();
  const seconds = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(outcome.elapsedMs / 1000);
  return (
    <section className={styles.summary} aria-label={t("pane.build.summary")}>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t("pane.build.done", { sheet: outcome.sheetName })}</MessageBarTitle>
          {outcome.renamedFrom !== undefined && t("pane.build.renamed", { taken: outcome.renamedFrom, sheet: outcome.sheetName })}
          {outcome.outreachSheet !== undefined && <div>{t("pane.build.outreach", { sheet: outcome.outreachSheet })}</div>}
        </MessageBarBody>
      </MessageBar>
      {outcome.keptInputs !== undefined && outcome.keptInputs.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {t("pane.build.keptTargets", { targets: outcome.keptInputs.map((key) => keptInputLabel(key, t)).join(", ") })}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome.leftAlone !== undefined && outcome.leftAlone.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("pane.build.leftAlone", { sheets: outcome.leftAlone.join(", ") })}</MessageBarBody>
        </MessageBar>
      )}
      {outcome.notices.map((notice) => (
        <MessageBar key={`${notice.key}:${notice.params?.sheet ?? ""}`} intent={notice.info === true ? "info" : "warning"} layout="multiline">
          <MessageBarBody>{messageText(t, locale, notice)}</MessageBarBody>
        </MessageBar>
      ))}
      <dl className={styles.figures}>
        <dt className={styles.term}>{t("pane.build.rowsRead")}</dt>
        <dd className={styles.value}>{countText(locale, outcome.rowsRead)}</dd>
        <dt className={styles.term}>{t("pane.build.ordersRead")}</dt>
        <dd className={styles.value}>{t("pane.build.ordersInLines", { orders: countText(locale, outcome.ordersRead), lines: countText(locale, outcome.orderLines) })}</dd>
        <dt className={styles.term}>{t("pane.build.rowsSkipped")}</dt>
        <dd className={styles.value}>{countText(locale, outcome.skipped.length)}</dd>
        <dt className={styles.term}>{t("pane.build.excluded")}</dt>
        <dd className={styles.value}>{countText(locale, outcome.excludedByStatus)}</dd>
        <dt className={styles.term}>{t("pane.build.unpaid")}</dt>
        <dd className={styles.value}>{countText(locale, outcome.unpaidOrders)}</dd>
        <dt className={styles.term}>{t("pane.build.currency")}</dt>
        <dd className={styles.value}>{outcome.currency}</dd>
        <dt className={styles.term}>{t("pane.build.time")}</dt>
        <dd className={styles.value}>{t("pane.build.seconds", { seconds })}</dd>
      </dl>
      <Button className={styles.action} onClick={onSelectSheet}>{t("pane.build.goToSheet")}</Button>
      {outcome.skipped.length > 0 && <SkippedRowsList skipped={outcome.skipped} excludedByStatus={0} title={t("pane.build.skippedTitle")} />}
    </section>
  );
}

/** A kept input's name: "target.gmv" is the metric's, "benchmark.conversionRate" that metric's benchmark. */
function keptInputLabel(key: string, t: (key: MessageKey, params?: Record<string, string>) => string): string {
  const [kind, metric] = key.split(".");
  const name = t(`review.metric.${metric}` as MessageKey);
  return kind === "benchmark" ? t("pane.build.keptBenchmark", { metric: name }) : name;
}
