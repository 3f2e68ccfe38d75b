import {
  Button, Dropdown, Option, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Tooltip, makeStyles, mergeClasses, tokens,
  type PositioningProps,
} from "@fluentui/react-components";
import { columnName } from "../../review/sheet-layout";
import type { ColumnMapping } from "../../review/tables/table-detection";
import { TABLE_FIELDS, type TableField, type TableKind } from "../../review/tables/table-fields";
import { fieldLabelKey, percentText, usePaneLocale, useTranslate, type Translate } from "../pane-locale";
import type { ChosenTable } from "../../review/tables/review-request";

const useStyles = makeStyles({
  table: {
    tableLayout: "fixed",
    width: "100%",
  },
  fieldColumn: {
    width: "25%",
  },
  matchColumn: {
    width: "25%",
  },
  field: {
    overflowWrap: "anywhere",
  },
  missing: {
    color: tokens.colorPaletteRedForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  dropdown: {
    minWidth: "unset",
    width: "100%",
  },
  dropdownButton: {
    gridTemplateColumns: "[content] minmax(0, 1fr) [icon] auto [end]",
  },
  dropdownText: {
    minWidth: 0,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  // The open list is as wide as its longest column name (not the closed control's width), as far as
  // the room there is (the positioning's autoSize caps its width); a longer name wraps: every header is read whole.
  listbox: {
    width: "max-content",
  },
  option: {
    overflowWrap: "anywhere",
  },
  match: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  low: {
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
  cell: {
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
  },
  suggestion: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
  },
});

/** The list is not held to the closed control's width (Fluent's default; see `styles.listbox`), and keeps 8 px (the positioning takes pixels, not tokens) from the pane's edges. */
const LIST_POSITIONING: PositioningProps = { matchTargetSize: undefined, overflowBoundaryPadding: 8 };

/** "" stands for "no such column" in the dropdowns (real options are column numbers). */
const NO_COLUMN = "";
/** Mappings below this confidence are worth a second look, and say so in colour. */
const LOW_CONFIDENCE = 0.6;

/** "B · 买家会员名", or "Column B" for a column without a header. */
function columnLabel(t: Translate, column: number, header: string | null | undefined): string {
  const letter = columnName(column);
  return header ? t("pane.data.columnWithHeader", { letter, header }) : t("pane.data.columnNoHeader", { letter });
}

function matchText(t: Translate, locale: Parameters<typeof percentText>[0], mapping: ColumnMapping | undefined): string {
  if (mapping === undefined) return t("pane.data.unmapped");
  if (mapping.source === "override") return t("pane.data.byYou");
  const percent = percentText(locale, mapping.confidence);
  return mapping.source === "header" ? t("pane.data.byHeader", { percent }) : t("pane.data.byContent", { percent });
}

/** "suggested: H · Tier (24%), not used": a column guessed too unsurely to be used until the operator accepts it. */
function suggestionText(t: Translate, locale: Parameters<typeof percentText>[0], suggestion: ColumnMapping): string {
  return t("pane.data.suggested", { column: columnLabel(t, suggestion.column, suggestion.header), percent: percentText(locale, suggestion.confidence) });
}

export interface ColumnMappingTableProps {
  readonly kind: TableKind;
  readonly table: ChosenTable<TableKind>;
  readonly onOverride: (field: TableField, column: number | null) => void;
}

/**
 * Which column holds each field of a table, how the mapping was found, and a dropdown to change it.
 * A column only suggested for a field (`TableDetection.suggestions`: guessed too unsurely to change
 * the figures unasked) is named in the match cell with a button that uses it, as choosing it in the
 * dropdown would.
 */
export function ColumnMappingTable({ kind, table, onOverride }: ColumnMappingTableProps) {
  const styles = useStyles();
  const t = useTranslate();
  const locale = usePaneLocale();
  const { detection } = table;
  const columns = detection.columns as Readonly<Partial<Record<string, ColumnMapping>>>;
  const suggestions = detection.suggestions as Readonly<Partial<Record<string, ColumnMapping>>>;
  const missing = new Set<string>(detection.missingRequired);
  const options = Array.from({ length: detection.columnCount }, (_, column) => ({
    value: String(column),
    text: columnLabel(t, column, detection.headers[column]),
  }));

  return (
    <Table className={styles.table} size="extra-small" aria-label={t("pane.data.columnsOf", { sheet: table.sheet })}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.fieldColumn}>{t("pane.data.col.field")}</TableHeaderCell>
          <TableHeaderCell>{t("pane.data.col.column")}</TableHeaderCell>
          <TableHeaderCell className={styles.matchColumn}>{t("pane.data.col.match")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {(TABLE_FIELDS[kind] as readonly TableField[]).map((field) => {
          const mapping = columns[field];
          const label = t(fieldLabelKey(field));
          const selected = mapping === undefined ? NO_COLUMN : String(mapping.column);
          const selectedText = mapping === undefined ? t("pane.data.noColumn") : columnLabel(t, mapping.column, detection.headers[mapping.column]);
          const low = mapping !== undefined && mapping.source !== "override" && mapping.confidence < LOW_CONFIDENCE;
          const suggestion = mapping === undefined ? suggestions[field] : undefined;
          return (
            <TableRow key={field}>
              <TableCell className={styles.cell}>
                <span className={mergeClasses(styles.field, missing.has(field) && styles.missing)}>{label}</span>
              </TableCell>
              <TableCell className={styles.cell}>
                {/* Compact when closed, the name cut with an ellipsis; the whole name shows on hover and focus. */}
                <Tooltip content={selectedText} relationship="inaccessible" positioning="above-start">
                  <Dropdown
                    className={styles.dropdown}
                    button={{ className: styles.dropdownButton, children: <span className={styles.dropdownText}>{selectedText}</span> }}
                    listbox={{ className: styles.listbox }}
                    positioning={LIST_POSITIONING}
                    size="small"
                    aria-label={t("pane.data.columnFor", { field: label })}
                    value={selectedText}
                    selectedOptions={[selected]}
                    onOptionSelect={(_event, data) => {
                      if (data.optionValue === undefined || data.optionValue === selected) return;
                      onOverride(field, data.optionValue === NO_COLUMN ? null : Number(data.optionValue));
                    }}
                  >
                    <Option value={NO_COLUMN} text={t("pane.data.noColumn")}>{t("pane.data.noColumn")}</Option>
                    {options.map((option) => (
                      <Option key={option.value} className={styles.option} value={option.value} text={option.text}>{option.text}</Option>
                    ))}
                  </Dropdown>
                </Tooltip>
              </TableCell>
              <TableCell className={styles.cell}>
                {suggestion === undefined ? (
                  <span className={mergeClasses(styles.match, low && styles.low)}>{matchText(t, locale, mapping)}</span>
                ) : (
                  <span className={styles.suggestion}>
                    <span className={mergeClasses(styles.match, styles.low)}>{suggestionText(t, locale, suggestion)}</span>
                    <Button
                      size="small"
                      appearance="transparent"
                      aria-label={t("pane.data.useSuggestionFor", { column: columnLabel(t, suggestion.column, suggestion.header), field: label })}
                      onClick={() => onOverride(field, suggestion.column)}
                    >
                      {t("pane.data.useSuggestion")}
                    </Button>
                  </span>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
