/**
 * The review sheet's look, in one place: one ExcelJS style per layout `CellStyle`, and the fills
 * of the conditional formats. A calm report: one font, dark grey text, a single blue accent for
 * the title and section rules, a light header band, hairline rules between body rows.
 *
 * The font is Microsoft YaHei, the font Office on Chinese Windows uses for CJK text; the GB2312
 * charset tells Excel elsewhere to substitute a Chinese font, and LibreOffice falls back to
 * Noto Sans CJK.
 */
import type ExcelJS from "exceljs";
import type { CellStyle } from "../sheet-layout";

const FONT_NAME = "Microsoft YaHei";
/** GB2312, as ECMA-376 Part 1 §18.4.1 (charset) numbers it. */
const FONT_CHARSET_GB2312 = 134;
const FONT_FAMILY_SWISS = 2;

/** ARGB colours. */
export const REVIEW_COLORS = {
  ink: "FF1F2933",
  muted: "FF6B7280",
  accent: "FF1F4E79",
  headerFill: "FFEEF2F7",
  headerRule: "FFA9B6C6",
  bodyRule: "FFE3E8EE",
} as const;

/** Point size of the font each style uses; the writer also sizes rows from it. */
export const REVIEW_FONT_SIZES: Readonly<Record<CellStyle, number>> = {
  title: 16,
  subtitle: 11,
  note: 9,
  section: 12,
  header: 10,
  label: 10,
  body: 10,
  total: 10,
  finding: 10,
  status: 10,
};

/**
 * The least height, in points, of a row holding a cell of each style: table rows get some air
 * above and below their 10-point text, a section title some space above its rule.
 */
export const REVIEW_ROW_HEIGHTS: Readonly<Record<CellStyle, number>> = {
  title: 30,
  subtitle: 18,
  note: 15,
  section: 26,
  header: 22,
  label: 19,
  body: 19,
  total: 21,
  finding: 19,
  status: 19,
};

/** Styles whose text wraps inside the cell (or the merged range); the writer makes their rows tall enough. */
export const WRAPPING_STYLES: ReadonlySet<CellStyle> = new Set<CellStyle>(["header", "finding"]);

function font(style: CellStyle, extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> {
  return { name: FONT_NAME, family: FONT_FAMILY_SWISS, charset: FONT_CHARSET_GB2312, size: REVIEW_FONT_SIZES[style], color: { argb: REVIEW_COLORS.ink }, ...extra };
}

const rule = (style: ExcelJS.BorderStyle, argb: string): Partial<ExcelJS.Border> => ({ style, color: { argb } });

/** The ExcelJS style of each layout cell style, without its number format (the writer adds that). */
export const REVIEW_CELL_STYLES: Readonly<Record<CellStyle, Partial<ExcelJS.Style>>> = {
  title: {
    font: font("title", { bold: true, color: { argb: REVIEW_COLORS.accent } }),
    alignment: { vertical: "middle", horizontal: "left" },
  },
  subtitle: {
    font: font("subtitle", { color: { argb: REVIEW_COLORS.muted } }),
    alignment: { vertical: "middle", horizontal: "left" },
  },
  note: {
    font: font("note", { color: { argb: REVIEW_COLORS.muted } }),
    alignment: { vertical: "middle", horizontal: "left" },
  },
  section: {
    font: font("section", { bold: true, color: { argb: REVIEW_COLORS.accent } }),
    alignment: { vertical: "bottom", horizontal: "left" },
    border: { bottom: rule("medium", REVIEW_COLORS.accent) },
  },
  header: {
    font: font("header", { bold: true }),
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: REVIEW_COLORS.headerFill } },
    alignment: { vertical: "middle", horizontal: "center", wrapText: true },
    border: { bottom: rule("thin", REVIEW_COLORS.headerRule) },
  },
  label: {
    font: font("label"),
    alignment: { vertical: "middle", horizontal: "left", indent: 1 },
    border: { bottom: rule("thin", REVIEW_COLORS.bodyRule) },
  },
  body: {
    font: font("body"),
    alignment: { vertical: "middle" },
    border: { bottom: rule("thin", REVIEW_COLORS.bodyRule) },
  },
  total: {
    font: font("total", { bold: true }),
    alignment: { vertical: "middle" },
    border: { top: rule("thin", REVIEW_COLORS.ink), bottom: rule("thin", REVIEW_COLORS.ink) },
  },
  finding: {
    font: font("finding"),
    alignment: { vertical: "top", horizontal: "left", wrapText: true },
  },
  status: {
    font: font("status", { bold: true }),
    alignment: { vertical: "middle", horizontal: "center" },
    border: { bottom: rule("thin", REVIEW_COLORS.bodyRule) },
  },
};

const DATA_FONT: Partial<ExcelJS.Font> = { name: FONT_NAME, family: FONT_FAMILY_SWISS, charset: FONT_CHARSET_GB2312, size: 10, color: { argb: REVIEW_COLORS.ink } };

/** Cells of a data sheet (orders, ad spend, traffic). */
export const DATA_CELL_STYLE: Partial<ExcelJS.Style> = { font: DATA_FONT };

/** Header row of a data sheet. */
export const DATA_HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: { ...DATA_FONT, bold: true },
  fill: { type: "pattern", pattern: "solid", fgColor: { argb: REVIEW_COLORS.headerFill } },
  alignment: { vertical: "middle" },
  border: { bottom: rule("thin", REVIEW_COLORS.headerRule) },
};

/** Heatmap colours (Excel's own red–yellow–green scale): low, middle (50th percentile), high. */
export const COLOR_SCALE = { low: "FFF8696B", middle: "FFFFEB84", high: "FF63BE7B" } as const;

/** Status fills and text colours: Excel's "Good", "Neutral" and "Bad" cell styles. */
export const STATUS_FILLS = {
  met: { fill: "FFC6EFCE", font: "FF006100" },
  near: { fill: "FFFFEB9C", font: "FF9C5700" },
  missed: { fill: "FFFFC7CE", font: "FF9C0006" },
} as const;
