/**
 * Node-only helpers for tests and for looking at a generated workbook: convert it with
 * LibreOffice headless (to PDF, or re-saved as .xlsx / .ods) and rasterise a PDF with pdftoppm.
 * Not part of the add-in bundle (it spawns processes); the writer modules never import it.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export const SOFFICE_PATH = "/usr/bin/soffice";
export const PDFTOPPM_PATH = "/usr/bin/pdftoppm";
export const PDFTOTEXT_PATH = "/usr/bin/pdftotext";
/**
 * How long a conversion may take before it counts as hung. Generous: on a loaded 2-core CI machine
 * a LibreOffice start and conversion can take minutes, and this is a guard against a hang, not a
 * speed check (speed is measured by `npm run bench`). Tests keep vitest's own 300 s test timeout.
 */
export const LIBREOFFICE_TIMEOUT_MS = 240_000;

/** Whether LibreOffice and pdftoppm are installed where the helpers look for them. */
export function canRenderWithLibreOffice(): boolean {
  return existsSync(SOFFICE_PATH) && existsSync(PDFTOPPM_PATH);
}

/** Whether pdftotext (poppler-utils, with pdftoppm) is installed where `pdfPageTexts` looks for it. */
export function canReadPdfText(): boolean {
  return existsSync(PDFTOTEXT_PATH);
}

/**
 * LibreOffice's "Recalculation on File Load" settings (Tools ▸ Options ▸ Calc ▸ Formula), set to
 * 0 = always. By default it never recalculates an .xlsx or .ods on load and shows (and re-saves)
 * the cached results the file carries; only formulas without a cached result are calculated.
 */
const RECALCULATE_ON_LOAD_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * The CSV export's filter options: tab-separated, UTF-8 (76), and token 9 "save cell contents as
 * shown" true, so that each number is written as its number format shows it.
 * https://help.libreoffice.org/latest/en-US/text/shared/guide/csv_params.html
 */
const CSV_AS_SHOWN = "csv:Text - txt - csv (StarCalc):9,34,76,1,,0,false,true,true";

/**
 * Converts `inputPath` with `soffice --headless --convert-to <format>` into `outDir` and returns
 * the output file's path. Each call uses a fresh user profile, so parallel or leftover LibreOffice
 * processes cannot hold its lock, and removes it afterwards.
 *
 * "csv" writes the first sheet, each cell as its number format shows it (tab-separated, UTF-8).
 *
 * `recalculateOnLoad`: the profile tells LibreOffice to recalculate every formula when it opens
 * the file, so the output holds LibreOffice's own results instead of the input's cached ones.
 */
export async function convertWithLibreOffice(
  inputPath: string,
  format: "pdf" | "xlsx" | "ods" | "csv",
  outDir: string,
  options: { timeoutMs?: number; recalculateOnLoad?: boolean } = {},
): Promise<string> {
  const profile = await mkdtemp(join(tmpdir(), "lo-profile-"));
  try {
    if (options.recalculateOnLoad) {
      await mkdir(join(profile, "user"), { recursive: true });
      await writeFile(join(profile, "user", "registrymodifications.xcu"), RECALCULATE_ON_LOAD_XCU);
    }
    await run(SOFFICE_PATH, [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", format === "csv" ? CSV_AS_SHOWN : format, "--outdir", outDir, inputPath], {
      timeout: options.timeoutMs ?? LIBREOFFICE_TIMEOUT_MS,
      env: { ...process.env, HOME: profile },
    });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  const output = join(outDir, `${basename(inputPath, extname(inputPath))}.${format}`);
  if (!existsSync(output)) throw new Error(`LibreOffice wrote no ${output}`);
  return output;
}

/** Renders every page of a PDF to `<outPrefix>-N.png` at `dpi` and returns the PNG paths in page order. */
export async function renderPdfToPngs(pdfPath: string, outPrefix: string, options: { dpi?: number } = {}): Promise<string[]> {
  await run(PDFTOPPM_PATH, ["-png", "-r", String(options.dpi ?? 60), pdfPath, outPrefix], { timeout: LIBREOFFICE_TIMEOUT_MS });
  const folder = join(outPrefix, "..");
  const stem = basename(outPrefix);
  const pages = (await readdir(folder)).filter((name) => name.startsWith(`${stem}-`) && name.endsWith(".png"));
  const pageNumber = (name: string) => Number(name.slice(stem.length + 1, -4));
  return pages.sort((x, y) => pageNumber(x) - pageNumber(y)).map((name) => join(folder, name));
}

/**
 * The text of each page of a PDF as `pdftotext -layout` lays it out (one text line per printed
 * line, columns kept apart by spaces), in page order. The text of an object the page clips is
 * there too: LibreOffice draws a chart that starts on the next page into the page above it, cut
 * off at its foot.
 */
export async function pdfPageTexts(pdfPath: string): Promise<string[]> {
  const { stdout } = await run(PDFTOTEXT_PATH, ["-layout", "-enc", "UTF-8", pdfPath, "-"], { timeout: LIBREOFFICE_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 });
  // Every page ends with a form feed.
  const pages = stdout.split("\f");
  if (pages[pages.length - 1] === "") pages.pop();
  return pages;
}
