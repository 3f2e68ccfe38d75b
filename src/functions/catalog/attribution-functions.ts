/**
 * The `EC.` function of issue 15, channel contribution: ATTRIBUTION (conversion paths credited to
 * their channels under last touch, first touch, linear, position-based, the Markov chain's removal
 * effects and the Shapley value, side by side). The engine is src/engine/metrics/attribution.ts.
 */
import { attributePaths, type AttributionModel, type ModelCredit } from "../../engine/metrics/attribution";
import { MAX_PATH_STEPS, parsePathTexts, pathsOfRows } from "../../engine/metrics/attribution-paths";
import { metricError } from "../../engine/metric-error";
import type { MessageKey } from "../../i18n/messages";
import { cellLocation, readKeys, readNumbers } from "../arguments";
import { toCellNumber, type ExcelScalar } from "../excel-values";
import { defineFunction } from "./function-entry";
import { header, label, need } from "./runner";

/** The models a path table can be credited under: time decay needs the touches' times (touchpoints), which a path text has not. */
export const PATH_MODELS = ["lastTouch", "firstTouch", "linear", "positionBased", "markov", "shapley"] as const satisfies readonly AttributionModel[];
const MODEL_CHOICES = ["all", ...PATH_MODELS.map((model) => model.toLowerCase())];

const MODEL_LABELS: Readonly<Record<(typeof PATH_MODELS)[number], MessageKey>> = {
  lastTouch: "label.model.lastTouch", firstTouch: "label.model.firstTouch", linear: "label.model.linear",
  positionBased: "label.model.positionBased", markov: "label.model.markov", shapley: "label.model.shapley",
};

