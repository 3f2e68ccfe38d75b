import {
  AccordionHeader, AccordionItem, AccordionPanel, Badge, Dropdown, Field, MessageBar, MessageBarBody, Option, Text, makeStyles, tokens,
} from "@fluentui/react-components";
import type { TableField, TableKind } from "../../review/tables/table-fields";
import { messageText, percentText, usePaneLocale, useTranslate } from "../pane-locale";
import type { ChosenTable } from "../../review/tables/review-request";
import type { WorkbookScan } from "../review-controller";
import { ColumnMappingTable } from "./ColumnMappingTable";

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
    flexWrap: "wrap",
  },
  kind: {
    fontWeight: tokens.fontWeightSemibold,
  },
  sheet: {
    color: tokens.colorNeutralForeground2,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    maxWidth: "10em",
  },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
  },
  sheetDropdown: {
    minWidth: "unset",
    width: "100%",
  },
  note: {
    color: tokens.colorNeutralForeground2,
  },
});

/** Orders lacking both times need one of them: named together as the order time. */
function requiredFieldsText(missing: readonly string[]): string[] {
  if (!missing.includes("paidTime") || !missing.includes("createdTime")) return missing.slice();
  return [...missing.filter((field) => field !== "paidTime" && field !== "createdTime"), "orderTime"];
}

/** "" stands for "not used" in the sheet dropdown (sheet names are never empty). */
const NOT_USED = "";

export interface SourceTableSectionProps {
  readonly kind: TableKind;
  readonly table: ChosenTable<TableKind> | null;
  readonly scan: WorkbookScan;
  readonly onChooseSheet: (sheet: string | null) => void;
  readonly onOverride: (field: TableField, column: number | null) => void;
}

/**
 * One kind of table: the sheet it was found on (changeable), how sure the detection is, the
 * required columns it lacks, and its column mapping.
 */
export function SourceTableSection({ kind, table, scan, onChooseSheet, onOverride }: SourceTableSectionProps) {
  const styles = useStyles();
  const t = useTranslate();
  const locale = usePaneLocale();
  const kindLabel = t(`pane.kind.${kind}`);
  const detected = table !== null && scan.best[kind] === table.sheet;
  const confidence = table?.detection.confidence ?? 0;
  const badgeColor = !detected ? "informative" : confidence >= 0.7 ? "success" : confidence >= 0.4 ? "warning" : "danger";
  // No table: "not found", or "not used" when the workbook has one the operator chose not to use.
  const badgeText = table === null ? t(scan.best[kind] === null ? "pane.data.notFound" : "pane.data.notUsed") : detected ? t("pane.data.detected", { percent: percentText(locale, confidence) }) : t("pane.data.chosen");
  const sheetLabel = table === null ? t("pane.data.notUsed") : table.sheet;
  const missing = requiredFieldsText(table?.detection.missingRequired ?? []);

  return (
    <AccordionItem value={kind}>
      <AccordionHeader size="medium">
        <span className={styles.header}>
          <span className={styles.kind}>{kindLabel}</span>
          {table !== null && <span className={styles.sheet} title={table.sheet}>{table.sheet}</span>}
          <Badge appearance="tint" color={table === null ? "subtle" : badgeColor} size="small">{badgeText}</Badge>
        </span>
      </AccordionHeader>
      <AccordionPanel>
        <div className={styles.panel}>
          <Field label={t("pane.data.sheetOf", { kind: kindLabel })}>
            <Dropdown
              className={styles.sheetDropdown}
              size="small"
              value={sheetLabel}
              selectedOptions={[table?.sheet ?? NOT_USED]}
              onOptionSelect={(_event, data) => onChooseSheet(data.optionValue === NOT_USED || data.optionValue === undefined ? null : data.optionValue)}
            >
              <Option value={NOT_USED} text={t("pane.data.notUsed")}>{t("pane.data.notUsed")}</Option>
              {scan.sheets.map((sheet) => (
                <Option key={sheet.source.name} value={sheet.source.name} text={sheet.source.name}>{sheet.source.name}</Option>
              ))}
            </Dropdown>
          </Field>
          {(kind === "costs" || kind === "items") && <Text size={200} className={styles.note}>{t(`pane.kind.${kind}.note`)}</Text>}
          {table !== null && missing.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{messageText(t, locale, { key: "pane.data.missingRequired", fields: missing })}</MessageBarBody>
            </MessageBar>
          )}
          {table !== null && <ColumnMappingTable kind={kind} table={table} onOverride={onOverride} />}
        </div>
      </AccordionPanel>
    </AccordionItem>
  );
}
