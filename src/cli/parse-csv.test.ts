import { describe, expect, it } from "vitest";
import { CsvLimitError, parseCsv as parseCsvWithProblems, sniffDelimiter } from "./parse-csv";

const parseCsv = (text: string, options?: Parameters<typeof parseCsvWithProblems>[1]) => parseCsvWithProblems(text, options).rows;

describe("parseCsv", () => {
  it("splits fields and rows, keeping every cell as text", () => {
    expect(parseCsv("a,b,c\r\n1,¥1.5,\r\n")).toEqual([["a", "b", "c"], ["1", "¥1.5", ""]]);
  });

  it("reads quoted fields with delimiters, line breaks and doubled quotes", () => {
    expect(parseCsv('x,"1,234","say ""hi""","two\nlines","",end\n')).toEqual([["x", "1,234", 'say "hi"', "two\nlines", "", "end"]]);
  });

  it("accepts LF, CRLF and CR line ends, and no line end after the last row", () => {
    expect(parseCsv("a\nb\r\nc\rd")).toEqual([["a"], ["b"], ["c"], ["d"]]);
  });

  it("keeps blank lines as rows (row numbers stay Excel's) and adds none for the final line break", () => {
    expect(parseCsv("a,b\r\n\r\n1,2\r\n")).toEqual([["a", "b"], [""], ["1", "2"]]);
  });

  it("keeps an empty last field and empty text as no rows", () => {
    expect(parseCsv("a,")).toEqual([["a", ""]]);
    expect(parseCsv("")).toEqual([]);
  });

  it("is lenient where Excel is on one line: text after a closing quote", () => {
    expect(parseCsvWithProblems('"ab"c,d\n')).toEqual({ rows: [["abc", "d"]], problems: [] });
  });

  it("sniffs tab and semicolon delimiters from the first line, outside quotes", () => {
    expect(sniffDelimiter("a\tb\tc\n1,2\t3")).toBe("\t");
    expect(sniffDelimiter("a;b;c\n")).toBe(";");
    expect(sniffDelimiter('"a;b;c",d\n')).toBe(",");
    expect(parseCsv("金额\t买家\n88\ttb1\n")).toEqual([["金额", "买家"], ["88", "tb1"]]);
  });

  it("reports progress every 65,536 rows", () => {
    const rows = 200_000;
    const text = "id,amount,buyer\n" + Array.from({ length: rows }, (_, i) => `${i},"¥${i},5",tb${i % 977}`).join("\n");
    const heard: number[] = [];
    // Its speed is the benchmark's to measure (npm run bench), not a unit test's on a shared machine.
    const grid = parseCsv(text, { onRows: (n) => heard.push(n) });
    expect(grid.length).toBe(rows + 1);
    expect(grid[rows]).toEqual([String(rows - 1), `¥${rows - 1},5`, `tb${(rows - 1) % 977}`]);
    expect(heard).toEqual([65_536, 131_072, 196_608]);
  });
});

