/**
 * Builds .xlsx packages byte by byte for the hostile-file tests (test/hostile/xlsx-reader-*):
 * a zip writer that can lie about an entry's size, a DEFLATE stream of hundreds of megabytes
 * packed into a few hundred kilobytes without ever holding them, and the fewest parts of a
 * workbook. Nothing here imports src/.
 */
import { createDeflateRaw, deflateRawSync } from "node:zlib";

export interface ZipInput {
  readonly name: string;
  /** The part's bytes, deflated here; or `packed`, already deflated, with its real `size`. */
  readonly data?: Buffer | string;
  readonly packed?: { readonly bytes: Buffer; readonly size: number };
  /** The uncompressed size written in the headers, when it should lie. */
  readonly declaredSize?: number;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * A zip of deflated entries. An entry given `packed` gets CRC 0 (it is hostile anyway, and
 * computing it would mean unpacking it).
 */
export function zipOf(entries: readonly ZipInput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const raw = entry.data === undefined ? undefined : Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data, "utf8");
    const packed = entry.packed?.bytes ?? deflateRawSync(raw ?? Buffer.alloc(0));
    const size = entry.declaredSize ?? entry.packed?.size ?? raw?.length ?? 0;
    const crc = raw === undefined ? 0 : crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** `head`, then `unit` repeated `times`, then `tail`, deflated as a stream: never held unpacked. */
export async function deflatedRepeat(head: string, unit: Buffer, times: number, tail: string): Promise<{ bytes: Buffer; size: number }> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on("data", (chunk: Buffer) => out.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on("end", resolve);
    deflate.on("error", reject);
  });
  const write = (bytes: Buffer) => (deflate.write(bytes) ? Promise.resolve() : new Promise<void>((resolve) => deflate.once("drain", resolve)));
  await write(Buffer.from(head, "utf8"));
  for (let i = 0; i < times; i++) await write(unit);
  deflate.end(Buffer.from(tail, "utf8"));
  await done;
  return { bytes: Buffer.concat(out), size: Buffer.byteLength(head) + unit.length * times + Buffer.byteLength(tail) };
}

const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** `<worksheet>` around `sheetData` XML. */
export function worksheetXml(sheetData: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}"><sheetData>${sheetData}</sheetData></worksheet>`;
}

/**
 * The fewest parts of a workbook of one sheet named `sheetName`: the sheet part as given (XML,
 * or a ZipInput without its name), and a sharedStrings part when given.
 */
export function workbookEntries(options: { sheetName?: string; sheet: string | Omit<ZipInput, "name">; sharedStrings?: string | Omit<ZipInput, "name"> }): ZipInput[] {
  const part = (name: string, content: string | Omit<ZipInput, "name">): ZipInput => (typeof content === "string" ? { name, data: content } : { name, ...content });
  const sharedRel = options.sharedStrings === undefined ? "" : `<Relationship Id="rId2" Type="${DOC_RELS}/sharedStrings" Target="sharedStrings.xml"/>`;
  return [
    { name: "[Content_Types].xml", data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { name: "_rels/.rels", data: `<?xml version="1.0"?><Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="${DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    {
      name: "xl/workbook.xml",
      data: `<?xml version="1.0"?><workbook xmlns="${MAIN_NS}" xmlns:r="${DOC_RELS}"><sheets><sheet name="${options.sheetName ?? "Orders"}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: `<?xml version="1.0"?><Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="${DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/>${sharedRel}</Relationships>`,
    },
    part("xl/worksheets/sheet1.xml", options.sheet),
    ...(options.sharedStrings === undefined ? [] : [part("xl/sharedStrings.xml", options.sharedStrings)]),
  ];
}

export function escapeXmlText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
