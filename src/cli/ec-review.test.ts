import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildReview } from "../review/build-review";
import { readChannelMonthTable } from "../review/channel-month-table";
import { numberFormats } from "../review/format-figures";
import { readOrderTable } from "../review/order-table";
import { parseMonthRange } from "../review/review-period";
import {
  AD_SPEND_HEADERS, COST_HEADERS, EXPERIMENT_HEADERS, generateSampleShop, ITEM_HEADERS, ORDER_HEADERS, TOUCHPOINT_HEADERS, TRAFFIC_HEADERS,
} from "../sample-shop/generate-sample-shop";
import { csvText, runCaptured, scratchFolder, writeCsv, writeXlsx } from "../../test/support/cli-test-harness";
import { readTableFile } from "./read-table-file";
import { summaryJson } from "./summary-json";

const scratch = scratchFolder();
afterAll(() => scratch.remove());

const ORDER_COLUMN = (header: (typeof ORDER_HEADERS)[number]) => ORDER_HEADERS.indexOf(header);
const PAID_TIME = ORDER_COLUMN("订单付款时间");
/** The order report's date-time columns, written as date text in a CSV as Excel would save them. */
const ORDER_TIMES = [PAID_TIME, ORDER_COLUMN("发货时间")];
const TARGETS = { gmv: 2_000_000, gmvGrowth: 0.25, aov: 200, aovGrowth: 0.15, repurchaseRate: 0.3, conversionRate: 0.035, marginBand: [0.08, 0.12] };
const FIXED_TIME = new Date(Date.UTC(2025, 10, 3, 9, 30));

beforeAll(async () => {
  const shop = generateSampleShop({ orders: 4000, seed: 11 });
  // GBK has no ¥ (U+00A5), only the full-width ￥ that Chinese exports write; both twins use it.
  const ordersCsv = csvText(shop.orders, ORDER_TIMES).replace(/¥/g, "￥");
  writeFileSync(scratch.file("orders.csv"), ordersCsv);
  writeFileSync(scratch.file("orders-gbk.csv"), iconv.encode(ordersCsv, "gbk"));
  await writeXlsx(scratch.file("ads.xlsx"), [{ name: "推广花费", grid: shop.adSpend }]);
  writeCsv(scratch.file("traffic.csv"), shop.traffic, [0]);
  writeFileSync(scratch.file("targets.json"), JSON.stringify(TARGETS));
  // --out never creates folders: the ones the tests write into exist.
  for (const folder of ["out", "usd", "eur", "mixed", "cny"]) mkdirSync(scratch.file(folder));
});