describe("parseCsv: a stray quote never swallows later rows", () => {
  const header = "id,note,amount\n";
  const body = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `${from + i},ok,${(from + i) * 10}\n`).join("");

  it("keeps a legitimate quoted field with line breaks, delimiters and doubled quotes", () => {
    const text = `${header}1,"two\nlines, one ""quoted""",10\n2,"x,y",20\n`;
    expect(parseCsvWithProblems(text)).toEqual({ rows: [["id", "note", "amount"], ["1", 'two\nlines, one "quoted"', "10"], ["2", "x,y", "20"]], problems: [] });
  });

  it("reads an unclosed quote as text, keeps every later row and names the row", () => {
    const text = `${header}${body(3)}4,"bad open,40\n${body(3, 5)}6b,"x,y",99\n`;
    const { rows, problems } = parseCsvWithProblems(text);
    expect(rows).toHaveLength(1 + 3 + 1 + 3 + 1);
    expect(rows[4]).toEqual(["4", '"bad open', "40"]);
    expect(rows[5]).toEqual(["5", "ok", "50"]);
    expect(rows[8]).toEqual(["6b", "x,y", "99"]);
    expect(problems).toEqual([{ row: 5, kind: "quoteAsText" }]);
  });

  it("does not join the rows between two stray quotes in the same column, far apart or adjacent", () => {
    for (const gap of [0, 1, 50]) {
      const text = `${header}1,"Limited,10\n${body(gap, 2)}${gap + 2},Edition",20\n${body(2, gap + 3)}`;
      const { rows, problems } = parseCsvWithProblems(text);
      expect(rows).toHaveLength(1 + 1 + gap + 1 + 2);
      expect(rows[1]).toEqual(["1", '"Limited', "10"]);
      expect(rows[gap + 2]).toEqual([String(gap + 2), 'Edition"', "20"]);
      expect(problems).toEqual([{ row: 2, kind: "quoteAsText" }]);
    }
  });

  it("keeps legitimate multi-line fields around a stray quote, and every row but the touched one as it was", () => {
    const columns = 10;
    const table = Array.from({ length: 200 }, (_, r) =>
      Array.from({ length: columns }, (_, c) => (r % 7 === 3 && c === 4 ? `note ${r},\nsecond line, "quoted"` : c === 6 ? `¥${r},00${c}` : `r${r}c${c}`)),
    );
    const field = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
    const lines = table.map((row) => row.map(field).join(","));
    for (const [row, edit] of [[52, (line: string) => line.replace("r51c2", '"r51c2')], [60, (line: string) => line.replace("r59c9", 'r59c9"')]] as const) {
      const edited = lines.slice();
      edited[row - 1] = edit(edited[row - 1]);
      const { rows, problems } = parseCsvWithProblems(edited.join("\r\n"));
      expect(rows).toHaveLength(table.length);
      rows.forEach((cells, r) => {
        if (r !== row - 1) expect(cells).toEqual(table[r]);
      });
      expect(rows[row - 1]).toHaveLength(columns);
      expect(problems.every((p) => p.row === row)).toBe(true);
    }
  });

  it("recovers a stray pair of quotes on one line that would join two fields", () => {
    const text = `${header}1,"ok,10\n2,x",20\n3,"a, b",30\n`;
    expect(parseCsvWithProblems(text)).toEqual({
      rows: [["id", "note", "amount"], ["1", '"ok', "10"], ["2", 'x"', "20"], ["3", "a, b", "30"]],
      problems: [{ row: 2, kind: "quoteAsText" }],
    });
    expect(parseCsvWithProblems('id,status,email,amount\n1,"paid,b1@example.com",10\n')).toEqual({
      rows: [["id", "status", "email", "amount"], ["1", '"paid', 'b1@example.com"', "10"]],
      problems: [{ row: 2, kind: "quoteAsText" }],
    });
    // Well-formed quotes in a row of another width: read as written (a ragged file).
    expect(parseCsvWithProblems(`${header}1,"ok,10",x,y\n`).rows[1]).toEqual(["1", "ok,10", "x", "y"]);
  });

  it("keeps a row that cannot be read even with the quote as text as a blank placeholder, and lists it", () => {
    const text = `${header}1,ok,10\n2,note,"¥1,234\n3,ok,30\n`;
    const { rows, problems } = parseCsvWithProblems(text);
    expect(rows).toEqual([["id", "note", "amount"], ["1", "ok", "10"], [""], ["3", "ok", "30"]]);
    expect(problems).toEqual([{ row: 3, kind: "quoteUnreadable" }]);
  });

  it("reads an unclosed quote on the last line as text", () => {
    expect(parseCsvWithProblems('a,b\n1,"open\n')).toEqual({ rows: [["a", "b"], ["1", '"open']], problems: [{ row: 2, kind: "quoteAsText" }] });
  });

  it("stays linear with a stray quote on every line", () => {
    const lines = 100_000;
    const text = header + Array.from({ length: lines }, (_, i) => `${i},"stray ${i},${i}`).join("\n");
    const { rows, problems } = parseCsvWithProblems(text);
    expect(rows).toHaveLength(lines + 1);
    expect(rows[lines]).toEqual([String(lines - 1), `"stray ${lines - 1}`, String(lines - 1)]);
    expect(problems).toHaveLength(lines);
  });

  it("turns the rows that hold a bad range into placeholders listed as badEncoding", () => {
    const text = `${header}1,"multi\nline",10\n2,\u00c2\u00a5bad,20\n3,ok,30\n`;
    const bad = text.indexOf("2,");
    const { rows, problems } = parseCsvWithProblems(text, { badRanges: [[bad, bad + 10]] });
    expect(rows).toEqual([["id", "note", "amount"], ["1", "multi\nline", "10"], [""], ["3", "ok", "30"]]);
    expect(problems).toEqual([{ row: 3, kind: "badEncoding" }]);
  });
});

describe("parseCsv: Excel's limits", () => {
  it("refuses a row of more than 16,384 fields, naming it, without reading the rest of it", () => {
    const text = "a,b\n1,2\n" + ",".repeat(20_000);
    expect(() => parseCsvWithProblems(text)).toThrow(CsvLimitError);
    try {
      parseCsvWithProblems(text);
    } catch (error) {
      expect((error as CsvLimitError).row).toBe(3);
      expect((error as CsvLimitError).limit).toBe("fields");
    }
    expect(parseCsv(",".repeat(16_383))[0]).toHaveLength(16_384);
  });
});
