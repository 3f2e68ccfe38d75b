import { afterEach, describe, expect, it, vi } from "vitest";
import { chooseLocale, parseColumnMap, parseCommandLine, systemLocale } from "./cli-options";

afterEach(() => {
  vi.restoreAllMocks();
});

/** Makes Intl resolve `locale` as the system's, as it does on a Windows set to that display language. */
const resolvedOptions = Intl.DateTimeFormat.prototype.resolvedOptions;
function stubIntlLocale(locale: string): void {
  vi.restoreAllMocks();
  vi.spyOn(Intl.DateTimeFormat.prototype, "resolvedOptions").mockImplementation(function (this: Intl.DateTimeFormat) {
    return { ...resolvedOptions.call(this), locale };
  });
}

describe("chooseLocale", () => {
  it("follows LC_ALL, then LC_MESSAGES, then LANG: Chinese for zh…, English otherwise", () => {
    expect(chooseLocale([], { LANG: "zh_CN.UTF-8" })).toBe("zh-CN");
    expect(chooseLocale([], { LANG: "zh_TW.UTF-8" })).toBe("zh-CN");
    expect(chooseLocale([], { LANG: "en_GB.UTF-8" })).toBe("en-US");
    expect(chooseLocale([], { LC_ALL: "en_US.UTF-8", LANG: "zh_CN.UTF-8" })).toBe("en-US");
    expect(chooseLocale([], { LC_MESSAGES: "zh_CN.GBK", LANG: "C" })).toBe("zh-CN");
    expect(chooseLocale([], { LANG: "en_US.UTF-8" }, () => "zh-CN")).toBe("en-US");
  });

  it("falls back to the system's language as Intl resolves it when the environment names none (Windows)", () => {
    stubIntlLocale("zh-CN");
    expect(systemLocale()).toBe("zh-CN");
    expect(chooseLocale([], {})).toBe("zh-CN");
    expect(chooseLocale(["demo"], { LANG: "", LC_ALL: "" })).toBe("zh-CN");
    // C and POSIX name no language either.
    expect(chooseLocale([], { LANG: "C.UTF-8" })).toBe("zh-CN");
    expect(chooseLocale([], { LC_ALL: "POSIX" })).toBe("zh-CN");
    // The environment and --lang still come first.
    expect(chooseLocale([], { LANG: "en_US.UTF-8" })).toBe("en-US");
    expect(chooseLocale(["--lang", "en-US"], {})).toBe("en-US");
    stubIntlLocale("zh-Hant-TW");
    expect(chooseLocale([], {})).toBe("zh-CN");
    stubIntlLocale("en-GB");
    expect(chooseLocale([], {})).toBe("en-US");
    stubIntlLocale("ja-JP");
    expect(chooseLocale([], {})).toBe("en-US");
  });

  it("lets --lang override the environment, in either spelling, when its value is valid", () => {
    expect(chooseLocale(["build", "--lang", "zh-CN"], { LANG: "en_US" })).toBe("zh-CN");
    expect(chooseLocale(["demo", "--lang=en-US"], { LANG: "zh_CN" })).toBe("en-US");
    expect(chooseLocale(["demo", "--lang", "fr"], { LANG: "zh_CN" })).toBe("zh-CN");
    // The bare language, in any case, as people type it.
    expect(chooseLocale(["demo", "--lang", "en"], { LANG: "zh_CN" })).toBe("en-US");
    expect(chooseLocale(["demo", "--lang=ZH"], { LANG: "en_US" })).toBe("zh-CN");
    expect(chooseLocale(["demo", "--lang", "en-us"], { LANG: "zh_CN" })).toBe("en-US");
    expect(parseCommandLine(["demo", "--lang", "en"])).toMatchObject({ kind: "demo" });
    expect(() => parseCommandLine(["demo", "--lang", "e"])).toThrow(expect.objectContaining({ params: expect.objectContaining({ option: "--lang", found: "e" }) }));
  });
});

