/**
 * A small CSV reader for the tests of the export writers: RFC 4180 fields (quoted fields with
 * doubled quotes, commas and line breaks inside quotes), `\n` or `\r\n` line ends, a UTF-8 BOM
 * dropped. Cells are returned as written (no trimming, no type guessing).
 */
export function parseCsvRows(text: string): string[][] {
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (ch === '"') { quoted = false; i += 1; continue; }
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && field === "") { quoted = true; i += 1; continue; }
    if (ch === ",") { row.push(field); field = ""; i += 1; continue; }
    if (ch === "\r" && source[i + 1] === "\n") i += 1;
    if (ch === "\n" || ch === "\r") { row.push(field); rows.push(row); row = []; field = ""; i += 1; continue; }
    field += ch;
    i += 1;
  }
  if (field !== "" || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

/** The rows of a CSV text as records by header. */
export function csvRecords(text: string): { headers: string[]; records: Record<string, string>[] } {
  const [headers, ...rows] = parseCsvRows(text);
  return { headers, records: rows.map((row) => Object.fromEntries(headers.map((header, k) => [header, row[k]]))) };
}