const run = (...argv: string[]) => runCaptured(argv, scratch.dir);
/** No stack trace: no "    at f (file:line)" lines. */
const STACK_LINE = /^\s+at .+[:(]/m;

describe("ec-review: usage", () => {
  it("prints the help on stdout with --help and -h, in the language of LANG or --lang", async () => {
    const english = await run("--help");
    expect(english.code).toBe(0);
    expect(english.stdout).toContain("ec-review build --orders FILE --out review.xlsx");
    expect((await run("build", "-h")).stdout).toBe(english.stdout);
    const chinese = await runCaptured(["--help"], scratch.dir, { env: { LANG: "zh_CN.UTF-8" } });
    expect(chinese.stdout).toContain("用法");
    expect((await runCaptured(["--help", "--lang", "en-US"], scratch.dir, { env: { LC_ALL: "zh_CN.UTF-8" } })).stdout).toBe(english.stdout);
  });

  it("prints the version", async () => {
    const version = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).version;
    expect(await run("--version")).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it.each([
    [[], "Give a command"],
    [["rebuild"], "Unknown command \"rebuild\""],
    [["build", "--orders", "orders.csv"], "build needs --out"],
    [["build", "--out", "r.xlsx"], "build needs --orders"],
    [["build", "--orders", "orders.csv", "--out", "r.pdf"], "--out must name an .xlsx file"],
    [["build", "--orders", "orders.csv", "--out", "r.xlsx", "--colour", "red"], "Unknown option --colour"],
    [["build", "--orders", "orders.csv", "--out"], "--out needs a value"],
    [["build", "--orders", "orders.csv", "--out", "r.xlsx", "--compare", "mom"], "--compare must be one of previous, yoy"],
    [["build", "--orders", "orders.csv", "--out", "r.xlsx", "--lang", "fr-FR"], "--lang must be one of zh-CN, en-US"],
    [["build", "--orders", "a.csv", "--orders", "b.csv", "--out", "r.xlsx"], "--orders is given more than once"],
    [["build", "--orders", "orders.csv", "--out", "r.xlsx", "--period", "2025-13..2025-14"], "--period must be whole months"],
    [["build", "--orders", "orders.csv", "--out", "r.xlsx", "--period", "June"], "not \"June\""],
    [["build", "--orders", "orders.csv", "--out", "r.xlsx", "--period", "2025-10..2025-06"], "--period must be whole months"],
    [["demo", "--orders", "many"], "--orders must be a whole number"],
    [["build", "--orders", "orders.csv", "--out", "orders.csv"], "--out must name an .xlsx file"],
    [["build", "--orders", "orders.csv", "--out", "r.xlsx", "--map", "channel"], "--map takes field=header pairs separated by commas"],
    [["build", "--orders", "orders.csv", "--out", "r.xlsx", "--map", "colour=流量来源"], "--map: the order table has no field \"colour\""],
    [["build", "--orders", "orders.csv", "--out", "r.xlsx", "--map", "channel=流量来源,channel=none"], "--map names channel more than once"],
    [["build", "--orders", "orders.csv", "--out", "r.xlsx", "--map", "channel=渠道名"], "--map channel=渠道名: orders.csv, sheet \"orders\", has no column headed \"渠道名\". Headers found: \"订单编号\""],
  ])("exits 2 for %j: %s", async (argv, message) => {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain("ec-review --help");
    expect(result.stdout).toBe("");
  });

  it("never overwrites an input file", async () => {
    const result = await run("build", "--orders", "ads.xlsx", "--out", "./ads.xlsx");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("ads.xlsx is one of the input files");
  });
});

describe("ec-review build: bad input", () => {
  it("names a missing file, without a stack trace", async () => {
    const result = await run("build", "--orders", "missing.csv", "--out", "r.xlsx");
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("ec-review: missing.csv: no such file.\n");
    expect(existsSync(scratch.file("r.xlsx"))).toBe(false);
  });

  it("checks every file and the targets before reading any", async () => {
    writeFileSync(scratch.file("bad-targets.json"), "{\"gmv\": -1}");
    const missingTraffic = await run("build", "--orders", "orders.csv", "--traffic", "none.csv", "--out", "r.xlsx");
    expect([missingTraffic.code, missingTraffic.stderr]).toEqual([1, "ec-review: none.csv: no such file.\n"]);
    const badTargets = await run("build", "--orders", "orders.csv", "--targets", "bad-targets.json", "--out", "r.xlsx", "--json", "r.json");
    expect(badTargets.code).toBe(1);
    expect(badTargets.stderr).not.toContain("orders table");
    expect(existsSync(scratch.file("r.json"))).toBe(false);
  });

  it("says so in Chinese under a Chinese locale", async () => {
    const result = await runCaptured(["build", "--orders", "missing.csv", "--out", "r.xlsx"], scratch.dir, { env: { LANG: "zh_CN.UTF-8" } });
    expect(result.stderr).toBe("ec-review: missing.csv：文件不存在。\n");
  });

  it("says so in Chinese on a system whose language is Chinese when no locale variable is set (Windows)", async () => {
    const resolvedOptions = Intl.DateTimeFormat.prototype.resolvedOptions;
    const stub = vi.spyOn(Intl.DateTimeFormat.prototype, "resolvedOptions").mockImplementation(function (this: Intl.DateTimeFormat) {
      return { ...resolvedOptions.call(this), locale: "zh-CN" };
    });
    try {
      const result = await runCaptured(["build", "--orders", "missing.csv", "--out", "r.xlsx"], scratch.dir, { env: {} });
      expect(result.stderr).toBe("ec-review: missing.csv：文件不存在。\n");
      expect((await runCaptured(["build", "--orders", "missing.csv", "--out", "r.xlsx"], scratch.dir, { env: { LANG: "en_US.UTF-8" } })).stderr).toBe("ec-review: missing.csv: no such file.\n");
    } finally {
      stub.mockRestore();
    }
  });

  it("refuses an empty file and an unsupported extension", async () => {
    writeFileSync(scratch.file("empty.csv"), "");
    writeFileSync(scratch.file("orders.numbers"), "x");
    const empty = await run("build", "--orders", "empty.csv", "--out", "r.xlsx");
    expect([empty.code, empty.stderr]).toEqual([1, "ec-review: empty.csv is empty: there are no rows to read.\n"]);
    const numbers = await run("build", "--orders", "orders.numbers", "--out", "r.xlsx");
    expect([numbers.code, numbers.stderr]).toEqual([1, "ec-review: orders.numbers: cannot read .numbers files. Give a .csv or .xlsx file.\n"]);
  });

  it("names the missing fields and the headers found when no column can be recognised", async () => {
    writeCsv(scratch.file("unknown.csv"), [["foo", "bar", "baz"], ["x", "y", "z"], ["q", "w", "e"]]);
    const result = await run("build", "--orders", "unknown.csv", "--out", "r.xlsx");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^ec-review: unknown\.csv, sheet "unknown": the orders table has no column for amount \(.+\); paidTime \(.+\) \/ createdTime \(.+\)\. Headers found: "foo", "bar", "baz"\./);
    expect(result.stderr).toContain("实付金额");
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it("names the missing columns of an ad spend file", async () => {
    writeCsv(scratch.file("ads-no-channel.csv"), [["日期", "花费"], ["2025-06-01", "100"]]);
    const result = await run("build", "--orders", "orders.csv", "--adspend", "ads-no-channel.csv", "--out", "r.xlsx");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("ads-no-channel.csv, sheet \"ads-no-channel\": the ad spend table has no column for channel");
    expect(result.stderr).toContain("Headers found: \"日期\", \"花费\"");
  });

  it("says when the period holds no order, and which months the orders cover", async () => {
    const result = await run("build", "--orders", "orders.csv", "--out", "r.xlsx", "--period", "2030-01..2030-03");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("ec-review: There are no counted orders in 2030-01..2030-03; the orders run from 2024-11 to 2025-10.\n");
  });

  it.each([
    ["not-json.json", "{ gmv: 1 }", "not-json.json is not valid JSON"],
    ["array.json", "[1, 2]", "array.json must hold one JSON object"],
    ["unknown-key.json", "{\"gmv\": 1, \"roi\": 2}", "unknown-key.json: unknown target \"roi\". The targets are: gmv, gmvGrowth, aov, aovGrowth, repurchaseRate, repurchaseGrowth, conversionRate, grossMargin, marginBand, benchmarks, promotionItems, promotionPriceDrop, promotions, addOnPriceLimit, shippingLimitHours, attributionLookbackDays, attributionHalfLifeDays."],
    ["text-gmv.json", "{\"gmv\": \"25000000\"}", "text-gmv.json: \"gmv\" must be a number above 0 (money in the data's currency), not \"25000000\"."],
    ["percent-rate.json", "{\"repurchaseRate\": 30}", "percent-rate.json: repurchaseRate 30 would mean 3000%; a number without a % sign is a fraction (0.25 = 25%). Write 0.3 or \"30%\" instead."],
    ["percent-growth.json", "{\"gmvGrowth\": 25}", "percent-growth.json: gmvGrowth 25 would mean +2500%; a number without a % sign is a fraction (0.25 = 25%). Write 0.25 or \"25%\" instead, or \"2500%\" if +2500% is meant."],
    ["rate-above.json", "{\"conversionRate\": \"120%\"}", "\"conversionRate\" must be a rate above 0 and at most 100%: a fraction such as 0.3 or a percent such as \"30%\", not \"120%\"."],
    ["band.json", "{\"marginBand\": [0.12, 0.08]}", "\"marginBand\" must be [low, high], two margins with low ≤ high, e.g. [0.08, 0.12] or [\"8%\", \"12%\"], not [0.12,0.08]."],
    ["benchmark.json", "{\"benchmarks\": {\"conversion\": 0.038}}", "benchmark.json: unknown benchmark \"conversion\". The benchmarks are: aov, repurchaseRate, conversionRate, grossMargin, costPerNewBuyer, roi."],
    ["empty-promotion.json", "{\"promotionItems\": []}", "\"promotionItems\" must be a list of item titles or SKUs, e.g. [\"SKU-001\", \"防晒乳 50ml\"], or \"belowUsualPrice\", not []."],
    ["percent-drop.json", "{\"promotionPriceDrop\": 5}", "percent-drop.json: promotionPriceDrop 5 would mean 500%; a number without a % sign is a fraction (0.25 = 25%). Write 0.05 or \"5%\" instead."],
    ["drop-with-list.json", "{\"promotionItems\": [\"A\"], \"promotionPriceDrop\": 0.1}", "\"promotionPriceDrop\" finds promotion items by price; it cannot go with a \"promotionItems\" list."],
    ["whole-drop.json", "{\"promotionPriceDrop\": \"100%\"}", "\"promotionPriceDrop\" must be a rate above 0 and below 100%: a fraction such as 0.05 or a percent such as \"5%\" (under the usual price), not \"100%\"."],
  ])("rejects targets file %s", async (name, content, message) => {
    writeFileSync(scratch.file(name), content);
    const result = await run("build", "--orders", "orders.csv", "--out", "r.xlsx", "--targets", name);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });
});

describe("ec-review build", () => {
  it("builds the review and summary.json, equal to buildReview's on the same data", async () => {
    const result = await run(
      "build", "--orders", "orders.csv", "--adspend", "ads.xlsx", "--traffic", "traffic.csv", "--period", "2025-06..2025-10",
      "--targets", "targets.json", "--out", "out/review.xlsx", "--json", "out/summary.json",
    );
    expect(result.stderr).not.toContain("ec-review:");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Review 2025-06\.\.2025-10, compared with 2025-01\.\.2025-05: GMV ¥[\d.,KM]+, [\d,]+ orders, AOV ¥[\d,]+\.\nWrote out\/review\.xlsx\nWrote out\/summary\.json\n$/);
    // The mapping found, on stderr.
    expect(result.stderr).toContain("orders.csv: orders table, header row 1, confidence");
    expect(result.stderr).toMatch(/amount\s+← 实付金额\s+\d\.\d\d {2}by header/);
    expect(result.stderr).toContain("ads.xlsx › 推广花费: ad spend table");
    expect(result.stderr).toMatch(/visitors ← 访客数/);

    // The same review, built directly from the same files with the columns named by hand.
    const orders = await readTableFile("orders.csv", { cwd: scratch.dir });
    const ads = await readTableFile("ads.xlsx", { cwd: scratch.dir });
    const traffic = await readTableFile("traffic.csv", { cwd: scratch.dir });
    const readOrders = readOrderTable(orders.sheets[0].grid, {
      amount: ORDER_COLUMN("实付金额"), time: PAID_TIME, buyer: ORDER_COLUMN("买家会员名"), channel: ORDER_COLUMN("流量来源"),
      status: ORDER_COLUMN("订单状态"), cost: ORDER_COLUMN("成本"), itemTitle: ORDER_COLUMN("宝贝标题"), quantity: ORDER_COLUMN("购买数量"),
      shipped: ORDER_COLUMN("发货时间"), refundAmount: ORDER_COLUMN("退款金额"),
    }, { sheet: "orders", headerRow: 0 });
    const readAds = readChannelMonthTable(ads.sheets[0].grid, { date: 0, channel: AD_SPEND_HEADERS.indexOf("渠道"), value: AD_SPEND_HEADERS.indexOf("花费") }, { sheet: "推广花费", headerRow: 0 });
    const readTraffic = readChannelMonthTable(traffic.sheets[0].grid, { date: 0, channel: TRAFFIC_HEADERS.indexOf("流量来源"), value: TRAFFIC_HEADERS.indexOf("访客数") }, { sheet: "traffic", headerRow: 0 });
    const expected = buildReview({
      orders: readOrders.table, skipped: [...readOrders.skipped, ...readAds.skipped, ...readTraffic.skipped], spend: readAds.table, traffic: readTraffic.table,
      period: parseMonthRange("2025-06..2025-10")!, compare: "previous",
      targets: { ...TARGETS, marginBand: { low: 0.08, high: 0.12 } }, locale: "en-US",
      sources: ["orders.csv", "ads.xlsx › 推广花费", "traffic.csv"], generatedAt: FIXED_TIME,
    });
    const written = JSON.parse(readFileSync(scratch.file("out/summary.json"), "utf8"));
    expect(written).toEqual(JSON.parse(JSON.stringify(summaryJson(expected))));
    expect(Object.keys(written)).toEqual([...Object.keys(expected.summary), "findings"]);
    for (const key of ["gmv", "orders", "buyers", "aov", "aovPerBuyer", "grossMargin", "repurchaseRate", "conversionRate", "visitors", "channels", "attainment", "cohorts"]) {
      expect(written[key], key).not.toBeNull();
    }
    expect(written.findings.length).toBeGreaterThan(3);
    for (const finding of written.findings) expect(Object.keys(finding)).toEqual(["key", "text", "figures"]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(scratch.file("out/review.xlsx"));
    expect(workbook.worksheets[0].name).toBe(expected.sheet.name);
    // The review, then the outreach list: every buyer of the review's segments.
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([expected.sheet.name, "Outreach by segment"]);
    expect(workbook.worksheets[1].actualRowCount).toBe(1 + expected.segmentBuyers!.length);
    expect(expected.segmentBuyers!.length).toBe(expected.summary.buyers);
    expect(workbook.worksheets[0].getCell("A1").value).toBe(expected.sheet.cells.find((cell) => cell.row === 0 && cell.column === 0)!.value);
  });

  it("reads a GBK CSV to the same review as its UTF-8 twin, and chooses the last five full months by default", async () => {
    const utf8 = await run("build", "--orders", "orders.csv", "--out", "u.xlsx", "--json", "u.json");
    const gbk = await run("build", "--orders", "orders-gbk.csv", "--out", "g.xlsx", "--json", "g.json");
    expect([utf8.code, gbk.code]).toEqual([0, 0]);
    expect(gbk.stderr).toContain("orders-gbk.csv is not UTF-8; read it as GBK/GB18030");
    expect(utf8.stderr).toContain("Period 2025-06..2025-10: the last full months of the orders");
    const strip = (file: string) => {
      const json = JSON.parse(readFileSync(scratch.file(file), "utf8"));
      delete json.skipped;
      return json;
    };
    expect(strip("g.json")).toEqual(strip("u.json"));
  });

  it("writes a review that opens EC Review's pane for colleagues who have it, from the store --addin-store names, or names no add-in", async () => {
    const named = async (file: string) => {
      const zip = await JSZip.loadAsync(readFileSync(scratch.file(file)));
      const part = zip.file("xl/webextensions/webextension1.xml");
      return part === null ? null : /<we:reference [^>]*store="([^"]*)" storeType="([^"]*)"/.exec(await part.async("string"))?.slice(1);
    };
    expect((await run("build", "--orders", "orders.csv", "--out", "default.xlsx")).code).toBe(0);
    expect(await named("default.xlsx")).toEqual(["EXCatalog", "EXCatalog"]);
    expect((await run("build", "--orders", "orders.csv", "--out", "sideloaded.xlsx", "--addin-store", "registry")).code).toBe(0);
    expect(await named("sideloaded.xlsx")).toEqual(["developer", "Registry"]);
    expect((await run("build", "--orders", "orders.csv", "--out", "plain.xlsx", "--addin-store", "none")).code).toBe(0);
    expect(await named("plain.xlsx")).toBeNull();
  });

  it("renames duplicate headers, warns, and builds", async () => {
    const grid = [["订单编号", "买家会员名", "订单付款时间", "实付金额", "实付金额"], ["1", "a", "2025-06-01 10:00:00", "100", "x"], ["2", "b", "2025-06-02 11:00:00", "50", "y"]];
    writeCsv(scratch.file("dup.csv"), grid);
    const result = await run("build", "--orders", "dup.csv", "--out", "dup.xlsx");
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("dup.csv, sheet \"dup\": duplicate column names renamed (1): 实付金额 → 实付金额 (2).");
  });

  it("takes ad spend and traffic from other sheets of the orders workbook", async () => {
    const shop = generateSampleShop({ orders: 1500, seed: 4 });
    await writeXlsx(scratch.file("shop.xlsx"), [{ name: "订单", grid: shop.orders }, { name: "推广", grid: shop.adSpend }, { name: "流量", grid: shop.traffic }]);
    const result = await run("build", "--orders", "shop.xlsx", "--out", "shop-review.xlsx", "--json", "shop.json");
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("Using sheet \"推广\" of shop.xlsx as the ad spend table.");
    expect(result.stderr).toContain("Using sheet \"流量\" of shop.xlsx as the traffic table.");
    const summary = JSON.parse(readFileSync(scratch.file("shop.json"), "utf8"));
    expect(summary.visitors).toBeGreaterThan(0);
    expect(summary.channels.some((channel: { spend: number }) => channel.spend > 0)).toBe(true);
  });

  it("costs orders from a cost sheet: unit cost × quantity, matched on the item title", async () => {
    writeCsv(scratch.file("no-cost.csv"), [
      ["订单编号", "买家会员名", "订单付款时间", "实付金额", "宝贝标题", "购买数量"],
      ["1", "a", "2025-06-01 10:00:00", "100", "面膜", "2"],
      ["2", "b", "2025-06-02 11:00:00", "60", "面霜", "1"],
      ["3", "a", "2025-06-20 09:00:00", "40", "赠品", "1"],
    ]);
    writeCsv(scratch.file("costs.csv"), [["宝贝标题", "成本价"], ["面膜", "20"], ["面霜", "30"]]);
    const result = await run("build", "--orders", "no-cost.csv", "--costs", "costs.csv", "--out", "c.xlsx", "--json", "c.json");
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("Costs from costs.csv, matched by itemTitle: 2 orders matched, 0 kept their own cost, 1 have none.");
    const summary = JSON.parse(readFileSync(scratch.file("c.json"), "utf8"));
    // Orders with a cost: revenue 160, cost 2 × 20 + 30 = 70.
    expect(summary.grossMargin).toBeCloseTo((160 - 70) / 160, 12);
  });
});

describe("ec-review build: currency", () => {
  const SHOPIFY_HEADERS = ["Name", "Email", "Paid at", "Total", "Financial Status", "Currency"];
  /** A Shopify-like export, one row per order: 18 orders of 6 buyers over June–August 2025, in `currency(row)`. */
  const shopifyOrders = (currency: (row: number) => string = () => "USD") => [
    SHOPIFY_HEADERS,
    ...Array.from({ length: 18 }, (_, i) => [
      `#${1001 + i}`, `buyer${i % 6}@example.com`, `2025-0${6 + Math.floor(i / 6)}-${10 + (i % 6)} 10:22:33`,
      (48.5 + 17 * i).toFixed(2), i === 4 ? "refunded" : "paid", currency(i),
    ]),
  ];
  /** The number formats of the written workbook's styles, and every text of its cells. */
  async function workbookParts(file: string): Promise<{ formats: string[]; strings: string }> {
    const zip = await JSZip.loadAsync(readFileSync(scratch.file(file)));
    const styles = await zip.file("xl/styles.xml")!.async("string");
    const formats = [...styles.matchAll(/<numFmt [^>]*formatCode="([^"]*)"/g)].map((match) => match[1].replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&"));
    return { formats, strings: await zip.file("xl/sharedStrings.xml")!.async("string") };
  }

  beforeAll(() => {
    writeCsv(scratch.file("shopify-usd.csv"), shopifyOrders());
    // Most orders in USD; sheet rows 6 and 12 (orders 4 and 10) in EUR, row 15 in CAD.
    writeCsv(scratch.file("shopify-mixed.csv"), shopifyOrders((i) => (i === 4 || i === 10 ? "EUR" : i === 13 ? "CAD" : "USD")));
  });

  it("shows US-dollar orders in dollars: summary.json currency USD, $ number formats, no ¥ anywhere, and says why on stderr", async () => {
    const result = await run("build", "--orders", "shopify-usd.csv", "--period", "2025-07..2025-08", "--out", "usd/review.xlsx", "--json", "usd/summary.json");
    expect(result.stderr).not.toContain("ec-review:");
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/amount\s+← Total/);
    expect(result.stderr).toContain('Currency: USD, as the column "Currency" names it');
    expect(result.stdout).toMatch(/GMV \$[\d.,KM]+, 12 orders, AOV \$[\d,]+\./);
    const summary = JSON.parse(readFileSync(scratch.file("usd/summary.json"), "utf8"));
    expect(Object.keys(summary)[0]).toBe("currency");
    expect(summary.currency).toBe("USD");
    expect(JSON.stringify(summary.findings)).not.toContain("¥");
    const { formats, strings } = await workbookParts("usd/review.xlsx");
    expect(formats).toContain(numberFormats("USD", "en-US").currency);
    expect(formats).toContain("$#,##0.00");
    expect(formats.join(" ")).not.toContain("¥");
    expect(strings).not.toContain("¥");
    expect(strings).toContain("$50");
  });

  it("uses the currency --currency sets, and says what the orders wrote", async () => {
    const result = await run("build", "--orders", "shopify-usd.csv", "--period", "2025-07..2025-08", "--currency", "EUR", "--out", "eur/review.xlsx", "--json", "eur/summary.json");
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("Currency: EUR, as --currency sets it; the orders are written in USD.");
    expect(JSON.parse(readFileSync(scratch.file("eur/summary.json"), "utf8")).currency).toBe("EUR");
    const { formats } = await workbookParts("eur/review.xlsx");
    expect(formats).toContain(numberFormats("EUR", "en-US").currency);
    expect(formats.join(" ")).not.toMatch(/[$¥]/);
  });

  it("refuses amounts in more than one currency, naming the sheet rows of the others, and writes nothing", async () => {
    for (const currency of [[], ["--currency", "USD"]]) {
      const result = await run("build", "--orders", "shopify-mixed.csv", "--period", "2025-07..2025-08", ...currency, "--out", "mixed/review.xlsx");
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("ec-review: shopify-mixed.csv");
      expect(result.stderr).toContain("USD in most rows, another currency in 3 rows, sheet rows 6, 12 (EUR); 15 (CAD).");
      expect(result.stderr).not.toMatch(STACK_LINE);
      expect(existsSync(scratch.file("mixed/review.xlsx"))).toBe(false);
    }
    const chinese = await runCaptured(["build", "--orders", "shopify-mixed.csv", "--out", "mixed/review.xlsx"], scratch.dir, { env: { LANG: "zh_CN.UTF-8" } });
    expect(chinese.code).toBe(1);
    expect(chinese.stderr).toContain("金额不止一种币种：多数行为 USD，另有 3 行是其他币种（工作表行号：6, 12 (EUR); 15 (CAD)）");
  });

  it("says which currency the sample shop's yuan amounts gave, and keeps ¥", async () => {
    const result = await run("build", "--orders", "orders.csv", "--period", "2025-06..2025-10", "--out", "cny/review.xlsx", "--json", "cny/summary.json");
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Currency: CNY, as the amounts in column "实付金额" write it');
    expect(JSON.parse(readFileSync(scratch.file("cny/summary.json"), "utf8")).currency).toBe("CNY");
    expect((await workbookParts("cny/review.xlsx")).formats).toContain(numberFormats("CNY", "en-US").currency);
  });
});

