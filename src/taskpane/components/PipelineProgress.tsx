import { Button, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { stageProgress, type PipelineStage } from "../review-controller";
import { stageText, usePaneLocale, useTranslate } from "../pane-locale";

const useStyles = makeStyles({
  progress: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  cancel: {
    alignSelf: "flex-start",
  },
});

export interface PipelineProgressProps {
  /** The stage announced last; `null` before the first. */
  readonly stage: PipelineStage | null;
  readonly label: string;
  readonly onCancel: () => void;
}

/** A running scan or build: the progress bar, the stage in words and the Cancel button. */
export function PipelineProgress({ stage, label, onCancel }: PipelineProgressProps) {
  const styles = useStyles();
  const t = useTranslate();
  const locale = usePaneLocale();
  const text = stageText(t, locale, stage);
  return (
    <div className={styles.progress}>
      <Field label={label} hint={text}>
        <ProgressBar value={stage === null ? undefined : stageProgress(stage)} thickness="large" aria-valuetext={text} />
      </Field>
      <Button className={styles.cancel} onClick={onCancel}>{t("pane.build.cancel")}</Button>
    </div>
  );
}
