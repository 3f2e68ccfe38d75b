/**
 * The workbook gateway as the pane uses it: `WorkbookGateway` (workbook/workbook-gateway.ts, the
 * one module that makes office-js calls), plus `insertFormula` where the gateway offers it — the
 * Functions tab shows its insert buttons only then.
 */
import type { InsertedFormula, WorkbookGateway } from "./workbook/workbook-gateway";

export interface PaneGateway extends WorkbookGateway {
  /** Puts `formula` into the selected cell, or the first empty cell below it (see `WorkbookGateway.insertFormula`). */
  insertFormula?(formula: string): Promise<InsertedFormula | void>;
}