describe("parseCommandLine", () => {
  it("reads build's options, with --option value and --option=value", () => {
    expect(parseCommandLine(["build", "--orders", "o.csv", "--adspend=a.xlsx", "--period", "2025-06..2025-10", "--compare", "yoy", "--out", "r.xlsx", "--json", "s.json"])).toEqual({
      kind: "build", orders: "o.csv", adSpend: "a.xlsx", traffic: undefined, costs: undefined, items: undefined, period: { from: 2025 * 12 + 5, to: 2025 * 12 + 9 },
      compare: "yoy", targets: undefined, out: "r.xlsx", json: "s.json", addinStore: { storeType: "EXCatalog", store: "EXCatalog" },
    });
  });

  it("reads --addin-store: the admin center's catalog by default, a sideloaded add-in, a shared folder, or none", () => {
    const build = (...extra: string[]) => parseCommandLine(["build", "--orders", "o.csv", "--out", "r.xlsx", ...extra]);
    expect(build()).toMatchObject({ addinStore: { storeType: "EXCatalog", store: "EXCatalog" } });
    expect(build("--addin-store", "Registry")).toMatchObject({ addinStore: { storeType: "Registry", store: "developer" } });
    expect(build("--addin-store", "\\\\fileserver\\addins")).toMatchObject({ addinStore: { storeType: "FileSystem", store: "\\\\fileserver\\addins" } });
    expect(build("--addin-store=none")).toMatchObject({ addinStore: null });
    expect(() => build("--addin-store", "appsource")).toThrow(expect.objectContaining({ key: "cli.usage.badChoice", exitCode: 2, params: expect.objectContaining({ option: "--addin-store", found: "appsource" }) }));
  });

  it("defaults the comparison to the previous period and the demo to 60,000 orders in demo/", () => {
    expect(parseCommandLine(["build", "--orders", "o.csv", "--out", "r.xlsx"])).toMatchObject({ compare: "previous", period: undefined });
    expect(parseCommandLine(["demo"])).toEqual({ kind: "demo", out: "demo", orders: 60_000 });
    expect(parseCommandLine(["demo", "--orders", "120,000", "--out", "x/"])).toEqual({ kind: "demo", out: "x/", orders: 120_000 });
  });

  it("reads --currency as an ISO code in any case, and refuses a currency the review cannot show", () => {
    const build = (currency: string) => parseCommandLine(["build", "--orders", "o.csv", "--out", "r.xlsx", "--currency", currency]);
    expect(build("USD")).toMatchObject({ kind: "build", currency: "USD" });
    expect(build("eur")).toMatchObject({ currency: "EUR" });
    expect(parseCommandLine(["build", "--orders", "o.csv", "--out", "r.xlsx"])).toMatchObject({ currency: undefined });
    expect(() => build("dollars")).toThrow(expect.objectContaining({ key: "cli.usage.badChoice", exitCode: 2, params: expect.objectContaining({ option: "--currency", found: "dollars" }) }));
    expect(() => parseCommandLine(["demo", "--currency", "USD"])).toThrow(expect.objectContaining({ key: "cli.usage.unknownOption" }));
  });

  it("answers --help anywhere and --version first", () => {
    expect(parseCommandLine(["build", "--orders", "o.csv", "--help"])).toEqual({ kind: "help" });
    expect(parseCommandLine(["--version"])).toEqual({ kind: "version" });
  });
});

describe("parseColumnMap", () => {
  it("reads field=header pairs separated by commas, none for no column", () => {
    expect(parseColumnMap("channel=流量来源,orderId=主订单编号")).toEqual([{ field: "channel", header: "流量来源" }, { field: "orderId", header: "主订单编号" }]);
    expect(parseColumnMap(" cost = None , itemTitle=Product Name,")).toEqual([{ field: "cost", header: null }, { field: "itemTitle", header: "Product Name" }]);
    expect(parseColumnMap("status=a=b")).toEqual([{ field: "status", header: "a=b" }]);
    expect(parseCommandLine(["build", "--orders", "o.csv", "--out", "r.xlsx", "--map", "buyer=收件人"])).toMatchObject({ columnMap: [{ field: "buyer", header: "收件人" }] });
  });

  it("refuses a pair without a field or a header, a field orders lack, and a field named twice", () => {
    for (const [text, key] of [
      ["channel", "cli.usage.badMap"], ["=流量来源", "cli.usage.badMap"], ["channel=", "cli.usage.badMap"], [",", "cli.usage.badMap"],
      ["visitors=访客数", "cli.usage.mapUnknownField"], ["Channel=渠道", "cli.usage.mapUnknownField"],
      ["channel=渠道,channel=none", "cli.usage.mapRepeatedField"],
    ]) {
      expect(() => parseColumnMap(text), text).toThrow(expect.objectContaining({ key, exitCode: 2 }));
    }
  });
});
