import { Fragment } from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { MessageKey } from "../../i18n/messages";
import { formatCount, formatCurrency, formatCurrencyCents, formatPercent } from "../../review/format-figures";
import { countText, messageText, usePaneLocale, useTranslate, type Translate } from "../pane-locale";
import type { BuildOutcome } from "../review-controller";
import { SkippedRowsList } from "./SkippedRowsList";

const useStyles = makeStyles({
  summary: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  group: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
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
    overflowWrap: "anywhere",
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

/**
 * A finished build: where the review is, its headline figures (GMV, orders, AOV, GMV attainment
 * where a target is set) in the review's number style, the rows read from each table and those
 * skipped, the time taken, and a way to the sheet.
 */
export function BuildSummary({ outcome, onSelectSheet }: BuildSummaryProps) {
  const styles = useStyles();
  const t = useTranslate();
  const locale = usePaneLocale();
  const headlineId = useId("build-headline");
  const tablesId = useId("build-tables");
  const { headline } = outcome;
  const attainment = gmvAttainmentText(outcome, t);
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
      <section className={styles.group} aria-labelledby={headlineId}>
        <h2 id={headlineId} className={styles.heading}>{t("pane.build.headline", { from: headline.from, to: headline.to })}</h2>
        <dl className={styles.figures}>
          <dt className={styles.term}>{t("review.metric.gmv")}</dt>
          <dd className={styles.value}>{formatCurrency(headline.gmv, outcome.currency, locale)}</dd>
          <dt className={styles.term}>{t("review.col.orders")}</dt>
          <dd className={styles.value}>{formatCount(headline.orders)}</dd>
          <dt className={styles.term}>{t("review.metric.aov")}</dt>
          <dd className={styles.value}>{headline.aov === null ? "—" : formatCurrencyCents(headline.aov, outcome.currency, locale)}</dd>
          {attainment !== null && (
            <>
              <dt className={styles.term}>{t("pane.build.gmvAttainment")}</dt>
              <dd className={styles.value}>{attainment}</dd>
            </>
          )}
          <dt className={styles.term}>{t("pane.build.currency")}</dt>
          <dd className={styles.value}>{outcome.currency}</dd>
        </dl>
      </section>
      <section className={styles.group} aria-labelledby={tablesId}>
        <h2 id={tablesId} className={styles.heading}>{t("pane.build.tablesRead")}</h2>
        <dl className={styles.figures}>
          {outcome.rowsByTable.map((table) => (
            <Fragment key={table.kind}>
              <dt className={styles.term}>{tableTerm(t, table.kind, table.sheet)}</dt>
              <dd className={styles.value}>{t("pane.build.tableRows", { rows: countText(locale, table.rows) })}</dd>
            </Fragment>
          ))}
          <dt className={styles.term}>{t("pane.build.ordersRead")}</dt>
          <dd className={styles.value}>{t("pane.build.ordersInLines", { orders: countText(locale, outcome.ordersRead), lines: countText(locale, outcome.orderLines) })}</dd>
          <dt className={styles.term}>{t("pane.build.rowsSkipped")}</dt>
          <dd className={styles.value}>{countText(locale, outcome.skipped.length)}</dd>
          <dt className={styles.term}>{t("pane.build.excluded")}</dt>
          <dd className={styles.value}>{countText(locale, outcome.excludedByStatus)}</dd>
          <dt className={styles.term}>{t("pane.build.unpaid")}</dt>
          <dd className={styles.value}>{countText(locale, outcome.unpaidOrders)}</dd>
          <dt className={styles.term}>{t("pane.build.time")}</dt>
          <dd className={styles.value}>{t("pane.build.seconds", { seconds })}</dd>
        </dl>
      </section>
      <Button className={styles.action} onClick={onSelectSheet}>{t("pane.build.goToSheet")}</Button>
      {outcome.skipped.length > 0 && <SkippedRowsList skipped={outcome.skipped} excludedByStatus={0} title={t("pane.build.skippedTitle")} />}
    </section>
  );
}

/** "订单（订单）" reads twice: a sheet named as its kind of table is not named again. */
function tableTerm(t: Translate, kind: BuildOutcome["rowsByTable"][number]["kind"], sheet: string): string {
  const label = t(`pane.kind.${kind}`);
  return sheet === label ? label : t("pane.build.tableOnSheet", { kind: label, sheet });
}

/**
 * GMV ÷ its target with the status the review's table gives it: "96.1% (near)". Null without a GMV
 * target. When the review sheet kept a GMV target typed on it, the sheet's attainment is against
 * that target, which the pane does not know: it points there instead.
 */
function gmvAttainmentText(outcome: BuildOutcome, t: Translate): string | null {
  if (outcome.keptInputs?.includes("target.gmv") === true) return t("pane.build.attainmentOnSheet");
  const attainment = outcome.headline.gmvAttainment;
  if (attainment === null) return null;
  return t("pane.build.attainmentStatus", { attainment: formatPercent(attainment.attainment), status: t(`review.status.${attainment.status}`) });
}

/** A kept input's name: "target.gmv" is the metric's, "benchmark.conversionRate" that metric's benchmark. */
function keptInputLabel(key: string, t: (key: MessageKey, params?: Record<string, string>) => string): string {
  const [kind, metric] = key.split(".");
  const name = t(`review.metric.${metric}` as MessageKey);
  return kind === "benchmark" ? t("pane.build.keptBenchmark", { metric: name }) : name;
}
