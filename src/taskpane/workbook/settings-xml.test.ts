import { describe, expect, it } from "vitest";
import { SETTINGS_NAMESPACE, settingsFromXml, settingsToXml } from "./settings-xml";
import type { ReviewSettings } from "./workbook-gateway";

const SETTINGS: ReviewSettings = {
  version: 1,
  sources: { orders: "订单 <2025> & 退款", traffic: "流量" },
  mappings: { orders: { amount: 3, paidTime: 2, buyer: null }, traffic: { visitors: 2 } },
  period: "2025-06..2025-10",
  compare: "yoy",
  targets: { gmv: 25_000_000, aov: 180, conversionRate: 0.035, marginBand: { low: 0.08, high: 0.12 } },
  thresholds: { met: 1, near: 0.9 },
  language: "en-US",
};

describe("settings XML", () => {
  it("round-trips, markup characters in names included", () => {
    const xml = settingsToXml(SETTINGS);
    expect(xml).toContain(`xmlns="${SETTINGS_NAMESPACE}"`);
    expect(xml).not.toContain("<2025>");
    expect(settingsFromXml(xml)).toEqual(SETTINGS);
  });

  it("reads the part as Excel may give it back: another declaration, a namespace prefix, character references", () => {
    const json = JSON.stringify(SETTINGS).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&#34;");
    const xml = `<?xml version="1.0" standalone="no"?>\n<ns0:settings xmlns:ns0="${SETTINGS_NAMESPACE}">${json}</ns0:settings>`;
    expect(settingsFromXml(xml)).toEqual(SETTINGS);
  });

  it("remembers the tables set to \"Not used\", and reads settings written without them", () => {
    const unused: ReviewSettings = { ...SETTINGS, unused: ["adSpend", "costs"] };
    expect(settingsFromXml(settingsToXml(unused))).toEqual(unused);
    expect(settingsFromXml(settingsToXml(SETTINGS))).not.toHaveProperty("unused");
    const part = (value: unknown) => `<settings xmlns="${SETTINGS_NAMESPACE}">${JSON.stringify(value).replace(/&/g, "&amp;").replace(/</g, "&lt;")}</settings>`;
    // Unknown kinds in the list are ignored, not a reason to drop the settings.
    expect(settingsFromXml(part({ ...SETTINGS, unused: ["traffic", "orders", 3] }))?.unused).toEqual(["traffic"]);
  });

  it("remembers whether the pane follows Office's language", () => {
    for (const followOffice of [true, false]) expect(settingsFromXml(settingsToXml({ ...SETTINGS, followOffice }))?.followOffice).toBe(followOffice);
    const part = (value: unknown) => `<settings xmlns="${SETTINGS_NAMESPACE}">${JSON.stringify(value).replace(/&/g, "&amp;").replace(/</g, "&lt;")}</settings>`;
    expect(settingsFromXml(part({ ...SETTINGS, followOffice: "yes" }))).not.toHaveProperty("followOffice");
  });

  it("remembers repurchase growth, the gross margin target and the benchmarks; ignores a benchmark it does not know", () => {
    const targets = { ...SETTINGS.targets, repurchaseGrowth: 0.1, grossMargin: 0.3, benchmarks: { conversionRate: 0.038, costPerNewBuyer: 25, roi: 1.2 } };
    expect(settingsFromXml(settingsToXml({ ...SETTINGS, targets }))?.targets).toEqual(targets);
    const part = (value: unknown) => `<settings xmlns="${SETTINGS_NAMESPACE}">${JSON.stringify(value).replace(/&/g, "&amp;").replace(/</g, "&lt;")}</settings>`;
    expect(settingsFromXml(part({ ...SETTINGS, targets: { ...targets, benchmarks: { conversionRate: 0.038, nps: 40 } } }))?.targets.benchmarks).toEqual({ conversionRate: 0.038 });
    expect(settingsFromXml(part({ ...SETTINGS, targets: { ...targets, benchmarks: { roi: "1.2" } } }))).toBeNull();
    expect(settingsFromXml(part({ ...SETTINGS, targets: { ...targets, benchmarks: [1] } }))).toBeNull();
  });

  it("remembers the currency the operator chose, and drops one this version cannot show", () => {
    expect(settingsFromXml(settingsToXml({ ...SETTINGS, currency: "USD" }))?.currency).toBe("USD");
    expect(settingsFromXml(settingsToXml(SETTINGS))).not.toHaveProperty("currency");
    const part = (value: unknown) => `<settings xmlns="${SETTINGS_NAMESPACE}">${JSON.stringify(value).replace(/&/g, "&amp;").replace(/</g, "&lt;")}</settings>`;
    const unknown = settingsFromXml(part({ ...SETTINGS, currency: "SGD" }));
    expect(unknown).not.toBeNull();
    expect(unknown).not.toHaveProperty("currency");
  });

  it("remembers the promotion rule, and reads settings written without one", () => {
    for (const promotion of [{ rule: "list", items: ["SKU-001", "防晒乳 <50ml> & 礼盒"] }, { rule: "belowUsualPrice", priceDrop: 0.08 }] as const) {
      const settings: ReviewSettings = { ...SETTINGS, targets: { ...SETTINGS.targets, promotion } };
      expect(settingsFromXml(settingsToXml(settings))?.targets.promotion).toEqual(promotion);
    }
    expect(settingsFromXml(settingsToXml(SETTINGS))?.targets).not.toHaveProperty("promotion");
    const part = (value: unknown) => `<settings xmlns="${SETTINGS_NAMESPACE}">${JSON.stringify(value).replace(/&/g, "&amp;").replace(/</g, "&lt;")}</settings>`;
    for (const promotion of [{ rule: "list", items: [1] }, { rule: "belowUsualPrice" }, { rule: "all" }, "list"]) {
      expect(settingsFromXml(part({ ...SETTINGS, targets: { promotion } })), JSON.stringify(promotion)).toBeNull();
    }
  });

  it("gives null for another version, a malformed part, or fields of the wrong kind", () => {
    const part = (value: unknown) => `<settings xmlns="${SETTINGS_NAMESPACE}">${JSON.stringify(value).replace(/&/g, "&amp;").replace(/</g, "&lt;")}</settings>`;
    expect(settingsFromXml(part({ ...SETTINGS, version: 2 }))).toBeNull();
    expect(settingsFromXml(`<settings xmlns="${SETTINGS_NAMESPACE}">{not json</settings>`)).toBeNull();
    expect(settingsFromXml("<other/>")).toBeNull();
    expect(settingsFromXml(part({ ...SETTINGS, compare: "mom" }))).toBeNull();
    expect(settingsFromXml(part({ ...SETTINGS, mappings: { orders: { amount: -1 } } }))).toBeNull();
    expect(settingsFromXml(part({ ...SETTINGS, mappings: { orders: { visitors: 2 } } }))).toBeNull();
    expect(settingsFromXml(part({ ...SETTINGS, targets: { gmv: "25M" } }))).toBeNull();
    expect(settingsFromXml(part({ ...SETTINGS, language: "fr-FR" }))).toBeNull();
  });

  it("remembers the experiment table and the drivers' targets: promotion thresholds, add-on limit, shipping limit", () => {
    const targets = { ...SETTINGS.targets, promotions: [{ threshold: 200, discount: 30, from: "2025-08-01", to: "2025-08-31" }], addOnPriceLimit: 19.9, shippingLimitHours: 72 };
    const saved: ReviewSettings = { ...SETTINGS, sources: { ...SETTINGS.sources, experiments: "A/B 测试" }, unused: ["experiments"], targets };
    expect(settingsFromXml(settingsToXml(saved))).toEqual(saved);
    const part = (value: unknown) => `<settings xmlns="${SETTINGS_NAMESPACE}">${JSON.stringify(value).replace(/&/g, "&amp;").replace(/</g, "&lt;")}</settings>`;
    // A malformed threshold or limit refuses the settings rather than building another review.
    expect(settingsFromXml(part({ ...SETTINGS, targets: { ...targets, promotions: [{ threshold: "200", discount: 30, from: "2025-08-01", to: "2025-08-31" }] } }))).toBeNull();
    expect(settingsFromXml(part({ ...SETTINGS, targets: { ...targets, promotions: { threshold: 200 } } }))).toBeNull();
    expect(settingsFromXml(part({ ...SETTINGS, targets: { ...targets, shippingLimitHours: "72" } }))).toBeNull();
  });
});

