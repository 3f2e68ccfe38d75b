import { Dropdown, Field, Option, Radio, RadioGroup, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { monthLabel } from "../../engine/calendar";
import type { ComparisonMode } from "../../review/review-period";
import { currencySign } from "../../review/format-figures";
import { usePaneLocale, useTranslate } from "../pane-locale";
import type { FormField, ReviewForm } from "../review-form";
import type { PromotionRule } from "../../review/review-inputs";
import type { ReviewBuilder } from "../use-review-builder";
import { CurrencyField } from "./CurrencyField";
import { FormTextField } from "./FormTextField";
import { PercentSpinField } from "./PercentSpinField";

const useStyles = makeStyles({
  tab: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
  },
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    border: "none",
    margin: 0,
    padding: 0,
    minWidth: 0,
  },
  heading: {
    padding: 0,
    marginBottom: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  pair: {
    display: "grid",
    gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    alignItems: "start",
  },
  hint: {
    color: tokens.colorNeutralForeground2,
  },
  dropdown: {
    minWidth: "unset",
    width: "100%",
  },
});

/**
 * The Period and targets tab: the months reviewed, the comparison, the currency, the targets (money
 * in that currency), the margin band and the promotion items it is checked on, and the status thresholds.
 */
export function PeriodTargetsTab({ builder }: { readonly builder: ReviewBuilder }) {
  const styles = useStyles();
  const t = useTranslate();
  const locale = usePaneLocale();
  const { form, formCheck } = builder;
  const error = (field: FormField) => {
    const message = formCheck.errors[field];
    return message === undefined ? undefined : t(message.key, message.params);
  };
  const set = (field: keyof ReviewForm) => (value: string) => builder.updateForm({ [field]: value });
  const compareLabels: Record<ComparisonMode, string> = {
    previous: t("pane.period.compare.previous"),
    yoy: t("pane.period.compare.yoy"),
  };
  const money = (field: "gmv" | "aov") => (
    <FormTextField label={t(`pane.targets.${field}`)} value={form[field]} onChange={set(field)} error={error(field)} inputMode="decimal" before={currencySign(builder.currency.shown, locale)} />
  );
  const percent = (field: "gmvGrowth" | "aovGrowth" | "repurchaseRate" | "conversionRate") => (
    <FormTextField label={t(`pane.targets.${field}`)} value={form[field]} onChange={set(field)} error={error(field)} inputMode="decimal" after="%" />
  );

  return (
    <div className={styles.tab}>
      <fieldset className={styles.section}>
        <legend className={styles.heading}>{t("pane.period.title")}</legend>
        <div className={styles.pair}>
          <FormTextField label={t("pane.period.from")} type="month" placeholder="2025-06" value={form.periodFrom} onChange={set("periodFrom")} error={error("periodFrom")} required />
          <FormTextField label={t("pane.period.to")} type="month" placeholder="2025-10" value={form.periodTo} onChange={set("periodTo")} error={error("periodTo")} required />
        </div>
        {builder.dataMonths !== null && (
          <Text size={200} className={styles.hint}>
            {t("pane.period.dataSpan", { from: monthLabel(builder.dataMonths.from), to: monthLabel(builder.dataMonths.to) })}
          </Text>
        )}
        <Field label={t("pane.period.compare")}>
          <Dropdown
            className={styles.dropdown}
            value={compareLabels[form.compare]}
            selectedOptions={[form.compare]}
            onOptionSelect={(_event, data) => builder.updateForm({ compare: data.optionValue as ComparisonMode })}
          >
            <Option value="previous" text={compareLabels.previous}>{compareLabels.previous}</Option>
            <Option value="yoy" text={compareLabels.yoy}>{compareLabels.yoy}</Option>
          </Dropdown>
        </Field>
      </fieldset>

      <fieldset className={styles.section}>
        <legend className={styles.heading}>{t("pane.targets.title")}</legend>
        <CurrencyField value={form.currency} found={builder.currency.found} shown={builder.currency.shown} onChange={(currency) => builder.updateForm({ currency })} />
        <Text size={200} className={styles.hint}>{t("pane.targets.hint")}</Text>
        <div className={styles.pair}>
          {money("gmv")}
          {percent("gmvGrowth")}
          {money("aov")}
          {percent("aovGrowth")}
          {percent("repurchaseRate")}
          {percent("conversionRate")}
        </div>
      </fieldset>

      <fieldset className={styles.section}>
        <legend className={styles.heading}>{t("pane.margin.title")}</legend>
        <div className={styles.pair}>
          <PercentSpinField label={t("pane.margin.low")} value={form.marginLow} onChange={set("marginLow")} error={error("marginLow")} step={0.5} />
          <PercentSpinField label={t("pane.margin.high")} value={form.marginHigh} onChange={set("marginHigh")} error={error("marginHigh")} step={0.5} />
        </div>
        <Field label={t("pane.promotion.rule")}>
          <RadioGroup value={form.promotionRule} onChange={(_event, data) => builder.updateForm({ promotionRule: data.value as PromotionRule["rule"] })}>
            <Radio value="belowUsualPrice" label={t("pane.promotion.rule.belowUsualPrice")} />
            <Radio value="list" label={t("pane.promotion.rule.list")} />
          </RadioGroup>
        </Field>
        {form.promotionRule === "belowUsualPrice" ? (
          <>
            <PercentSpinField label={t("pane.promotion.drop")} value={form.promotionDrop} onChange={set("promotionDrop")} error={error("promotionDrop")} />
            <Text size={200} className={styles.hint}>{t("pane.promotion.dropHint")}</Text>
          </>
        ) : (
          <Field label={t("pane.promotion.items")} validationMessage={error("promotionItems")} validationState={error("promotionItems") === undefined ? "none" : "error"} required>
            <Textarea value={form.promotionItems} onChange={(_event, data) => set("promotionItems")(data.value)} resize="vertical" rows={4} />
          </Field>
        )}
      </fieldset>

      <fieldset className={styles.section}>
        <legend className={styles.heading}>{t("pane.thresholds.title")}</legend>
        <Text size={200} className={styles.hint}>{t("pane.thresholds.hint")}</Text>
        <div className={styles.pair}>
          <PercentSpinField label={t("pane.thresholds.met")} value={form.thresholdMet} onChange={set("thresholdMet")} error={error("thresholdMet")} />
          <PercentSpinField label={t("pane.thresholds.near")} value={form.thresholdNear} onChange={set("thresholdNear")} error={error("thresholdNear")} />
        </div>
      </fieldset>
    </div>
  );
}
