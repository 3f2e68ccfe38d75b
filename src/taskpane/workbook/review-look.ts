/**
 * The review's look for office.js: the styles of `review-cell-styles.ts` (written for ExcelJS, the
 * one place the look is defined) translated into the values office.js range formats take, so
 * that the sheet the add-in writes and the .xlsx the command line writes look the same.
 */
import type ExcelJS from "exceljs";
import type { CellStyle, LayoutCell } from "../../review/sheet-layout";
import { COLOR_SCALE, REVIEW_CELL_STYLES, STATUS_FILLS } from "../../review/sheet-layout/review-cell-styles";

export type HorizontalAlignment = "Left" | "Center" | "Right";
export type VerticalAlignment = "Top" | "Center" | "Bottom";
export type BorderEdge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight";

/** One cell style as office.js format properties (colours "#RRGGBB"). */
export interface RangeLook {
  readonly font: { readonly name?: string; readonly size?: number; readonly bold: boolean; readonly color?: string };
  readonly fill?: string;
  readonly horizontalAlignment?: HorizontalAlignment;
  readonly verticalAlignment?: VerticalAlignment;
  readonly wrapText: boolean;
  readonly indentLevel?: number;
  readonly borders: readonly { readonly edge: BorderEdge; readonly weight: "Thin" | "Medium" | "Thick"; readonly color?: string }[];
}

/** "FF1F4E79" (ExcelJS ARGB) → "#1F4E79". */
export function htmlColor(argb: string | undefined): string | undefined {
  if (argb === undefined) return undefined;
  return `#${argb.slice(-6).toUpperCase()}`;
}

/**
 * Styles whose cells align by content, as the .xlsx writer aligns them: text to the left with a
 * one-character indent, numbers (and formulas with a number result) to the right.
 */
const CONTENT_ALIGNED_STYLES: ReadonlySet<CellStyle> = new Set<CellStyle>(["body", "total"]);

/** The side a cell's content sits on, for styles that align by content; undefined for the others. */
export function contentSide(cell: LayoutCell): "left" | "right" | undefined {
  if (!CONTENT_ALIGNED_STYLES.has(cell.style ?? "body")) return undefined;
  if (cell.format === "text") return "left";
  if (cell.formula !== undefined) return typeof cell.result === "string" && cell.result !== "" ? "left" : "right";
  return typeof cell.value === "string" ? "left" : "right";
}

const HORIZONTAL: Readonly<Record<string, HorizontalAlignment>> = { left: "Left", center: "Center", right: "Right" };
const VERTICAL: Readonly<Record<string, VerticalAlignment>> = { top: "Top", middle: "Center", bottom: "Bottom" };
const WEIGHT: Readonly<Record<string, "Thin" | "Medium" | "Thick">> = { thin: "Thin", hair: "Thin", medium: "Medium", thick: "Thick" };
const EDGES: readonly [keyof ExcelJS.Borders, BorderEdge][] = [["top", "EdgeTop"], ["bottom", "EdgeBottom"], ["left", "EdgeLeft"], ["right", "EdgeRight"]];

/** The look of a cell style, with the content side of `contentSide` when given. */
export function rangeLook(style: CellStyle, side?: "left" | "right"): RangeLook {
  const source = REVIEW_CELL_STYLES[style];
  const alignment = source.alignment ?? {};
  const horizontal = side ?? alignment.horizontal;
  const indent = side === undefined ? alignment.indent : side === "left" ? 1 : undefined;
  const fill = source.fill?.type === "pattern" ? htmlColor(source.fill.fgColor?.argb) : undefined;
  const borders = EDGES.flatMap(([key, edge]) => {
    const border = source.border?.[key] as Partial<ExcelJS.Border> | undefined;
    if (border?.style === undefined) return [];
    return [{ edge, weight: WEIGHT[border.style] ?? "Thin", color: htmlColor(border.color?.argb) }];
  });
  return {
    font: { name: source.font?.name, size: source.font?.size, bold: source.font?.bold === true, color: htmlColor(source.font?.color?.argb) },
    ...(fill === undefined ? {} : { fill }),
    ...(horizontal === undefined || HORIZONTAL[horizontal] === undefined ? {} : { horizontalAlignment: HORIZONTAL[horizontal] }),
    ...(alignment.vertical === undefined || VERTICAL[alignment.vertical] === undefined ? {} : { verticalAlignment: VERTICAL[alignment.vertical] }),
    wrapText: alignment.wrapText === true,
    ...(indent === undefined ? {} : { indentLevel: indent }),
    borders,
  };
}

/** The heatmap's three colours, low to high. */
export const COLOR_SCALE_COLORS = { low: htmlColor(COLOR_SCALE.low)!, middle: htmlColor(COLOR_SCALE.middle)!, high: htmlColor(COLOR_SCALE.high)! };

/** Fill and text colour of each status. */
export const STATUS_COLORS = {
  met: { fill: htmlColor(STATUS_FILLS.met.fill)!, font: htmlColor(STATUS_FILLS.met.font)! },
  near: { fill: htmlColor(STATUS_FILLS.near.fill)!, font: htmlColor(STATUS_FILLS.near.font)! },
  missed: { fill: htmlColor(STATUS_FILLS.missed.fill)!, font: htmlColor(STATUS_FILLS.missed.font)! },
};
