import { Dropdown, Label, Option, makeStyles, useId } from "@fluentui/react-components";
import type { Locale } from "../../i18n/messages";
import { useTranslate } from "../pane-locale";

const useStyles = makeStyles({
  // The label is for assistive technology: the pane's header has no room for it beside the title.
  hiddenLabel: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
  dropdown: {
    minWidth: "unset",
    flexShrink: 0,
  },
  listbox: {
    minWidth: "14em",
  },
});

type LanguageChoice = Locale | "auto";

export interface LanguagePickerProps {
  readonly value: LanguageChoice;
  /** The language "Follow Office" stands for now. */
  readonly officeLocale: Locale;
  readonly onChange: (language: LanguageChoice) => void;
}

/**
 * The pane's language: Office's display language by default, or English or Chinese whatever
 * Office says. Language names are written in their own language, as language menus do.
 */
export function LanguagePicker({ value, officeLocale, onChange }: LanguagePickerProps) {
  const styles = useStyles();
  const t = useTranslate();
  const id = useId("language");
  const labels: Record<LanguageChoice, string> = {
    auto: t("pane.language.auto", { language: t(`pane.language.${officeLocale}`) }),
    "en-US": t("pane.language.en-US"),
    "zh-CN": t("pane.language.zh-CN"),
  };
  return (
    <>
      <Label htmlFor={id} className={styles.hiddenLabel}>{t("pane.language")}</Label>
      <Dropdown
        id={id}
        className={styles.dropdown}
        size="small"
        appearance="underline"
        listbox={{ className: styles.listbox }}
        value={value === "auto" ? t("pane.language.autoValue", { language: labels[officeLocale] }) : labels[value]}
        selectedOptions={[value]}
        onOptionSelect={(_event, data) => onChange(data.optionValue as LanguageChoice)}
      >
        {(["auto", "en-US", "zh-CN"] as const).map((choice) => (
          <Option key={choice} value={choice} text={labels[choice]}>{labels[choice]}</Option>
        ))}
      </Dropdown>
    </>
  );
}