describe("ec-review build --map", () => {
  /** A sales ledger whose channel column has a header EC Review does not know: guessed, too unsurely to be used. */
  function ledger(): unknown[][] {
    const grid: unknown[][] = [["Order ID", "Order Date", "Ship Date", "Customer ID", "Mode", "Product Name", "Sales", "收件人"]];
    const modes = ["Standard Class", "Second Class", "First Class"];
    for (let i = 0; i < 90; i++) {
      const day = new Date(Date.UTC(2025, 5, 1 + Math.floor(i / 3)));
      const shipped = new Date(day.getTime() + (2 + (i % 4)) * 86_400_000);
      grid.push([
        `CA-${100_000 + i}`, day.toISOString().slice(0, 10), shipped.toISOString().slice(0, 10), `CG-${12_520 + (i % 29)}`, modes[i % 3],
        ["Bookcase", "Stacking Chairs", "Address Labels"][i % 3], (40 + ((i * 37.13) % 400)).toFixed(2), `R${i % 31}`,
      ]);
    }
    return grid;
  }

  it("shows an unsure channel as a suggestion, not used, and uses it once --map confirms it", async () => {
    writeCsv(scratch.file("ledger.csv"), ledger());
    const guessed = await run("build", "--orders", "ledger.csv", "--out", "ledger.xlsx", "--json", "ledger.json", "--period", "2025-06");
    expect(guessed.code).toBe(0);
    expect(guessed.stderr).toMatch(/createdTime +← Order Date +0\.90 +by header/);
    // Ship Date is the shipping time (its own field), never the order's time.
    expect(guessed.stderr).not.toMatch(/(createdTime|paidTime) +← Ship Date/);
    expect(guessed.stderr).toMatch(/shippedTime +← Ship Date/);
    expect(guessed.stderr).toMatch(/channel +← Mode +0\.\d\d +suggested, not used; --map "channel=Mode" uses it/);
    const channelsOf = (file: string) => JSON.parse(readFileSync(scratch.file(file), "utf8")).channels.map((c: { channel: string }) => c.channel);
    expect(channelsOf("ledger.json")).not.toContain("First Class");

    const confirmed = await run("build", "--orders", "ledger.csv", "--out", "ledger.xlsx", "--json", "ledger.json", "--period", "2025-06", "--map", "channel=Mode");
    expect(confirmed.code).toBe(0);
    expect(confirmed.stderr).toMatch(/channel +← Mode +1\.00 +chosen/);
    expect(channelsOf("ledger.json")).toEqual(expect.arrayContaining(["Standard Class", "Second Class", "First Class"]));
  });

  it("names a column the detection left out, by its header in any spelling, or unmaps one with none", async () => {
    const result = await run("build", "--orders", "ledger.csv", "--out", "ledger.xlsx", "--period", "2025-06", "--map", "buyer=收件人, itemTitle=none, orderId=order id");
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/buyer +← 收件人 +1\.00 +chosen/);
    expect(result.stderr).toMatch(/orderId +← Order ID +1\.00 +chosen/);
    expect(result.stderr).not.toMatch(/itemTitle +←/);
  });

  it("says in Chinese which header it could not find", async () => {
    const result = await runCaptured(["build", "--orders", "ledger.csv", "--out", "x.xlsx", "--map", "channel=渠道名"], scratch.dir, { env: { LANG: "zh_CN.UTF-8" } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--map channel=渠道名：ledger.csv 的工作表“ledger”没有表头为“渠道名”的列。");
    const unknown = await runCaptured(["build", "--orders", "ledger.csv", "--out", "x.xlsx", "--map", "渠道=Mode"], scratch.dir, { env: { LANG: "zh_CN.UTF-8" } });
    expect(unknown.stderr).toContain("--map：订单表没有字段“渠道”。");
  });
});

describe("ec-review: progress", () => {
  it("writes nothing but the mapping and notices for a small input off a terminal", async () => {
    const result = await run("build", "--orders", "orders.csv", "--out", "quiet.xlsx");
    expect(result.stderr).not.toContain("Reading");
    expect(result.stderr).not.toContain("\r");
  });

  it("redraws one line in place on a terminal and erases it at the end", async () => {
    const result = await runCaptured(["build", "--orders", "orders.csv", "--out", "tty.xlsx"], scratch.dir, { stderrIsTTY: true });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("\rReading orders.csv… ");
    expect(result.stderr).toContain("\rWriting tty.xlsx…\u001b[K");
    expect(result.stderr.endsWith("\r\u001b[K")).toBe(true);
  });

  it("logs one line per stage for an input over 100,000 rows, without \\r", async () => {
    const shop = generateSampleShop({ orders: 150_000, seed: 2, dirtyRate: 0 });
    writeCsv(scratch.file("orders-150k.csv"), shop.orders, ORDER_TIMES);
    const result = await run("build", "--orders", "orders-150k.csv", "--out", "big.xlsx");
    expect(result.code).toBe(0);
    const lines = result.stderr.split("\n");
    const rows = `${(shop.orders.length).toLocaleString("en-US")} rows`;
    expect(lines.filter((line) => line.startsWith("Reading orders-150k.csv…"))).toEqual([`Reading orders-150k.csv… ${rows}`]);
    expect(lines.filter((line) => line.startsWith("Detecting"))).toEqual([`Detecting tables and columns… ${rows}`]);
    expect(lines.filter((line) => line.startsWith("Computing"))).toEqual([`Computing the review… ${rows}`]);
    expect(lines.filter((line) => line.startsWith("Writing"))).toEqual(["Writing big.xlsx…"]);
    expect(result.stderr).not.toContain("\r");
    expect(result.stderr).not.toContain("\u001b");
  });
});

describe("ec-review demo", () => {
  it.each([
    ["en-US", ["Review", "Outreach by segment", "Orders", "Items", "Ad spend", "Traffic", "Costs", "Experiments", "Touchpoints"]],
    ["zh-CN", ["运营复盘", "分层触达名单", "订单", "宝贝报表", "投放", "流量", "成本", "实验", "触点"]],
  ])("writes one workbook, review sheet first, then the data sheets, and summary.json (%s)", async (lang, sheets) => {
    const result = await run("demo", "--out", `demo-${lang}`, "--orders", "3000", "--lang", lang);
    expect(result.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(scratch.file(`demo-${lang}/ec-review-demo.xlsx`));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(sheets);
    const orders = workbook.worksheets[2];
    expect(orders.getRow(1).values).toEqual([undefined, ...ORDER_HEADERS]);
    // Payment times are dates in the data sheet, not serial numbers (or text where the export wrote text).
    const paid = [2, 3, 4, 5, 6].map((row) => orders.getCell(row, PAID_TIME + 1).value);
    expect(paid.some((value) => value instanceof Date)).toBe(true);
    // So are the shipping times (发货时间), though the review never dates an order by them.
    const shipped = [2, 3, 4, 5, 6, 7, 8, 9, 10].map((row) => orders.getCell(row, ORDER_COLUMN("发货时间") + 1).value);
    expect(shipped.some((value) => value instanceof Date)).toBe(true);
    // The item report joined to the orders, the cost table matched to its lines, the A/B test table as data.
    expect(workbook.worksheets[3].getRow(1).values).toEqual([undefined, ...ITEM_HEADERS]);
    expect(workbook.worksheets[6].getRow(1).values).toEqual([undefined, ...COST_HEADERS]);
    expect(workbook.worksheets[7].getRow(1).values).toEqual([undefined, ...EXPERIMENT_HEADERS]);
    expect(workbook.worksheets[7].actualRowCount).toBe(5);
    // The touchpoints the channel contribution credits the orders along, their times as dates.
    expect(workbook.worksheets[8].getRow(1).values).toEqual([undefined, ...TOUCHPOINT_HEADERS]);
    expect(workbook.worksheets[8].getCell(2, 2).value).toBeInstanceOf(Date);
    expect(result.stderr).toMatch(lang === "en-US" ? /Items from Items, joined by 订单编号: [\d,]+ lines of [\d,]+ orders; 0 lines of no order read/ : /宝贝明细取自 宝贝报表，按“订单编号”关联/);
    const summary = JSON.parse(readFileSync(scratch.file(`demo-${lang}/summary.json`), "utf8"));
    expect(summary.period).toEqual({ from: "2025-06", to: "2025-10" });
    expect(summary.comparisonPeriod).toEqual({ from: "2025-01", to: "2025-05", mode: "previous" });
    expect(summary.attainment.map((row: { metric: string; target: number | null }) => [row.metric, row.target !== null])).toEqual([
      ["gmv", true], ["gmvGrowth", true], ["aov", true], ["aovGrowth", true], ["repurchaseRate", true], ["repurchaseGrowth", true], ["conversionRate", true],
      // The demo sets the items' margin band, not an overall gross margin target.
      ["grossMargin", false],
      // The real review's industry figure for the cost of a new buyer: a benchmark, no target.
      ["costPerNewBuyer", false],
    ]);
    expect(summary.attainment[6]).toMatchObject({ metric: "conversionRate", target: 0.035, benchmark: 0.038 });
    expect(summary.benchmarks).toEqual({ conversionRate: 0.038, costPerNewBuyer: 25 });
    expect(summary.comparison.monthsWithoutData).toEqual([]);
    // The channel contribution from the touchpoints: every model adds up to the period's orders.
    expect(summary.attribution.source).toBe("touchpoints");
    for (const model of summary.attribution.models as string[]) {
      const credited = summary.attribution.channels.reduce((sum: number, row: { conversions: Record<string, number> }) => sum + row.conversions[model], 0);
      expect(credited, model).toBeCloseTo(summary.orders, 6);
    }
  });
});

describe("ec-review build: exports without a buyer column (抖店, 拼多多)", () => {
  // 抖店 订单管理 › 导出: one row per 子订单 under its 主订单编号, 订单应付金额 (the main order's total)
  // repeated on each sub-order, ids with a leading tab, a masked phone that is no buyer, UTF-8 with BOM.
  const HEADERS = ["主订单编号", "子订单编号", "选购商品", "商品数量", "商品金额", "订单应付金额", "订单提交时间", "支付完成时间", "订单状态", "售后状态", "流量来源", "收件人手机号", "发货时间"];
  const sub = (main: string, k: number, item: string, quantity: number, line: string, total: string, created: string, paid: string, status: string, channel: string, phone: string, shipped: string) =>
    [`\t${main}`, `\t${main}-${k}`, item, quantity, line, total, created, paid, status, "", channel, phone, shipped];
  const ROWS = [
    sub("6920001", 1, "保湿面霜", 1, "100.00", "150.00", "2025-06-03 09:58:00", "2025-06-03 10:00:00", "已完成", "直播", "138****1234", "2025-06-04 09:00:00"),
    sub("6920001", 2, "洁面乳", 1, "60.00", "150.00", "2025-06-03 09:58:00", "2025-06-03 10:00:00", "已完成", "直播", "138****1234", "2025-06-04 09:00:00"),
    sub("6920002", 1, "面膜", 2, "88.00", "88.00", "2025-06-10 20:01:00", "2025-06-10 20:02:00", "已发货", "短视频", "139****5678", "2025-06-11 10:00:00"),
    sub("6920003", 1, "面膜", 1, "30.00", "95.00", "2025-06-20 12:00:00", "2025-06-20 12:01:00", "已完成", "商品卡", "138****1234", "2025-06-21 08:00:00"),
    sub("6920003", 2, "面膜", 1, "30.00", "95.00", "2025-06-20 12:00:00", "2025-06-20 12:01:00", "已完成", "商品卡", "138****1234", "2025-06-21 08:00:00"),
    sub("6920003", 3, "精华", 1, "40.00", "95.00", "2025-06-20 12:00:00", "2025-06-20 12:01:00", "已完成", "商品卡", "138****1234", "2025-06-21 08:00:00"),
    // Closed and never paid: no figure.
    sub("6920004", 1, "精华", 1, "50.00", "100.00", "2025-06-25 18:00:00", "", "已关闭", "直播", "137****0000", ""),
    sub("6920004", 2, "面霜", 1, "50.00", "100.00", "2025-06-25 18:00:00", "", "已关闭", "直播", "137****0000", ""),
    // Placed, never paid: counted apart.
    sub("6920005", 1, "面膜", 1, "70.00", "70.00", "2025-07-01 08:00:00", "", "待支付", "短视频", "136****1111", ""),
    sub("6920006", 1, "套装", 1, "200.00", "299.00", "2025-07-02 21:00:00", "2025-07-02 21:03:00", "已完成", "直播", "139****5678", "2025-07-03 12:00:00"),
    sub("6920006", 2, "面霜", 1, "120.00", "299.00", "2025-07-02 21:00:00", "2025-07-02 21:03:00", "已完成", "直播", "139****5678", "2025-07-03 12:00:00"),
    sub("6920007", 1, "洁面乳", 1, "45.00", "45.00", "2025-07-15 11:11:00", "2025-07-15 11:12:00", "已完成", "短视频", "135****2222", "2025-07-16 09:00:00"),
    sub("6920008", 1, "精华", 1, "66.00", "100.00", "2025-07-28 22:00:00", "2025-07-28 22:00:30", "已完成", "商品卡", "138****1234", "2025-07-29 09:00:00"),
    sub("6920008", 2, "面膜", 1, "34.00", "100.00", "2025-07-28 22:00:00", "2025-07-28 22:00:30", "已完成", "商品卡", "138****1234", "2025-07-29 09:00:00"),
  ];
  // By hand: the main orders paid and not closed are 6920001, -2, -3, -6, -7, -8, each total taken once.
  const ORDERS = 6;
  const GMV = 150 + 88 + 95 + 299 + 45 + 100;

  beforeAll(() => writeFileSync(scratch.file("douyin.csv"), `\uFEFF${csvText([HEADERS, ...ROWS])}`));

  it("builds the review: orders and GMV by main order, closed and unpaid orders out, the figures of buyers null", async () => {
    const result = await run("build", "--orders", "douyin.csv", "--period", "2025-06..2025-07", "--targets", "targets.json", "--out", "douyin.xlsx", "--json", "douyin.json");
    expect(result.stderr).not.toContain("ec-review:");
    expect(result.code).toBe(0);
    expect(result.stderr).not.toMatch(/buyer\s+←/);
    expect(result.stderr).toContain("douyin.csv: the orders have no buyer column: repurchase, new buyers, cohorts and RFM segments are left out, and conversion is orders ÷ visitors.");
    expect(result.stderr).toContain("6 orders in 11 lines");
    const summary = JSON.parse(readFileSync(scratch.file("douyin.json"), "utf8"));
    expect(summary.orders).toBe(ORDERS);
    expect(summary.gmv).toBeCloseTo(GMV, 9);
    expect(summary.aov).toBeCloseTo(GMV / ORDERS, 9);
    expect([summary.ordersRead, summary.orderLines, summary.amountShape]).toEqual([ORDERS, 11, "orderTotalRepeated"]);
    // The closed order has no payment time: in no period, counted as undated.
    expect([summary.unpaidOrders, summary.excludedByStatus, summary.excludedByStatusUndated, summary.skipped]).toEqual([1, 0, 1, []]);
    expect([summary.buyers, summary.aovPerBuyer, summary.repurchaseRate, summary.newBuyers]).toEqual([null, null, null, null]);
    expect([summary.cohorts, summary.rfmSegments]).toEqual([[], []]);
    expect(summary.attainment.find((row: { metric: string }) => row.metric === "repurchaseRate")).toMatchObject({ target: 0.3, actual: null, attainment: null, status: null });
    expect(summary.findings.map((f: { key: string }) => f.key)).not.toContain("finding.repurchaseTarget");
    // The text of the file holds no NaN or Infinity (JSON would have written them as null: look before it does).
    expect(readFileSync(scratch.file("douyin.json"), "utf8")).not.toMatch(/NaN|Infinity/);
    expect(existsSync(scratch.file("douyin.xlsx"))).toBe(true);
  });

  it("reads a 拼多多 export, one row per order and no buyer column, the same way", async () => {
    const headers = ["订单号", "商品", "订单状态", "商品总价(元)", "店铺优惠折扣(元)", "平台优惠折扣(元)", "用户实付金额(元)", "商家实收金额(元)", "商品数量(件)", "订单成交时间", "发货时间", "确认收货时间", "售后状态"];
    writeCsv(scratch.file("pdd.csv"), [
      headers,
      ["250601-123456789012345", "纸巾 10包", "已收货", "39.90", "2.00", "3.00", "34.90", "36.90", "1", "2025-06-01 10:00:00", "2025-06-02 10:00:00", "2025-06-05 10:00:00", "无售后或售后取消"],
      ["250602-123456789012346", "纸巾 20包", "已发货，待收货", "69.90", "0.00", "5.00", "64.90", "69.90", "1", "2025-06-02 11:00:00", "2025-06-03 10:00:00", "", "无售后或售后取消"],
      ["250603-123456789012347", "纸巾 10包", "已取消", "39.90", "0.00", "0.00", "39.90", "39.90", "1", "2025-06-03 12:00:00", "", "", ""],
      ["250710-123456789012348", "湿巾", "已收货", "19.90", "0.00", "0.00", "19.90", "19.90", "2", "2025-07-10 09:00:00", "2025-07-11 10:00:00", "2025-07-14 10:00:00", "无售后或售后取消"],
    ]);
    const result = await run("build", "--orders", "pdd.csv", "--period", "2025-06..2025-07", "--out", "pdd.xlsx", "--json", "pdd.json");
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("pdd.csv: the orders have no buyer column");
    const summary = JSON.parse(readFileSync(scratch.file("pdd.json"), "utf8"));
    // 用户实付金额 of the three orders not cancelled.
    expect([summary.orders, summary.excludedByStatus]).toEqual([3, 1]);
    expect(summary.gmv).toBeCloseTo(34.9 + 64.9 + 19.9, 9);
    expect([summary.buyers, summary.repurchaseRate]).toEqual([null, null]);
  });

  it("says the same in Chinese", async () => {
    const result = await runCaptured(["build", "--orders", "douyin.csv", "--period", "2025-06..2025-07", "--out", "douyin-zh.xlsx"], scratch.dir, { env: { LANG: "zh_CN.UTF-8" } });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("douyin.csv：订单没有买家列：不计算复购率、新客、同期群留存和 RFM 分层，转化率按订单数 ÷ 访客数计算。");
  });
});
