import { Button, Link, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { messageText, usePaneLocale, useTranslate } from "../pane-locale";
import type { ReviewBuilder } from "../use-review-builder";
import type { PaneTab } from "./TaskPaneApp";
import { BuildSummary } from "./BuildSummary";
import { FailureMessage } from "./FailureMessage";
import { PipelineProgress } from "./PipelineProgress";

const useStyles = makeStyles({
  tab: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  intro: {
    color: tokens.colorNeutralForeground2,
  },
  action: {
    alignSelf: "flex-start",
  },
});

export interface BuildTabProps {
  readonly builder: ReviewBuilder;
  readonly onShowTab: (tab: PaneTab) => void;
}

/**
 * The Build / Refresh tab: what the review will be built from, the button, the progress with its
 * Cancel button while it runs, and the summary (or what went wrong) when it ends.
 */
export function BuildTab({ builder, onShowTab }: BuildTabProps) {
  const styles = useStyles();
  const t = useTranslate();
  const locale = usePaneLocale();
  const { build, scan, chosen, preview, formCheck } = builder;

  if (builder.support !== null && !builder.support.supported) return null;
  const running = build.status === "running";
  const blocking = preview?.notices.find((notice) => notice.blocking);
  const values = formCheck.values;
  const ready = scan.status === "done" && chosen !== null && blocking === undefined && values !== null && !running;
  const orders = chosen?.orders?.sheet;

  return (
    <div className={styles.tab}>
      {scan.status !== "done" && <Text className={styles.intro}>{t("pane.build.waitForScan")}</Text>}
      {scan.status === "done" && orders !== undefined && values !== null && (
        <Text className={styles.intro}>{t("pane.build.intro", { orders, from: builder.form.periodFrom, to: builder.form.periodTo })}</Text>
      )}
      {blocking !== undefined && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {messageText(t, locale, blocking)}{" "}
            <Link as="button" onClick={() => onShowTab("data")}>{t("pane.build.openData")}</Link>
          </MessageBarBody>
        </MessageBar>
      )}
      {values === null && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t("pane.form.invalid")}{" "}
            <Link as="button" onClick={() => onShowTab("period")}>{t("pane.build.openPeriod")}</Link>
          </MessageBarBody>
        </MessageBar>
      )}
      {builder.hasReview && !running && <Text size={200} className={styles.intro}>{t("pane.build.refreshReplaces")}</Text>}
      <Button className={styles.action} appearance="primary" disabled={!ready} onClick={() => builder.startBuild(locale)}>
        {builder.hasReview ? t("pane.build.refresh") : t("pane.build.build")}
      </Button>
      {build.status === "running" && <PipelineProgress stage={build.stage} label={t("pane.build.progress")} onCancel={builder.cancel} />}
      {build.status === "cancelled" && (
        <MessageBar intent="info" layout="multiline"><MessageBarBody>{t("pane.build.cancelled")}</MessageBarBody></MessageBar>
      )}
      {build.status === "failed" && <FailureMessage title={t("pane.build.failed")} failure={build.error} />}
      {build.status === "done" && <BuildSummary outcome={build.outcome} onSelectSheet={builder.selectReviewSheet} />}
    </div>
  );
}
