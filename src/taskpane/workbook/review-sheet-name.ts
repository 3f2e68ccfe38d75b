/**
 * Where the review goes: the sheet of the layout's name when EC Review owns it (Refresh rebuilds
 * it), else the first free or owned "name (2)", "name (3)" … A sheet the operator made is never
 * chosen. A sheet name has fewer than 32 characters
 * (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-name-member),
 * and Excel compares sheet names ignoring case.
 */

export const MAX_SHEET_NAME_LENGTH = 31;

/** What writeReview knows of an existing sheet. */
export interface ExistingSheet {
  readonly name: string;
  readonly position: number;
  /** Created by EC Review. */
  readonly owned: boolean;
  /** An owned sheet left half-built by an interrupted write. */
  readonly building: boolean;
}

export interface ReviewSheetChoice {
  /** The name the review will have. */
  readonly name: string;
  /** The owned sheet of that name that the review replaces, if any. */
  readonly replaces: ExistingSheet | null;
  /** The layout's name when a sheet the operator made holds it. */
  readonly taken?: string;
}

/** "name (n)", the name cut so that the whole stays within 31 characters. */
export function numberedName(name: string, n: number): string {
  if (n === 1) return name.slice(0, MAX_SHEET_NAME_LENGTH);
  const suffix = ` (${n})`;
  return name.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length) + suffix;
}

const sameName = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

/** Picks the review sheet's name among the workbook's sheets. */
export function chooseReviewSheet(wanted: string, sheets: readonly ExistingSheet[]): ReviewSheetChoice {
  const first = numberedName(wanted, 1);
  for (let n = 1; ; n++) {
    const name = numberedName(wanted, n);
    const existing = sheets.find((sheet) => sameName(sheet.name, name));
    if (existing === undefined || (existing.owned && !existing.building)) {
      return { name: existing?.name ?? name, replaces: existing ?? null, ...(n === 1 ? {} : { taken: first }) };
    }
  }
}

/** A name for the hidden sheet a write builds in, free among `names`. */
export function buildingSheetName(names: readonly string[]): string {
  for (let n = 1; ; n++) {
    const name = `EC Review build ${n}`;
    if (!names.some((existing) => sameName(existing, name))) return name;
  }
}

/** True for a name `chooseReviewSheet` may give the review of `wanted`: the name itself or "name (n)". */
export function isReviewSheetName(wanted: string, name: string): boolean {
  if (sameName(name, numberedName(wanted, 1))) return true;
  const numbered = / \((\d+)\)$/.exec(name);
  return numbered !== null && sameName(name, numberedName(wanted, Number(numbered[1])));
}
