/**
 * Shares the repeated texts of a sheet's columns as the sheet is read, chunk by chunk.
 *
 * Excel hands every cell over as its own string: a million orders with five order statuses hold a
 * million status strings, the same for channels, shops, provinces, item titles. Kept as read, those
 * copies are a third of a million-row sheet's memory. Each column's texts are looked up among the
 * texts already seen in that column and replaced by the first string of the same text, so a
 * column of few distinct texts costs its distinct texts only. A column that turns out to hold
 * mostly distinct texts (order ids, buyers, addresses) is left alone once it has more than
 * `distinctLimit` of them, so that no map of a million ids is built.
 *
 * Cell values are unchanged (equal strings replace equal strings): readers see the same sheet.
 */
export class RepeatedTexts {
  /** Per column, the first string of each text seen; `null` once the column has too many texts. */
  private readonly columns: (Map<string, string> | null)[] = [];

  constructor(private readonly distinctLimit = 4096) {}

  /** How many distinct texts of column `column` are shared so far; `null` once it holds too many to track. */
  sharedTexts(column: number): number | null {
    const seen = this.columns[column];
    return seen === null ? null : (seen?.size ?? 0);
  }

  /** Replaces, in place, every text of `rows` by the first equal text seen in its column. */
  share(rows: unknown[][]): void {
    const columns = this.columns;
    for (const row of rows) {
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (typeof cell !== "string" || cell.length === 0) continue;
        let seen = columns[c];
        if (seen === null) continue;
        if (seen === undefined) seen = columns[c] = new Map();
        const first = seen.get(cell);
        if (first !== undefined) row[c] = first;
        else if (seen.size >= this.distinctLimit) columns[c] = null;
        else seen.set(cell, cell);
      }
    }
  }
}
