import { Accordion, Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { TABLE_KINDS } from "../../review/tables/table-fields";
import { messageText, usePaneLocale, useTranslate } from "../pane-locale";
import type { ReviewBuilder } from "../use-review-builder";
import { FailureMessage } from "./FailureMessage";
import { OrdersReadSummary } from "./OrdersReadSummary";
import { PipelineProgress } from "./PipelineProgress";
import { SkippedRowsList } from "./SkippedRowsList";
import { SourceTableSection } from "./SourceTableSection";

const useStyles = makeStyles({
  tab: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  intro: {
    color: tokens.colorNeutralForeground2,
  },
  accordion: {
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`,
    marginRight: `calc(-1 * ${tokens.spacingHorizontalS})`,
  },
  rescan: {
    alignSelf: "flex-start",
  },
});

/**
 * The Data tab: the tables recognised in the workbook (orders, ad spend, traffic, costs, items), the
 * column each field was mapped to with how sure the mapping is, each changeable, and the rows the
 * review will skip with the reason.
 */
export function DataTab({ builder }: { readonly builder: ReviewBuilder }) {
  const styles = useStyles();
  const t = useTranslate();
  const locale = usePaneLocale();
  const { scan, chosen, preview } = builder;

  if (builder.support !== null && !builder.support.supported) return null;
  if (scan.status === "waiting") {
    return (
      <div className={styles.tab}>
        <Text className={styles.intro}>{t("pane.data.notScanned")}</Text>
        <Button className={styles.rescan} appearance="primary" onClick={builder.rescan}>{t("pane.data.scan")}</Button>
      </div>
    );
  }
  if (scan.status === "scanning") {
    return <PipelineProgress stage={scan.stage} label={t("pane.data.scanning")} onCancel={builder.cancel} />;
  }
  if (scan.status === "failed") {
    return (
      <div className={styles.tab}>
        <FailureMessage title={t("pane.data.scanFailed")} failure={scan.error} />
        <Button className={styles.rescan} onClick={builder.rescan}>{t("pane.data.rescan")}</Button>
      </div>
    );
  }
  if (scan.scan.sheets.length === 0 || chosen === null || preview === null) {
    return (
      <div className={styles.tab}>
        <MessageBar intent="info" layout="multiline"><MessageBarBody>{t("pane.data.noSheets")}</MessageBarBody></MessageBar>
        <Button className={styles.rescan} onClick={builder.rescan}>{t("pane.data.rescan")}</Button>
      </div>
    );
  }
  return (
    <div className={styles.tab}>
      <Text className={styles.intro}>{t("pane.data.intro")}</Text>
      {preview.notices.map((notice) => (
        <MessageBar key={`${notice.key}:${notice.params?.sheet ?? ""}`} intent={notice.blocking ? "error" : notice.info === true ? "info" : "warning"} layout="multiline">
          <MessageBarBody>{messageText(t, locale, notice)}</MessageBarBody>
        </MessageBar>
      ))}
      <Accordion className={styles.accordion} multiple collapsible defaultOpenItems={["orders"]}>
        {TABLE_KINDS.map((kind) => (
          <SourceTableSection
            key={kind}
            kind={kind}
            table={chosen[kind]}
            scan={scan.scan}
            onChooseSheet={(sheet) => builder.chooseSheet(kind, sheet)}
            onOverride={(field, column) => builder.overrideColumn(kind, field, column)}
          />
        ))}
      </Accordion>
      {preview.orders !== null && (
        <OrdersReadSummary orders={preview.orders} chosenShape={builder.choice.amountShape} onChooseShape={builder.setAmountShape} />
      )}
      <SkippedRowsList skipped={preview.skipped} excludedByStatus={preview.orders?.excludedByStatus ?? 0} />
      <Button className={styles.rescan} onClick={builder.rescan}>{t("pane.data.rescan")}</Button>
    </div>
  );
}
