import { Field, Input, makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({
  input: {
    minWidth: 0,
    width: "100%",
  },
});

export interface FormTextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** The validation message; the field shows as invalid while there is one. */
  readonly error?: string;
  readonly hint?: string;
  readonly type?: "text" | "month";
  readonly inputMode?: "text" | "decimal";
  readonly placeholder?: string;
  readonly before?: string;
  readonly after?: string;
  readonly required?: boolean;
}

/** A labelled text input with its validation message, for the period and the targets. */
export function FormTextField({ label, value, onChange, error, hint, type = "text", inputMode, placeholder, before, after, required }: FormTextFieldProps) {
  const styles = useStyles();
  return (
    <Field label={label} hint={hint} validationMessage={error} validationState={error === undefined ? "none" : "error"} required={required}>
      <Input
        className={styles.input}
        type={type}
        inputMode={inputMode}
        value={value}
        placeholder={placeholder}
        contentBefore={before}
        contentAfter={after}
        onChange={(_event, data) => onChange(data.value)}
      />
    </Field>
  );
}
