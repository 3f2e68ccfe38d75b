/**
 * What the task pane asks of the workbook, as plain async functions: which tables there are,
 * their cells, writing the review sheet, the review's settings. The pane never touches office.js;
 * `createExcelWorkbook()` (excel-workbook.ts) implements this against Excel, and browser tests
 * can implement it in the page.
 */
import type { AmountShape } from "../../engine/orders/order-groups";
import type { TableField, TableKind } from "../../review/tables/table-fields";
import type { ReviewTargets } from "../../review/review-inputs";
import type { ComparisonMode } from "../../review/review-period";
import type { SheetLayout } from "../../review/sheet-layout";
import type { Locale } from "../../i18n/messages";
import type { CurrencyCode } from "../../engine/cells/detect-currency";
import type { TextCut } from "../../review/sheet-layout/cell-text";

/** A place the operator's data can be read from: a worksheet's used range or an Excel table. */
export interface SourceSheet {
  /** The worksheet's or the table's name. */
  readonly name: string;
  readonly kind: "worksheet" | "table";
  /** Rows and columns `readSource` returns (for a table: header and body, not the total row). */
  readonly rows: number;
  readonly columns: number;
  /** True for sheets EC Review created (the review); the pane offers only the others as sources. */
  readonly owned: boolean;
  /** The range `readSource` returns, sheet-qualified, e.g. `订单!A1:I1001`; empty when there is nothing to read. */
  readonly address: string;
  /** The sheet row (1-based) of the first row `readSource` returns: `firstSheetRow` for the table readers. */
  readonly firstRow: number;
}

export interface ReadSourceOptions {
  /** Called after each chunk with the rows read so far and the rows in all. */
  onProgress?(read: number, total: number): void;
  /** Checked between chunks; an aborted read rejects with the signal's reason (an "AbortError"). */
  signal?: AbortSignal;
  /** Which kind of source `name` names, as `listSources` reported it. Default: a worksheet, else a table of that name. */
  kind?: SourceSheet["kind"];
  /**
   * The same source as read before (the pane's scan): rows that have not changed are taken from it,
   * so that reading a sheet again does not hold a second copy of it.
   */
  previous?: readonly (readonly unknown[])[];
}

/** The stages of `writeReview`, in order, as reported to `onProgress` (the pane shows them through its string tables). */
export type WriteReviewStage = "inspect" | "cells" | "formats" | "charts" | "commit";

export interface WriteReviewOptions {
  onProgress?(stage: WriteReviewStage): void;
  /**
   * Checked before each stage. Until the last stage an aborted write leaves the workbook as it was
   * (the sheet being built is removed) and rejects with the signal's reason.
   */
  signal?: AbortSignal;
}

export interface WriteReviewResult {
  /** The sheet that now holds the review. */
  readonly sheetName: string;
  /** Set when the layout's name was taken by a sheet EC Review did not create: that name. */
  readonly renamedBecauseTaken?: string;
  /**
   * Sheets EC Review marked as its own half-built review that the operator made visible: never
   * deleted without asking, left as they are (the pane names them; the operator deletes them).
   */
  readonly leftAlone?: readonly string[];
  /** The inputs (`LayoutInput.key`, e.g. "target.gmv") whose typed content Refresh kept instead of the layout's. */
  readonly keptInputs?: readonly string[];
  /** The texts cut to Excel's limit (a cell holds 32,767 characters), when any was. */
  readonly textsCut?: readonly TextCut[];
}

/**
 * A table of plain values that EC Review writes to a sheet of its own beside the review: the
 * outreach list (分层触达名单). Header first; each column's number format applies to its rows below.
 */
export interface ListSheet {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
  /** Excel number format code of each column below the header: "@" (text), "yyyy-mm-dd", "¥#,##0.00", "General". */
  readonly columnFormats: readonly string[];
}

export interface WriteListSheetResult {
  /** The sheet that now holds the list. */
  readonly sheetName: string;
  /** Set when the list's name was taken by a sheet EC Review did not create: that name. */
  readonly renamedBecauseTaken?: string;
  /** Rows left out beyond Excel's last row. */
  readonly rowsCut?: number;
}