export const ATTRIBUTION = defineFunction({
  id: "ATTRIBUTION",
  exportName: "attributionFunction",
  engine: "attributePaths",
  en: {
    description: "Credits conversion paths (channels joined by >, ›, → or commas, as GA4's paths report writes them) to their channels under last touch, first touch, linear, position-based (40/20/40), the Markov chain (removal effects) and the Shapley value, side by side; or under one model. Every model's credits add up to the conversions (and the value). Channel names differing only by case or spacing are one channel. Spills a table.",
    result: "Channel, then the conversions credited under each model (and the value, when given); with a model named: channel, conversions, share, value.",
  },
  zh: {
    description: "把转化路径（渠道以 >、›、→ 或逗号连接，与 GA4 路径报告一致）的转化按末次触点、首次触点、线性、位置（40/20/40）、马尔可夫链（移除效应）和 Shapley 值分给各渠道，并列展示；也可只看一个模型。每个模型分出的转化（及价值）合计等于总数。只差大小写或空格的渠道名视为同一渠道。返回表格。",
    result: "渠道，以及各模型分到的转化数（给出价值时还有价值）；指定模型时：渠道、转化数、占比、价值。",
  },
  parameters: [
    { name: "paths", kind: "keys", what: "what.paths", en: "Conversion path of each row: 小红书 > 抖音本地推 > 站内搜索.", zh: { name: "转化路径", description: "每行的转化路径：小红书 > 抖音本地推 > 站内搜索。" } },
    { name: "conversions", kind: "numbers", what: "what.pathConversions", en: "Conversions of each path.", zh: { name: "转化数", description: "每条路径的转化数。" } },
    { name: "value", kind: "numbers", what: "what.pathValue", optional: true, en: "Conversion value (GMV) of each path.", zh: { name: "转化价值", description: "每条路径的转化价值（成交金额）。" } },
    {
      name: "model", kind: "text", optional: true, choices: MODEL_CHOICES,
      en: "One model: lasttouch, firsttouch, linear, positionbased, markov or shapley (default all, side by side).",
      zh: { name: "模型", description: "只看一个模型：lasttouch、firsttouch、linear、positionbased、markov 或 shapley（默认 all，全部并列）。" },
    },
  ],
  align: [["paths", "conversions", "value"]],
  example: {
    formula: "=EC.ATTRIBUTION(A2:A4, B2:B4, C2:C4)",
    result: "with 小红书 > 站内搜索 (10), 站内搜索 (5) and 小红书 > 直播 > 站内搜索 (5): last touch gives 站内搜索 all 20, linear gives 小红书 6.67, Markov and Shapley show 小红书's part in opening paths",
    resultZh: "小红书 > 站内搜索（10）、站内搜索（5）、小红书 > 直播 > 站内搜索（5）时：末次触点把 20 个转化都给站内搜索，线性给小红书 6.67，马尔可夫与 Shapley 显示小红书开启路径的贡献",
  },
  errors: ["cell.emptyPath", "cell.pathTooLong", "cell.missingPathConversions", "cell.negativeConversions", "result.notFinite"],
  compute: ({ paths, conversions, value, model }, locale) => {
    const keys = need(readKeys(paths));
    const counts = need(readNumbers(conversions));
    const values = value === undefined ? null : need(readNumbers(value));
    const textOf = new Int32Array(keys.codes.length);
    for (let i = 0; i < keys.codes.length; i++) {
      const c = counts[i];
      const blankValue = values === null || values[i] !== values[i];
      if (keys.codes[i] < 0) {
        // A wholly blank row is passed over; a row with figures but no path is a mistake.
        if (c !== c && blankValue) {
          textOf[i] = -1;
          continue;
        }
        return metricError("VALUE", "cell.emptyPath", cellLocation(paths, i));
      }
      if (c !== c) return metricError("VALUE", "cell.missingPathConversions", cellLocation(conversions, i));
      if (c < 0) return metricError("NUM", "cell.negativeConversions", cellLocation(conversions, i));
      textOf[i] = keys.codes[i];
    }
    const parsed = parsePathTexts(keys.names);
    if ("problem" in parsed) {
      const row = keys.codes.indexOf(parsed.index);
      return parsed.problem === "empty"
        ? metricError("VALUE", "cell.emptyPath", cellLocation(paths, row))
        : metricError("VALUE", "cell.pathTooLong", { ...cellLocation(paths, row), steps: parsed.steps, max: MAX_PATH_STEPS });
    }
    const result = need(attributePaths(pathsOfRows(parsed, textOf, counts, values)));
    const credits: Record<(typeof PATH_MODELS)[number], ModelCredit> = {
      lastTouch: result.lastTouch, firstTouch: result.firstTouch, linear: result.linear, positionBased: result.positionBased,
      // Every path converted or not, the chain exists once a conversion does; without one every credit is 0.
      markov: result.markov ?? { conversions: new Float64Array(parsed.channelNames.length), value: new Float64Array(parsed.channelNames.length) },
      shapley: result.shapley,
    };
    const n = (x: number): ExcelScalar => toCellNumber(x, locale);
    // Largest last-touch credit first: the order an operator knows from the platform's own report.
    const order = parsed.channelNames.map((_, c) => c).sort((a, b) => result.lastTouch.conversions[b] - result.lastTouch.conversions[a] || a - b);
    const chosen = model === "all" ? null : PATH_MODELS.find((m) => m.toLowerCase() === model)!;
    if (chosen !== null) {
      const credit = credits[chosen];
      const table: ExcelScalar[][] = [header(locale, ["label.channel", "label.conversions", "label.share", ...(values === null ? [] : ["label.value" as const])])];
      for (const c of order) {
        const share = result.totalConversions > 0 ? credit.conversions[c] / result.totalConversions : 0;
        table.push([parsed.channelNames[c], n(credit.conversions[c]), n(share), ...(values === null ? [] : [n(credit.value[c])])]);
      }
      return table;
    }
    const table: ExcelScalar[][] = [[
      label(locale, "label.channel"),
      ...PATH_MODELS.map((m) => label(locale, MODEL_LABELS[m])),
      ...(values === null ? [] : PATH_MODELS.map((m) => `${label(locale, MODEL_LABELS[m])} · ${label(locale, "label.value")}`)),
    ]];
    for (const c of order) {
      table.push([
        parsed.channelNames[c],
        ...PATH_MODELS.map((m) => n(credits[m].conversions[c])),
        ...(values === null ? [] : PATH_MODELS.map((m) => n(credits[m].value[c]))),
      ]);
    }
    return table;
  },
});
