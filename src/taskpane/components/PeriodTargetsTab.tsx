import { Dropdown, Field, Option, Radio, RadioGroup, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { monthLabel } from "../../engine/calendar";
import { DEFAULT_SHIPPING_LIMIT_HOURS } from "../../engine/metrics/fulfilment";
import type { ComparisonMode } from "../../review/review-period";
import { currencySign } from "../../review/format-figures";
import { usePaneLocale, useTranslate } from "../pane-locale";
import { BENCHMARK_FIELDS, type FormField, type ReviewForm } from "../review-form";
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

/** Examples shown in the empty rate fields: the real review's targets, in the form the rule reads. */
const RATE_PLACEHOLDERS = { gmvGrowth: "25%", aovGrowth: "15%", repurchaseRate: "30%", repurchaseGrowth: "10%", conversionRate: "3.5%", grossMargin: "0.3" } as const;
/** Examples shown in the empty benchmark fields (the industry figures of PRODUCT.md's review where it gives them). */
const BENCHMARK_PLACEHOLDERS = { conversionRate: "3.8%", costPerNewBuyer: "25", aov: "180", repurchaseRate: "30%", grossMargin: "0.35", roi: "1.5" } as const;

/**
 * The Period and targets tab: the months reviewed, the comparison, the currency, the targets (money
 * in that currency, rates as "25%" or 0.25), the industry benchmarks, the margin band and the
 * promotion items it is checked on, the promotion thresholds, add-on price limit and shipping
 * limit of the "what drove AOV and repurchase" sections, and the status thresholds.
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
  // Rates take "25%" or 0.25 (the one rule for rates): no "%" is drawn after the field, so that a bare 25 is not read as 25%.
  const percent = (field: "gmvGrowth" | "aovGrowth" | "repurchaseRate" | "repurchaseGrowth" | "conversionRate" | "grossMargin") => (
    <FormTextField label={t(`pane.targets.${field}`)} value={form[field]} onChange={set(field)} error={error(field)} placeholder={RATE_PLACEHOLDERS[field]} />
  );
  const benchmark = (metric: keyof typeof BENCHMARK_FIELDS) => {
    const field = BENCHMARK_FIELDS[metric];
    const isMoney = metric === "aov" || metric === "costPerNewBuyer";
    return (
      <FormTextField key={metric} label={t(`pane.benchmarks.${metric}`)} value={form[field]} onChange={set(field)} error={error(field)} placeholder={BENCHMARK_PLACEHOLDERS[metric]}
        inputMode={isMoney || metric === "roi" ? "decimal" : undefined} before={isMoney ? currencySign(builder.currency.shown, locale) : undefined} />
    );
  };

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
          {percent("repurchaseGrowth")}
          {percent("conversionRate")}
          {percent("grossMargin")}
        </div>
      </fieldset>

      <fieldset className={styles.section}>
        <legend className={styles.heading}>{t("pane.benchmarks.title")}</legend>
        <Text size={200} className={styles.hint}>{t("pane.benchmarks.hint")}</Text>
        <div className={styles.pair}>
          {(["conversionRate", "costPerNewBuyer", "aov", "repurchaseRate", "grossMargin", "roi"] as const).map(benchmark)}
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
        <legend className={styles.heading}>{t("pane.drivers.title")}</legend>
        <Text size={200} className={styles.hint}>{t("pane.drivers.hint")}</Text>
        <Field label={t("pane.drivers.promotions")} hint={t("pane.drivers.promotionsHint")}
          validationMessage={error("promotionThresholds")} validationState={error("promotionThresholds") === undefined ? "none" : "error"}>
          <Textarea value={form.promotionThresholds} onChange={(_event, data) => set("promotionThresholds")(data.value)} resize="vertical" rows={3} placeholder="满200减30 2025-08-01 2025-08-31" />
        </Field>
        <div className={styles.pair}>
          <FormTextField label={t("pane.drivers.addOnPriceLimit")} value={form.addOnPriceLimit} onChange={set("addOnPriceLimit")} error={error("addOnPriceLimit")}
            inputMode="decimal" before={currencySign(builder.currency.shown, locale)} placeholder="20" />
          <FormTextField label={t("pane.drivers.shippingLimitHours")} value={form.shippingLimitHours} onChange={set("shippingLimitHours")} error={error("shippingLimitHours")}
            inputMode="decimal" placeholder={String(DEFAULT_SHIPPING_LIMIT_HOURS)} />
        </div>
        <Text size={200} className={styles.hint}>{t("pane.drivers.addOnPriceLimitHint")}</Text>
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
