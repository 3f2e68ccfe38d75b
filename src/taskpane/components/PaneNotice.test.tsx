// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen } from "@testing-library/react";
import { XMLParser } from "fast-xml-parser";
import { LOCALES, translate, type Locale } from "../../i18n/messages";
import { PaneNotice } from "./PaneNotice";

afterEach(cleanup);

// Under jsdom import.meta.url is no file: URL; vitest gives the module its __dirname.
const MANIFEST = path.resolve(__dirname, "../../../manifest.xml");

/** Office's own tabs, as Office names them in each language (the manifest names only their ids). */
const OFFICE_TABS: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  TabHome: { "en-US": "Home", "zh-CN": "开始" },
  TabInsert: { "en-US": "Insert", "zh-CN": "插入" },
  TabData: { "en-US": "Data", "zh-CN": "数据" },
};

type XmlNode = Record<string, unknown>;

/** The ribbon path that opens the task pane, as manifest.xml labels it in `locale`: tab, group, button. */
function manifestRibbonPath(xml: string, locale: Locale): { tab: string; group: string; button: string } {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", removeNSPrefix: true, isArray: (name) => ["Group", "Control", "String", "Override", "OfficeTab", "CustomTab"].includes(name) });
  const app = (parser.parse(xml) as XmlNode).OfficeApp as XmlNode;
  const defaultLocale = app.DefaultLocale as string;
  const overrides = app.VersionOverrides as XmlNode;
  const host = (overrides.Hosts as XmlNode).Host as XmlNode;
  const surface = (host.DesktopFormFactor as XmlNode).ExtensionPoint as XmlNode;
  const strings = ((overrides.Resources as XmlNode).ShortStrings as XmlNode).String as XmlNode[];
  const text = (resid: string): string => {
    const entry = strings.find((candidate) => candidate["@_id"] === resid);
    if (entry === undefined) throw new Error(`manifest.xml: no ShortString "${resid}"`);
    if (locale === defaultLocale) return entry["@_DefaultValue"] as string;
    const override = ((entry.Override ?? []) as XmlNode[]).find((candidate) => candidate["@_Locale"] === locale);
    return (override?.["@_Value"] ?? entry["@_DefaultValue"]) as string;
  };
  const tabs = [...((surface.OfficeTab ?? []) as XmlNode[]), ...((surface.CustomTab ?? []) as XmlNode[])];
  for (const tab of tabs) {
    for (const group of tab.Group as XmlNode[]) {
      const button = (group.Control as XmlNode[]).find((control) => (control.Action as XmlNode | undefined)?.["@_type"] === "ShowTaskpane");
      if (button === undefined) continue;
      const tabLabel = tab.Label === undefined ? OFFICE_TABS[tab["@_id"] as string]?.[locale] : text((tab.Label as XmlNode)["@_resid"] as string);
      if (tabLabel === undefined) throw new Error(`manifest.xml: the pane's button is on the tab ${String(tab["@_id"])}, whose name this test does not know`);
      return { tab: tabLabel, group: text((group.Label as XmlNode)["@_resid"] as string), button: text((button.Label as XmlNode)["@_resid"] as string) };
    }
  }
  throw new Error("manifest.xml: no ribbon button shows the task pane");
}

describe("PaneNotice outside Office", () => {
  const manifest = readFileSync(MANIFEST, "utf8");

  it("reads the ribbon path from manifest.xml in each language (the reading itself)", () => {
    expect(manifestRibbonPath(manifest, "en-US")).toEqual({ tab: "Home", group: "EC Review", button: "Operations Review" });
    expect(manifestRibbonPath(manifest, "zh-CN")).toEqual({ tab: "开始", group: "电商复盘", button: "运营复盘" });
  });

  for (const locale of LOCALES) {
    it(`${locale}: the string tables name the ribbon as manifest.xml labels it`, () => {
      const ribbon = manifestRibbonPath(manifest, locale);
      expect({ tab: translate(locale, "pane.ribbon.tab"), group: translate(locale, "pane.ribbon.group"), button: translate(locale, "pane.ribbon.button") }).toEqual(ribbon);
    });

    it(`${locale}: the page opened in a browser says where Excel opens the pane, in the ribbon's words`, () => {
      const { tab, group, button } = manifestRibbonPath(manifest, locale);
      render(<PaneNotice locale={locale} message="pane.outsideOffice" />);
      const status = screen.getByRole("status").textContent ?? "";
      expect(status).toContain(`${tab} › ${group} › ${button}`);
      expect(status).not.toMatch(/[{}]/);
    });

    it(`${locale}: ?standin=1 without a stand-in says what the stand-in is, that it writes no real workbook, and names no internal global`, () => {
      const { tab, group, button } = manifestRibbonPath(manifest, locale);
      render(<PaneNotice locale={locale} message="pane.standinMissing" />);
      const status = screen.getByRole("status").textContent ?? "";
      expect(status).toContain(translate(locale, "pane.ribbon.button"));
      expect(status).toContain(`${tab} › ${group} › ${button}`);
      expect(status).toContain(locale === "en-US" ? "nothing is written to a real workbook" : "不会写入任何真实工作簿");
      expect(status).not.toMatch(/window\.|__|ecReview|Gateway|[{}]/);
    });
  }
});