/** Where `insertFormula` put the formula. */
export interface InsertedFormula {
  /** The cell written, sheet-qualified as Excel gives it ("Sheet1!C7"). */
  readonly address: string;
  /** The top-left cell of the selection; differs from `address` when that cell was not empty. */
  readonly selected: string;
}

/** Where the share actions work: the cells selected in Excel, or a whole sheet. */
export type FormulaScope = { readonly kind: "selection" } | { readonly kind: "sheet"; readonly sheet: string };

/** A cell that holds an `EC.` formula. */
export interface EcFormulaCell {
  readonly sheet: string;
  /** The cell, e.g. "C7". */
  readonly cell: string;
  /** The formula as Excel gives it (`_xldudf_EC_…` where the add-in is not loaded). */
  readonly formula: string;
  /** The range its result spills into ("C7:H19", the formula's cell first), when it spills. */
  readonly spill?: string;
}

/** The cells of the workbook that still hold an `EC.` formula (`checkEcFormulas`). */
export interface EcFormulaCheck {
  /** The cells, sheet by sheet in workbook order, each sheet's row by row; at most `listed` of them. */
  readonly cells: readonly EcFormulaCell[];
  /** Every sheet that holds any, in workbook order, with how many it holds. */
  readonly sheets: readonly { readonly sheet: string; readonly count: number }[];
  readonly total: number;
}

/** Where a converted cell's formula was kept: in a note on it, a comment on it, or the hidden formulas sheet. */
export type KeptIn = "note" | "comment" | "sheet";

/** The range a share action looked at: the sheet, and the selected range on it (absent for a whole sheet). */
export interface ScopeLooked {
  readonly sheet: string;
  readonly range?: string;
}

export interface ConvertResult {
  readonly scope: ScopeLooked;
  /** The cells turned into their values (a spill's cell is the formula's), and where each formula was kept. */
  readonly converted: readonly (EcFormulaCell & { readonly keptIn: KeptIn })[];
  /**
   * `EC.` cells left as formulas: `pending` while Excel still computes them (#BUSY!), `unknown` where
   * the function is not known (#NAME?: the add-in is not loaded), `error` for another error value.
   */
  readonly refused: readonly (EcFormulaCell & { readonly reason: "pending" | "unknown" | "error"; readonly value: string })[];
  /** The hidden sheet that keeps formulas, when any was kept there. */
  readonly formulasSheet?: string;
}

export interface RestoreResult {
  readonly scope: ScopeLooked;
  readonly restored: readonly EcFormulaCell[];
  /**
   * Kept formulas not put back: `hasFormula` when the cell holds a formula again (it stays, and so
   * does what kept it), `blocked` when a cell its result would spill into holds a formula.
   */
  readonly skipped: readonly (EcFormulaCell & { readonly reason: "hasFormula" | "blocked" })[];
}

/** Which column (0-based) of a source holds a field, as the operator chose it; `null`: the source has no such column. */
export type MappingOverrides = { readonly [F in TableField]?: number | null };

/**
 * The review's settings, stored in the workbook so that Refresh, and a colleague opening the file,
 * build the same review. Serialized as JSON with `version`; a newer or unreadable version loads as null.
 */
/** The tables a review can do without. */
export const OPTIONAL_TABLE_KINDS = ["adSpend", "traffic", "costs", "items", "experiments", "touchpoints"] as const;
export type OptionalTableKind = (typeof OPTIONAL_TABLE_KINDS)[number];

