import { useMemo, useState } from "react";
import { Field, MessageBar, MessageBarBody, SearchBox, Text, makeStyles, tokens } from "@fluentui/react-components";
import { functionCatalog, searchCatalog } from "../function-catalog";
import { functionTexts, insertPlan, type DetectedColumn, type InsertPlan } from "../insert-arguments";
import { listText, usePaneLocale, useTranslate } from "../pane-locale";
import type { InsertedFormula } from "../workbook/workbook-gateway";
import { FunctionCard } from "./FunctionCard";
import { ShareSection, type ShareActions } from "./ShareSection";

const useStyles = makeStyles({
  tab: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  search: {
    maxWidth: "unset",
    width: "100%",
  },
  intro: {
    color: tokens.colorNeutralForeground2,
  },
  used: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    paddingLeft: tokens.spacingHorizontalL,
    overflowWrap: "anywhere",
  },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
});

export interface FunctionsTabProps {
  /**
   * Puts a formula into the selected cell, or the first empty cell below it when that one is not
   * empty (it says where); without it the catalog offers no insert button.
   */
  readonly insertFormula?: (formula: string) => Promise<InsertedFormula | void>;
  /** The columns of the Data tab's tables, which Insert fills the arguments with (see insert-arguments.ts). */
  readonly columns?: readonly DetectedColumn[];
  /** The share actions; without them the tab has no share section. */
  readonly share?: ShareActions;
  /** The workbook's sheets, for the share section. */
  readonly sheets?: readonly string[];
  /** Opens the share section at first. */
  readonly shareOpen?: boolean;
}

type InsertResult =
  | { readonly ok: true; readonly name: string; readonly where?: InsertedFormula; readonly plan: InsertPlan }
  | { readonly ok: false; readonly message: string };

/** "C7" of "Sheet1!C7" when both are on the same sheet, else the whole address. */
function shortAddress(address: string, other: string): string {
  const sheetOf = (text: string) => text.slice(0, text.lastIndexOf("!") + 1);
  return sheetOf(address) === sheetOf(other) ? address.slice(address.lastIndexOf("!") + 1) : address;
}

function insertedText(t: ReturnType<typeof useTranslate>, name: string, where?: InsertedFormula): string {
  if (where === undefined) return t("pane.functions.inserted", { name });
  const cell = shortAddress(where.address, where.selected);
  if (where.address === where.selected) return t("pane.functions.insertedAt", { name, cell });
  return t("pane.functions.insertedBelow", { name, cell, selected: shortAddress(where.selected, where.address) });
}

/** What Insert took from where: the columns used, the example's values kept, or why the example was inserted. */
function PlanDetails({ plan }: { readonly plan: InsertPlan }) {
  const styles = useStyles();
  const t = useTranslate();
  const locale = usePaneLocale();
  if (plan.example !== null) {
    return <div>{plan.example.missing === null ? t("pane.functions.exampleNothingFound") : t("pane.functions.exampleNoColumn", { parameter: plan.example.missing })}</div>;
  }
  return (
    <>
      <div>{t("pane.functions.usedColumns")}</div>
      <ul className={styles.used}>
        {plan.used.map(({ parameter, column }) => (
          <li key={parameter}>
            {t(column.header === null ? "pane.functions.usedColumnNoHeader" : "pane.functions.usedColumn", {
              parameter, sheet: column.sheet, letter: column.letter, header: column.header ?? "", range: column.range,
            })}
          </li>
        ))}
      </ul>
      {plan.fromExample.length > 0 && <div>{t("pane.functions.keptExample", { parameters: listText(locale, plan.fromExample) })}</div>}
    </>
  );
}

/** The `EC.` function catalog: search, each function's signature, description and example, and insert. */
export function FunctionsTab({ insertFormula, columns = [], share, sheets = [], shareOpen = false }: FunctionsTabProps) {
  const styles = useStyles();
  const t = useTranslate();
  const locale = usePaneLocale();
  const [query, setQuery] = useState("");
  const [result, setResult] = useState<InsertResult | null>(null);
  const catalog = useMemo(() => functionCatalog(locale), [locale]);
  const found = useMemo(() => searchCatalog(catalog, query), [catalog, query]);
  const columnSheets = useMemo(() => [...new Set(columns.map((column) => column.sheet))], [columns]);

  const insert = insertFormula === undefined ? undefined : async (id: string, name: string) => {
    try {
      const plan = insertPlan(functionTexts(id), columns, locale);
      const where = await insertFormula(plan.formula);
      setResult(where ? { ok: true, name, where, plan } : { ok: true, name, plan });
    } catch (error) {
      setResult({ ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div className={styles.tab}>
      <Text size={200} className={styles.intro}>{t("pane.functions.intro")}</Text>
      {share !== undefined && <ShareSection actions={share} sheets={sheets} defaultOpen={shareOpen} />}
      {insert !== undefined && (
        <Text size={200} className={styles.intro}>
          {columnSheets.length === 0 ? t("pane.functions.insertNoColumns") : t("pane.functions.insertFrom", { sheets: listText(locale, columnSheets) })}
        </Text>
      )}
      <Field label={t("pane.functions.search")}>
        <SearchBox className={styles.search} value={query} onChange={(_event, data) => setQuery(data.value)} />
      </Field>
      {result !== null && (
        <MessageBar intent={!result.ok ? "error" : result.plan.example !== null ? "warning" : "success"} layout="multiline">
          <MessageBarBody>
            {result.ok ? (
              <>
                <div>{insertedText(t, result.name, result.where)}</div>
                <PlanDetails plan={result.plan} />
              </>
            ) : t("pane.functions.insertFailed", { message: result.message })}
          </MessageBarBody>
        </MessageBar>
      )}
      <Text size={200} role="status">
        {found.length === 0 ? t("pane.functions.none", { query: query.trim() }) : t("pane.functions.count", { count: found.length, total: catalog.length })}
      </Text>
      <ul className={styles.list}>
        {found.map((entry) => (
          <li key={entry.id}>
            <FunctionCard entry={entry} onInsert={insert === undefined ? undefined : () => insert(entry.id, entry.name)} />
          </li>
        ))}
      </ul>
    </div>
  );
}
