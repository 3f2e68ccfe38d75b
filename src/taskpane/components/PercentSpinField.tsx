import { Field, SpinButton, makeStyles } from "@fluentui/react-components";
import { parsePercent } from "../review-form";
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
  /** The percent as typed ("12", "12.5"). */
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string;
  readonly step?: number;
}

/**
 * A percentage with up and down steps (arrow keys too). The text typed is kept as typed, so that
 * the form's validation, not the spin button, says what is wrong with it.
 */
export function PercentSpinField({ label, value, onChange, error, step = 1 }: PercentSpinFieldProps) {
  const styles = useStyles();
  const t = useTranslate();
  const fraction = parsePercent(value);
  const number = typeof fraction === "number" ? Number((fraction * 100).toPrecision(10)) : null;
  return (
    <Field label={label} validationMessage={error} validationState={error === undefined ? "none" : "error"} required>
      <SpinButton
        className={styles.spin}
        input={{ className: styles.input }}
        // Fluent labels the step buttons in English ("Increment value"); name them in the pane's language.
        incrementButton={{ "aria-label": t("pane.spin.increase", { label }) }}
        decrementButton={{ "aria-label": t("pane.spin.decrease", { label }) }}
        value={number}
        displayValue={value.trim() === "" ? "" : `${value}%`}
        step={step}
        onChange={(_event, data) => {
          if (typeof data.value === "number") onChange(String(Number(data.value.toPrecision(10))));
          else if (data.displayValue !== undefined) onChange(data.displayValue.trim().replace(/[%％]$/, ""));
        }}
      />
    </Field>
  );
}
