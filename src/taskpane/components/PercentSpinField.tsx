import { Field, SpinButton, makeStyles } from "@fluentui/react-components";
import { percentOfField } from "../review-form";
import { useTranslate } from "../pane-locale";

const useStyles = makeStyles({
  spin: {
    boxSizing: "border-box",
    width: "100%",
    gridTemplateColumns: "minmax(0, 1fr) 24px",
  },
  input: {
    minWidth: 0,
  },
});

export interface PercentSpinFieldProps {
  readonly label: string;
  /** The rate as typed ("12%", "12.5%", "0.12"); the steps write it as a percent. */
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string;
  readonly step?: number;
}

/**
 * A rate with up and down steps of `step` percent (arrow keys too), written as a percent ("8.5%").
 * The text typed is kept as typed ("8%", "0.08", or a bare "8" that the one rule for rates
 * refuses), so that the form's validation, not the spin button, says what is wrong with it.
 */
export function PercentSpinField({ label, value, onChange, error, step = 1 }: PercentSpinFieldProps) {
  const styles = useStyles();
  const t = useTranslate();
  const number = percentOfField(value);
  return (
    <Field label={label} validationMessage={error} validationState={error === undefined ? "none" : "error"} required>
      <SpinButton
        className={styles.spin}
        input={{ className: styles.input }}
        // Fluent labels the step buttons in English ("Increment value"); name them in the pane's language.
        incrementButton={{ "aria-label": t("pane.spin.increase", { label }) }}
        decrementButton={{ "aria-label": t("pane.spin.decrease", { label }) }}
        value={number}
        displayValue={value}
        step={step}
        onChange={(_event, data) => {
          if (typeof data.value === "number") onChange(`${Number(data.value.toPrecision(10))}%`);
          else if (data.displayValue !== undefined) onChange(data.displayValue.trim());
        }}
      />
    </Field>
  );
}
