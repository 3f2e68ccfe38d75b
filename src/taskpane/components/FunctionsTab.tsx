import { useMemo, useState } from "react";
import { Field, MessageBar, MessageBarBody, SearchBox, Text, makeStyles, tokens } from "@fluentui/react-components";
import { functionCatalog, searchCatalog } from "../function-catalog";
import { usePaneLocale, useTranslate } from "../pane-locale";
import type { InsertedFormula } from "../workbook/workbook-gateway";
import { FunctionCard } from "./FunctionCard";

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
}

type InsertResult =
  | { readonly ok: true; readonly name: string; readonly where?: InsertedFormula }
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

/** The `EC.` function catalog: search, each function's signature, description and example, and insert. */
export function FunctionsTab({ insertFormula }: FunctionsTabProps) {
  const styles = useStyles();
  const t = useTranslate();
  const locale = usePaneLocale();
  const [query, setQuery] = useState("");
  const [result, setResult] = useState<InsertResult | null>(null);
  const catalog = useMemo(() => functionCatalog(locale), [locale]);
  const found = useMemo(() => searchCatalog(catalog, query), [catalog, query]);

  const insert = insertFormula === undefined ? undefined : async (name: string, formula: string) => {
    try {
      const where = await insertFormula(formula);
      setResult(where ? { ok: true, name, where } : { ok: true, name });
    } catch (error) {
      setResult({ ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div className={styles.tab}>
      <Text size={200} className={styles.intro}>{t("pane.functions.intro")}</Text>
      <Field label={t("pane.functions.search")}>
        <SearchBox className={styles.search} value={query} onChange={(_event, data) => setQuery(data.value)} />
      </Field>
      {result !== null && (
        <MessageBar intent={result.ok ? "success" : "error"} layout="multiline">
          <MessageBarBody>
            {result.ok ? insertedText(t, result.name, result.where) : t("pane.functions.insertFailed", { message: result.message })}
          </MessageBarBody>
        </MessageBar>
      )}
      <Text size={200} role="status">
        {found.length === 0 ? t("pane.functions.none", { query: query.trim() }) : t("pane.functions.count", { count: found.length, total: catalog.length })}
      </Text>
      <ul className={styles.list}>
        {found.map((entry) => (
          <li key={entry.id}>
            <FunctionCard entry={entry} onInsert={insert === undefined ? undefined : () => insert(entry.name, entry.example)} />
          </li>
        ))}
      </ul>
    </div>
  );
}
