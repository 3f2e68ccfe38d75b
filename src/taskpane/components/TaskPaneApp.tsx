import { useEffect, useMemo, useState } from "react";
import {
  FluentProvider, MessageBar, MessageBarBody, Tab, TabList, makeStyles, tokens, webLightTheme,
} from "@fluentui/react-components";
import { resolveLocale, translate } from "../../i18n/messages";
import { PaneLocaleContext } from "../pane-locale";
import { useReviewBuilder } from "../use-review-builder";
import type { PaneGateway } from "../pane-gateway";
import { BuildTab } from "./BuildTab";
import { DataTab } from "./DataTab";
import { FunctionsTab } from "./FunctionsTab";
import { detectedColumns } from "../insert-arguments";
import { shareActionsOf } from "./ShareSection";
import { PaneHeader } from "./PaneHeader";
import { PeriodTargetsTab } from "./PeriodTargetsTab";

export type PaneTab = "data" | "period" | "build" | "functions";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  tabs: {
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`,
  },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalS,
  },
});

export interface TaskPaneAppProps {
  readonly gateway: PaneGateway;
  /** Office's display language ("zh-CN" …), which the pane follows unless told otherwise. */
  readonly displayLanguage?: string;
  /** True when running on the browser tests' stand-in workbook (`?standin=1`), not in Excel. */
  readonly demo?: boolean;
  readonly initialTab?: PaneTab;
}

/** The task pane: the review builder's tabs and the function catalog, in the pane's language. */
export function TaskPaneApp({ gateway, displayLanguage, demo = false, initialTab = "data" }: TaskPaneAppProps) {
  const styles = useStyles();
  const officeLocale = resolveLocale(displayLanguage);
  const builder = useReviewBuilder(gateway, officeLocale);
  const [tab, setTab] = useState<PaneTab>(initialTab);
  const locale = builder.language === "auto" ? officeLocale : builder.language;

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = translate(locale, "pane.title");
  }, [locale]);

  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  // What the Functions tab's Insert and share section take from the Data tab: its columns, the workbook's sheets.
  const scanned = builder.scan.status === "done" ? builder.scan.scan : null;
  const columns = useMemo(() => detectedColumns(builder.chosen, scanned?.sheets.map((sheet) => sheet.source) ?? []), [builder.chosen, scanned]);
  const sheets = useMemo(() => (scanned?.sheets ?? []).filter((sheet) => sheet.source.kind === "worksheet").map((sheet) => sheet.source.name), [scanned]);
  const share = useMemo(() => shareActionsOf(gateway), [gateway]);
  const unsupported = builder.support !== null && !builder.support.supported;

  return (
    <FluentProvider theme={webLightTheme} lang={locale}>
      <PaneLocaleContext.Provider value={locale}>
        <div className={styles.root}>
          <PaneHeader language={builder.language} officeLocale={officeLocale} onLanguageChange={(language) => builder.setLanguage(language, language === "auto" ? officeLocale : language)} />
          {demo && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>{t("pane.demoMode")}</MessageBarBody>
            </MessageBar>
          )}
          {unsupported && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{translate(locale, "pane.unsupported", { missing: builder.support!.missing.join(", ") })}</MessageBarBody>
            </MessageBar>
          )}
          <TabList
            className={styles.tabs}
            size="small"
            selectedValue={tab}
            onTabSelect={(_event, data) => setTab(data.value as PaneTab)}
            aria-label={t("pane.tabs")}
          >
            <Tab value="data">{t("pane.tab.data")}</Tab>
            <Tab value="period">{t("pane.tab.period")}</Tab>
            <Tab value="build">{t("pane.tab.build")}</Tab>
            <Tab value="functions">{t("pane.tab.functions")}</Tab>
          </TabList>
          <div className={styles.panel} role="tabpanel" aria-label={t(`pane.tab.${tab}`)}>
            {tab === "data" && <DataTab builder={builder} />}
            {tab === "period" && <PeriodTargetsTab builder={builder} />}
            {tab === "build" && <BuildTab builder={builder} onShowTab={setTab} />}
            {tab === "functions" && <FunctionsTab insertFormula={gateway.insertFormula?.bind(gateway)} columns={columns} share={share} sheets={sheets} />}
          </div>
        </div>
      </PaneLocaleContext.Provider>
    </FluentProvider>
  );
}
