/**
 * The pane's language for its components: a React context holding the locale, and `useTranslate`
 * that reads the string tables through `translate`. Components never hold text of their own.
 */
import { createContext, useCallback, useContext } from "react";
import { translate, type Locale, type MessageKey, type MessageParams } from "../i18n/messages";
import type { PaneMessage, PipelineStage } from "./review-controller";

export const PaneLocaleContext = createContext<Locale>("en-US");

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function usePaneLocale(): Locale {
  return useContext(PaneLocaleContext);
}

export function useTranslate(): Translate {
  const locale = useContext(PaneLocaleContext);
  return useCallback((key: MessageKey, params?: MessageParams) => translate(locale, key, params), [locale]);
}

/** The string-table key of a table field's label ("amount" → "pane.field.amount"). */
export function fieldLabelKey(field: string): MessageKey {
  return `pane.field.${field}` as MessageKey;
}

/** A controller message as text: its `{fields}` placeholder gets the fields' labels. */
export function messageText(t: Translate, locale: Locale, message: PaneMessage): string {
  const fields = message.fields === undefined ? undefined : listText(locale, message.fields.map((field) => t(fieldLabelKey(field))));
  return t(message.key, fields === undefined ? message.params : { ...message.params, fields });
}

/** "a, b and c" / "a、b、c" in the pane's language. */
export function listText(locale: Locale, items: readonly string[]): string {
  return new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(items);
}

/** 0.92 → "92%". */
export function percentText(locale: Locale, fraction: number): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(fraction);
}

/** 120000 → "120,000". */
export function countText(locale: Locale, count: number): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(count);
}

/** What the pipeline is doing, for the line under the progress bar. */
export function stageText(t: Translate, locale: Locale, stage: PipelineStage | null): string {
  if (stage === null) return t("pane.stage.starting");
  switch (stage.stage) {
    case "reading":
      return t("pane.stage.reading", { sheet: stage.sheet, read: countText(locale, stage.read), total: countText(locale, stage.total) });
    case "writing":
      return t(stage.step === null ? "pane.stage.writing" : `pane.stage.writing.${stage.step}`);
    default:
      return t(`pane.stage.${stage.stage}`);
  }
}
