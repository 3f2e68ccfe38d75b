import { Dropdown, Field, Option, makeStyles } from "@fluentui/react-components";
import { CURRENCY_CODES, type CurrencyCode } from "../../engine/cells/detect-currency";
import type { MessageKey } from "../../i18n/messages";
import type { OrderCurrency } from "../../review/order-currency";
import { useTranslate } from "../pane-locale";
import type { ReviewForm } from "../review-form";

const useStyles = makeStyles({
  dropdown: {
    minWidth: "unset",
    width: "100%",
  },
});

export interface CurrencyFieldProps {
  /** The form's choice: "detected" or a currency. */
  readonly value: ReviewForm["currency"];
  /** What the orders say of their currency; `null` before they are read. */
  readonly found: OrderCurrency | null;
  /** The currency the review will show. */
  readonly shown: CurrencyCode;
  readonly onChange: (value: ReviewForm["currency"]) => void;
}

/**
 * The review's currency: "as in the orders" (the default, naming the currency found) or one of the
 * currencies the review can show; the hint says what in the orders named it.
 */
export function CurrencyField({ value, found, shown, onChange }: CurrencyFieldProps) {
  const styles = useStyles();
  const t = useTranslate();
  const name = (code: CurrencyCode) => t(`currency.${code}` as MessageKey);
  const detected = t("pane.currency.detected", { currency: found?.currency ?? shown });
  const source = found !== null && found.currency !== null && found.source !== null ? found.source : "none";
  const foundText = t(`pane.currency.found.${source}` as MessageKey, { currency: found?.currency ?? shown, header: found?.header ?? "" });
  const hint = value === "detected" ? `${foundText} ${t("pane.currency.hint")}` : t("pane.currency.hint");
  return (
    <Field label={t("pane.currency.label")} hint={hint}>
      <Dropdown
        className={styles.dropdown}
        value={value === "detected" ? detected : name(value)}
        selectedOptions={[value]}
        onOptionSelect={(_event, data) => onChange(data.optionValue as ReviewForm["currency"])}
      >
        <Option value="detected" text={detected}>{detected}</Option>
        {CURRENCY_CODES.map((code) => <Option key={code} value={code} text={name(code)}>{name(code)}</Option>)}
      </Dropdown>
    </Field>
  );
}
