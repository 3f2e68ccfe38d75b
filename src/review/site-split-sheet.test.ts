import { storedValue } from "./format-figures";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { LOCALES, translate, type Locale, type MessageKey } from "../i18n/messages";
import { OFFSITE_GMV, ONSITE_GMV, PERIOD_GMV, siteSplitShopInputs } from "../../test/support/site-split-shop";
import { writeReviewWorkbook } from "../xlsx/write-review-workbook";
import { buildReview, type ReviewModel } from "./build-review";
import { a1, type LayoutCell } from "./sheet-layout";
import { sectionTitleOf } from "./review-sheet";

type Options = Parameters<typeof siteSplitShopInputs>[1];
const review = (locale: Locale, options: Options = {}) => buildReview(siteSplitShopInputs(locale, options));

/** The rows of the on-site / off-site section: from its title to the next section's. */
function section(model: ReviewModel, locale: Locale): LayoutCell[] {
  const title = model.sheet.cells.find((c) => c.style === "section" && sectionTitleOf(String(c.value)) === translate(locale, "review.section.sites"));
  expect(title, "the section's title").toBeDefined();
  const next = model.sheet.cells.filter((c) => c.style === "section" && c.row > title!.row).reduce((a, b) => Math.min(a, b.row), Infinity);
  return model.sheet.cells.filter((c) => c.row >= title!.row && c.row < next);
}

const texts = (cells: readonly LayoutCell[]) => cells.map((c) => c.value).filter((v): v is string => typeof v === "string");
const headers = (cells: readonly LayoutCell[]) => cells.filter((c) => c.style === "header").map((c) => c.value);
const rowOf = (cells: readonly LayoutCell[], label: string, from = 0) => cells.find((c) => c.column === 0 && c.value === label && c.row >= from)!.row;
const at = (cells: readonly LayoutCell[], row: number, column: number) => cells.find((c) => c.row === row && c.column === column);
/** What a cell shows: its value, or its formula's cached result. */
const shown = (cell: LayoutCell | undefined) => (cell === undefined ? undefined : cell.formula !== undefined ? cell.result : cell.value);
const columnOf = (cells: readonly LayoutCell[], headerRow: number, locale: Locale, key: MessageKey) =>
  cells.find((c) => c.row === headerRow && c.style === "header" && c.value === translate(locale, key))!.column;