export interface ReviewSettings {
  readonly version: 1;
  /** Source names as `listSources` reports them. */
  readonly sources: { readonly orders: string } & { readonly [K in OptionalTableKind]?: string };
  /** Optional tables the operator set to "Not used": they stay unused, not detected again. */
  readonly unused?: readonly OptionalTableKind[];
  /** Column choices that override the detected mapping, per source. */
  readonly mappings: { readonly [K in TableKind]?: MappingOverrides };
  /** How the order table holds an order's amount over its rows, when the operator set it (see `AmountShape`). */
  readonly amountShape?: AmountShape;
  /** The review period, e.g. "2025-06..2025-10" (see `parseMonthRange`). */
  readonly period: string;
  readonly compare: ComparisonMode;
  readonly targets: ReviewTargets;
  /** Attainment at or above `met` is met, at or above `near` is near. */
  readonly thresholds: { readonly met: number; readonly near: number };
  /** The currency the operator chose for the review; absent: the one found in the orders. */
  readonly currency?: CurrencyCode;
  readonly language: Locale;
  /**
   * True when the operator chose "Follow Office": the pane then takes Office's language when it
   * opens, whatever `language` (the language the review was last written in) says. False for a
   * language chosen in the pane. Absent in settings written before it existed.
   */
  readonly followOffice?: boolean;
}

export interface HostSupport {
  readonly supported: boolean;
  /** The requirement sets the host lacks, e.g. "ExcelApi 1.12". */
  readonly missing: string[];
}

export interface WorkbookGateway {
  /** Whether the host supports every requirement set the gateway uses. */
  hostSupport(): Promise<HostSupport>;
  /** The used range of every worksheet and every table, in workbook order. */
  listSources(): Promise<SourceSheet[]>;
  /** The values of a source (used range, or table with its header), read in chunks that keep each response under 4 MB. */
  readSource(name: string, options?: ReadSourceOptions): Promise<unknown[][]>;
  /**
   * Writes the review to a sheet EC Review owns: the owned sheet of the layout's name is rewritten
   * in place (same sheet, name and position, so references to it survive; the targets typed into
   * it are kept), a sheet of that name the operator made is never touched (the review gets a new
   * name), and no visible sheet is ever deleted.
   */
  writeReview(layout: SheetLayout, options?: WriteReviewOptions): Promise<WriteReviewResult>;
  /**
   * Writes a list (`ListSheet`) to a sheet EC Review owns, with the review's rules: its owned sheet
   * of that name is rewritten in place, a sheet of that name the operator made is never touched
   * (the list gets "name (2)"), a new sheet is built hidden and shown only once complete. The
   * active sheet stays the one that was.
   */
  writeListSheet(list: ListSheet, options?: { readonly signal?: AbortSignal }): Promise<WriteListSheetResult>;
  loadSettings(): Promise<ReviewSettings | null>;
  /**
   * Saves the settings in the workbook. A review workbook also remembers the add-in there, where the
   * host supports it: a colleague who has EC Review gets its pane when opening the workbook
   * (`Office.AutoShowTaskpaneWithDocument`).
   */
  saveSettings(settings: ReviewSettings): Promise<void>;
  /** Activates a sheet (e.g. the review after it is written). */
  selectSheet(name: string): Promise<void>;
  /**
   * Puts `formula` into the top-left cell of the user's selection — a write to a sheet the add-in
   * does not own (with `convertEcFormulas` and `restoreEcFormulas`, the only ones), made only when
   * the user presses Insert in the function catalog. A cell
   * that holds anything is never overwritten: the formula goes into the first empty cell below it,
   * and the result says which. (A stand-in may resolve without a result: the selected cell.)
   */
  insertFormula?(formula: string): Promise<InsertedFormula | void>;
  /**
   * Lists the cells of every sheet that hold an `EC.` formula (Share check). Reads only the
   * formula cells where the host can find them (`getSpecialCells`), never every cell one by one.
   */
  checkEcFormulas?(): Promise<EcFormulaCheck>;
  /**
   * Turns the `EC.` formulas of `scope` into their current values — a write to the operator's
   * sheets made only when the operator asks for it, only in the range they chose — keeping each formula (in a note on
   * the cell, a comment, or the hidden formulas sheet) so that `restoreEcFormulas` puts it back.
   * A spilled result is turned whole, from the formula's cell. Other formulas are never touched;
   * cells still computing or showing an error are left as formulas (`refused`).
   */
  convertEcFormulas?(scope: FormulaScope, options: { readonly locale: Locale }): Promise<ConvertResult>;
  /** Puts back the formulas `convertEcFormulas` kept in `scope`, and removes what kept them. */
  restoreEcFormulas?(scope: FormulaScope): Promise<RestoreResult>;
}
