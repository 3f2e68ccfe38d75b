import { describe, expect, it } from "vitest";
import { parseCsv, sniffDelimiter } from "./parse-csv";

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

  it("is lenient where Excel is: text after a closing quote, an unterminated quote", () => {
    expect(parseCsv('"ab"c,d\n')).toEqual([["abc", "d"]]);
    expect(parseCsv('a,"open\nend')).toEqual([["a", "open\nend"]]);
  });

  it("sniffs tab and semicolon delimiters from the first line, outside quotes", () => {
    expect(sniffDelimiter("a\tb\tc\n1,2\t3")).toBe("\t");
    expect(sniffDelimiter("a;b;c\n")).toBe(";");
    expect(sniffDelimiter('"a;b;c",d\n')).toBe(",");
    expect(parseCsv("金额\t买家\n88\ttb1\n")).toEqual([["金额", "买家"], ["88", "tb1"]]);
  });

  it("reports progress every 65,536 rows and stays linear", () => {
    const rows = 200_000;
    const text = "id,amount,buyer\n" + Array.from({ length: rows }, (_, i) => `${i},"¥${i},5",tb${i % 977}`).join("\n");
    const heard: number[] = [];
    const started = performance.now();
    const grid = parseCsv(text, { onRows: (n) => heard.push(n) });
    const elapsed = performance.now() - started;
    expect(grid.length).toBe(rows + 1);
    expect(grid[rows]).toEqual([String(rows - 1), `¥${rows - 1},5`, `tb${(rows - 1) % 977}`]);
    expect(heard).toEqual([65_536, 131_072, 196_608]);
    // A generous bound: about 0.1 s on a laptop; a per-character string build takes seconds.
    expect(elapsed).toBeLessThan(3000);
  });
});