describe("the on-site / off-site section of the review sheet", () => {
  for (const locale of LOCALES) {
    const model = review(locale);
    const cells = section(model, locale);
    const t = (key: MessageKey, params = {}) => translate(locale, key, params);

    it(`follows the channels section and precedes conversion by month, in ${locale}`, () => {
      const titles = model.sheet.cells.filter((c) => c.style === "section").map((c) => sectionTitleOf(String(c.value)));
      const at = titles.indexOf(t("review.section.sites"));
      expect(titles[at - 1]).toBe(t("review.section.channels"));
      expect(titles[at + 1]).toBe(t("review.section.conversion"));
    });

    it(`shows per side and for the whole shop the figures the summary holds, in ${locale}`, () => {
      const header = cells.find((c) => c.style === "header" && c.value === t("review.col.site") && c.column === 0)!.row;
      for (const key of ["review.col.visitors", "review.col.trafficShare", "review.col.payingBuyers", "review.metric.conversionRate", "review.col.gmv", "review.col.gmvShare", "review.col.newBuyers", "review.col.newBuyerRepurchase"] as const) {
        expect(cells.filter((c) => c.row === header).map((c) => c.value), key).toContain(t(key));
      }
      const col = (key: MessageKey) => columnOf(cells, header, locale, key);
      const sides = [["onsite", ONSITE_GMV], ["offsite", OFFSITE_GMV], ["unclassified", 10]] as const;
      for (const [site, gmv] of sides) {
        const r = rowOf(cells, t(`review.site.${site}`), header);
        const figures = model.summary.siteSplit.find((s) => s.site === site)!;
        expect(shown(at(cells, r, col("review.col.gmv")))).toBe(gmv);
        expect(shown(at(cells, r, col("review.col.gmvShare"))) as number).toBeCloseTo(gmv / PERIOD_GMV, 12);
        expect(shown(at(cells, r, col("review.col.visitors")))).toBe(figures.visitors);
        expect(shown(at(cells, r, col("review.col.payingBuyers")))).toBe(figures.converted);
        expect(shown(at(cells, r, col("review.col.newBuyerRepurchase")))).toBe(figures.repurchaseRate);
        // Shares and conversion are formulas over the cells beside them and the whole shop's row.
        expect(at(cells, r, col("review.col.gmvShare"))!.formula).toContain(a1(r, col("review.col.gmv")));
        expect(at(cells, r, col("review.metric.conversionRate"))!.formula).toContain(a1(r, col("review.col.payingBuyers")));
      }
      const shop = rowOf(cells, t("review.site.wholeShop"), header);
      expect(shop).toBe(header + 4);
      expect(shown(at(cells, shop, col("review.col.gmv")))).toBe(PERIOD_GMV);
      expect(shown(at(cells, shop, col("review.col.visitors")))).toBe(model.summary.visitors);
      expect(shown(at(cells, shop, col("review.metric.conversionRate")))).toBe(model.summary.conversionRate);
    });

    it(`draws three charts of the side rows: visitor and GMV shares, conversion, repurchase, in ${locale}`, () => {
      const titles = [t("review.chart.siteShares"), t("review.chart.siteConversion"), t("review.chart.siteRepurchase")];
      const charts = model.sheet.charts.filter((c) => titles.includes(c.title));
      expect(charts.map((c) => c.title)).toEqual(titles);
      const sides = model.summary.siteSplit.map((s) => t(`review.site.${s.site}`));
      for (const chart of charts) {
        expect(chart.kind).toBe("clusteredColumn");
        for (const series of chart.series) expect(series.categories).toEqual(sides);
        // Side by side within columns A–K, below the side table.
        expect(chart.anchor.toColumn).toBeLessThanOrEqual(11);
        expect(chart.anchor.fromRow).toBeGreaterThan(rowOf(cells, t("review.site.wholeShop")));
      }
      expect(charts[0].series.map((s) => s.values)).toEqual([model.summary.siteSplit.map((s) => s.trafficShare), model.summary.siteSplit.map((s) => s.gmvShare)]);
      expect(charts[1].series[0].values).toEqual(model.summary.siteSplit.map((s) => s.conversionRate));
      expect(charts[2].series[0].values).toEqual(model.summary.siteSplit.map((s) => s.repurchaseRate));
      const anchors = charts.map((c) => c.anchor);
      for (let k = 1; k < anchors.length; k++) expect(anchors[k].fromColumn).toBeGreaterThanOrEqual(anchors[k - 1].toColumn);
    });

    it(`lists the channels by side with their ROI against the comparison period's, in ${locale}`, () => {
      const label = rowOf(cells, t("review.site.byChannel"));
      const header = cells.find((c) => c.style === "header" && c.row > label)!.row;
      expect(cells.filter((c) => c.row === header).map((c) => c.value)).toEqual(expect.arrayContaining([t("review.col.comparisonRoi"), t("review.col.periodRoi"), t("review.col.roiChange")]));
      const names = cells.filter((c) => c.row > header && c.column === 0).map((c) => c.value);
      // On-site first (直通车 has the larger GMV), then off-site, then the unclassified channel.
      expect(names).toEqual(["直通车", "手淘搜索", "腾讯广告", "其他"]);
      const col = (key: MessageKey) => columnOf(cells, header, locale, key);
      const tencent = rowOf(cells, "腾讯广告", header);
      expect(shown(at(cells, tencent, col("review.col.comparisonRoi")))).toBeCloseTo(120 / 200, 12);
      // ROI is stored as it shows (storedValue), and the change is computed from the stored cells, as Excel does.
      const periodRoi = storedValue(260 / 300, "ratio");
      expect(shown(at(cells, tencent, col("review.col.periodRoi")))).toBeCloseTo(periodRoi, 12);
      expect(periodRoi).toBeCloseTo(260 / 300, 3);
      expect(shown(at(cells, tencent, col("review.col.roiChange")))).toBeCloseTo(periodRoi / (120 / 200) - 1, 12);
      expect(at(cells, tencent, col("review.col.roiChange"))!.formula).toContain(a1(tencent, col("review.col.comparisonRoi")));
      expect(shown(at(cells, rowOf(cells, "直通车", header), col("review.col.roiChange")))).toBeCloseTo(2 / 3.2 - 1, 12);
      expect(shown(at(cells, tencent, 1))).toBe(t("review.site.offsite"));
    });

    it(`says how conversion and repurchase are read, and names the channels it cannot place, in ${locale}`, () => {
      // Nothing is missing from this shop: those are its only notes.
      expect(cells.filter((c) => c.style === "note").map((c) => c.value)).toEqual([t("review.site.definitions"), t("review.site.unclassifiedChannels", { channels: "其他" })]);
    });
  }
});

describe("the on-site / off-site section says what is missing instead of showing blanks", () => {
  for (const locale of LOCALES) {
    const t = (key: MessageKey, params = {}) => translate(locale, key, params);

    it(`without traffic: no visitor, share or conversion column, a note, and no conversion chart, in ${locale}`, () => {
      const model = review(locale, { traffic: false });
      const cells = section(model, locale);
      expect(texts(cells)).toContain(t("review.site.noTraffic"));
      for (const key of ["review.col.visitors", "review.col.trafficShare", "review.col.payingBuyers", "review.metric.conversionRate"] as const) expect(headers(cells), key).not.toContain(t(key));
      expect(headers(cells)).toContain(t("review.col.gmvShare"));
      const titles = model.sheet.charts.map((c) => c.title);
      expect(titles).toContain(t("review.chart.siteGmvShare"));
      expect(titles).toContain(t("review.chart.siteRepurchase"));
      expect(titles).not.toContain(t("review.chart.siteConversion"));
      expect(titles).not.toContain(t("review.chart.siteShares"));
    });

    it(`without spend: no ROI columns, and a note, in ${locale}`, () => {
      const cells = section(review(locale, { spend: false }), locale);
      expect(texts(cells)).toContain(t("review.site.noSpend"));
      for (const key of ["review.col.comparisonRoi", "review.col.periodRoi", "review.col.roiChange"] as const) expect(headers(cells), key).not.toContain(t(key));
    });

    it(`without a buyer column: orders in place of paying buyers, no new-buyer columns, a note, in ${locale}`, () => {
      const model = review(locale, { withBuyer: false });
      const cells = section(model, locale);
      expect(texts(cells)).toContain(t("review.site.noBuyers"));
      expect(texts(cells)).toContain(t("review.site.definitionsNoBuyer"));
      for (const key of ["review.col.payingBuyers", "review.col.newBuyers", "review.col.newBuyerRepurchase"] as const) expect(headers(cells), key).not.toContain(t(key));
      expect(headers(cells)).toContain(t("review.col.orders"));
      expect(model.sheet.charts.map((c) => c.title)).not.toContain(t("review.chart.siteRepurchase"));
    });

    it(`with a comparison period without orders: the months named, no comparison ROI shown, in ${locale}`, () => {
      const cells = section(review(locale, { compare: "yoy" }), locale);
      expect(texts(cells)).toContain(t("review.site.roiNotCompared", { months: "2024-06, 2024-07" }));
      const header = cells.find((c) => c.style === "header" && c.value === t("review.col.comparisonRoi"))!;
      expect(cells.filter((c) => c.column === header.column && c.row > header.row)).toEqual([]);
    });

    it(`without a channel column: one note and no table or chart, in ${locale}`, () => {
      const model = review(locale, { channel: false });
      const cells = section(model, locale);
      expect(texts(cells).map((text, i) => (i === 0 ? sectionTitleOf(String(text)) : text))).toEqual([t("review.section.sites"), t("review.site.noChannels")]);
      expect(model.sheet.charts.map((c) => c.title)).not.toContain(t("review.chart.siteGmvShare"));
      expect(model.sheet.charts.map((c) => c.title)).not.toContain(t("review.chart.siteShares"));
      // The spend and traffic tables still name channels, but no order is booked to them: no conversion of 0% is stated.
      expect(model.summary.channels.length).toBeGreaterThan(0);
      expect(model.findings.map((f) => f.key)).not.toContain("finding.siteTraffic");
    });
  }
});

describe("the on-site / off-site charts in the written .xlsx", () => {
  /** The chart parts of an .xlsx, by chart title. */
  async function chartParts(xlsx: Uint8Array): Promise<string[]> {
    const zip = await JSZip.loadAsync(xlsx);
    const paths = Object.keys(zip.files).filter((path) => /^xl\/charts\/chart\d+\.xml$/.test(path));
    return Promise.all(paths.map((path) => zip.file(path)!.async("string")));
  }

  for (const locale of LOCALES) {
    it(`writes the three charts as native column charts over the side rows, in ${locale}`, async () => {
      const model = review(locale);
      const parts = await chartParts(await writeReviewWorkbook({ review: model.sheet }));
      expect(parts).toHaveLength(model.sheet.charts.length);
      const cells = section(model, locale);
      const onsite = rowOf(cells, translate(locale, "review.site.onsite"));
      for (const key of ["review.chart.siteShares", "review.chart.siteConversion", "review.chart.siteRepurchase"] as const) {
        const title = translate(locale, key);
        const part = parts.find((xml) => xml.includes(`<a:t>${title}</a:t>`));
        expect(part, title).toBeDefined();
        expect(part).toContain('<c:barDir val="col"/>');
        expect(part).toContain('<c:grouping val="clustered"/>');
        // Categories: the side labels in column A, from the on-site row down.
        expect(part).toContain(`!${a1(onsite, 0, true)}:`);
        expect(part).toContain(`<c:v>${translate(locale, "review.site.offsite")}</c:v>`);
      }
    });
  }
});
