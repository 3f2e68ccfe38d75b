/**
 * The zip layer of the .xlsx reader: the central directory, and each part inflated as a stream
 * with its size counted, so that a hostile file (a zip bomb, a part whose declared size lies) is
 * refused while it unpacks, never after. Only what an .xlsx uses: stored and deflated entries,
 * zip64 sizes and offsets; no encryption, no multi-disk archives.
 *
 * Every refusal is an XlsxReadError (a message key), never a bare exception.
 */
import { createReadStream } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { createInflateRaw } from "node:zlib";
import { XlsxReadError } from "./xlsx-read-error";

export interface ZipEntry {
  /** The name as stored, e.g. `xl/worksheets/sheet1.xml`. */
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

/** Caps on what unpacking may produce. */
export interface UnzipLimits {
  /** Most bytes one part may unpack to. */
  readonly partBytes: number;
  /** Most bytes all parts read may unpack to, together. */
  readonly totalBytes: number;
  /** Most unpacked bytes per packed byte, checked once a part has unpacked `ratioFloorBytes`. */
  readonly ratio: number;
  readonly ratioFloorBytes: number;
}

const MB = 1 << 20;
const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_END64_LOCATOR = 0x07064b50;
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const megabytes = (bytes: number) => Math.ceil(bytes / MB);

export class ZipParts {
  private readonly byName = new Map<string, ZipEntry>();
  private unpackedTotal = 0;

  private constructor(
    private readonly file: string,
    private readonly handle: FileHandle,
    private readonly size: number,
    private readonly limits: UnzipLimits,
  ) {}

  /**
   * Opens `file` and reads its central directory. Refuses an OLE file (.xls, or an encrypted
   * .xlsx), a file that is no zip (a text file renamed), a cut-short zip and a damaged directory.
   */
  static async open(file: string, limits: UnzipLimits): Promise<ZipParts> {
    const handle = await open(file, "r");
    try {
      const { size } = await handle.stat();
      const zip = new ZipParts(file, handle, size, limits);
      await zip.readDirectory();
      return zip;
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.handle.close();
  }

  /** The entry of a part by its name (case-insensitive, as OPC part names are), or undefined. */
  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name.replace(/^\/+/, "").toLowerCase());
  }

  get entries(): ZipEntry[] {
    return [...this.byName.values()];
  }

  private async read(position: number, length: number): Promise<Buffer> {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await this.handle.read(buffer, 0, length, position);
    return buffer.subarray(0, bytesRead);
  }

  private async readDirectory(): Promise<void> {
    const head = await this.read(0, 8);
    if (head.length === 8 && head.equals(OLE_SIGNATURE)) throw new XlsxReadError("cli.error.xlsx.ole");
    const startsAsZip = head.length >= 4 && head.readUInt32LE(0) === SIG_LOCAL;
    const tailLength = Math.min(this.size, 22 + 0xffff);
    const tail = await this.read(this.size - tailLength, tailLength);
    let end = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === SIG_END) {
        end = i;
        break;
      }
    }
    if (end === -1) {
      if (startsAsZip) throw new XlsxReadError("cli.error.xlsx.truncated");
      throw new XlsxReadError(looksLikeText(await this.read(0, 4096)) ? "cli.error.xlsx.textFile" : "cli.error.xlsx.notZip");
    }
    const endOffset = this.size - tailLength + end;
    let count = tail.readUInt16LE(end + 10);
    let directorySize = tail.readUInt32LE(end + 12);
    let directoryOffset = tail.readUInt32LE(end + 16);
    if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
      const locator = endOffset >= 20 ? await this.read(endOffset - 20, 20) : Buffer.alloc(0);
      if (locator.length === 20 && locator.readUInt32LE(0) === SIG_END64_LOCATOR) {
        const end64 = await this.read(Number(locator.readBigUInt64LE(8)), 56);
        if (end64.length < 56 || end64.readUInt32LE(0) !== SIG_END64) throw damaged("zip64 end record");
        count = Number(end64.readBigUInt64LE(32));
        directorySize = Number(end64.readBigUInt64LE(40));
        directoryOffset = Number(end64.readBigUInt64LE(48));
      }
    }
    if (directoryOffset + directorySize > this.size) throw new XlsxReadError("cli.error.xlsx.truncated");
    const directory = await this.read(directoryOffset, directorySize);
    let at = 0;
    for (let n = 0; n < count; n++) {
      if (at + 46 > directory.length || directory.readUInt32LE(at) !== SIG_CENTRAL) throw damaged("central directory");
      const flags = directory.readUInt16LE(at + 8);
      const method = directory.readUInt16LE(at + 10);
      let compressedSize = directory.readUInt32LE(at + 20);
      let uncompressedSize = directory.readUInt32LE(at + 24);
      const nameLength = directory.readUInt16LE(at + 28);
      const extraLength = directory.readUInt16LE(at + 30);
      const commentLength = directory.readUInt16LE(at + 32);
      let localHeaderOffset = directory.readUInt32LE(at + 42);
      const nameEnd = at + 46 + nameLength;
      if (nameEnd + extraLength > directory.length) throw damaged("central directory");
      const name = directory.toString(flags & 0x800 ? "utf8" : "latin1", at + 46, nameEnd);
      // zip64: the 32-bit fields that are all ones are in the extra field, in this order.
      for (let x = nameEnd; x + 4 <= nameEnd + extraLength; ) {
        const id = directory.readUInt16LE(x);
        const length = directory.readUInt16LE(x + 2);
        if (id === 0x0001) {
          let field = x + 4;
          const next = () => {
            const value = field + 8 <= x + 4 + length ? Number(directory.readBigUInt64LE(field)) : Number.NaN;
            field += 8;
            return value;
          };
          if (uncompressedSize === 0xffffffff) uncompressedSize = next();
          if (compressedSize === 0xffffffff) compressedSize = next();
          if (localHeaderOffset === 0xffffffff) localHeaderOffset = next();
        }
        x += 4 + length;
      }
      if (![compressedSize, uncompressedSize, localHeaderOffset].every(Number.isFinite)) throw damaged("zip64 sizes");
      at = nameEnd + extraLength + commentLength;
      if (name.endsWith("/")) continue;
      if (flags & 0x1) throw new XlsxReadError("cli.error.xlsx.encrypted");
      this.byName.set(name.replace(/^\/+/, "").toLowerCase(), { name, method, compressedSize, uncompressedSize, localHeaderOffset });
    }
  }

  /**
   * The bytes of a part, in chunks, unpacked as they are read. Refuses, before reading, a part
   * that says it is larger than the cap or packed beyond the ratio; and while reading, a part
   * that unpacks to more than it says (the declared size can lie), past the ratio, or past the
   * total cap of the workbook.
   *
   * @param ratio the most unpacked bytes per packed byte for this part, instead of the limits'
   */
  async *unpack(entry: ZipEntry, ratio = this.limits.ratio): AsyncGenerator<Buffer> {
    const { partBytes, totalBytes, ratioFloorBytes } = this.limits;
    const part = entry.name;
    if (entry.uncompressedSize > partBytes) {
      throw new XlsxReadError("cli.error.xlsx.partTooLarge", { part, size: megabytes(entry.uncompressedSize), limit: megabytes(partBytes) });
    }
    const overRatio = (unpacked: number, packed: number) => unpacked > ratioFloorBytes && unpacked > ratio * Math.max(packed, 1);
    if (overRatio(entry.uncompressedSize, entry.compressedSize)) {
      throw new XlsxReadError("cli.error.xlsx.compressionRatio", { part, ratio: Math.round(entry.uncompressedSize / Math.max(entry.compressedSize, 1)), limit: ratio });
    }
    const local = await this.read(entry.localHeaderOffset, 30);
    if (local.length < 30) throw new XlsxReadError("cli.error.xlsx.truncated");
    if (local.readUInt32LE(0) !== SIG_LOCAL) throw damaged(`local header of ${part}`);
    const dataStart = entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    if (dataStart + entry.compressedSize > this.size) throw new XlsxReadError("cli.error.xlsx.truncated");
    if (entry.method !== 0 && entry.method !== 8) throw damaged(`compression method ${entry.method} of ${part}`);
    if (entry.compressedSize === 0) return;

    let packed = 0;
    const source = createReadStream(this.file, { start: dataStart, end: dataStart + entry.compressedSize - 1, highWaterMark: MB });
    const inflate = entry.method === 8 ? createInflateRaw({ chunkSize: 256 << 10 }) : null;
    if (inflate !== null) {
      source.on("data", (chunk) => {
        packed += chunk.length;
      });
      source.on("error", (error) => inflate.destroy(error));
      source.pipe(inflate);
    }
    let unpacked = 0;
    try {
      for await (const chunk of (inflate ?? source) as AsyncIterable<Buffer>) {
        unpacked += chunk.length;
        if (inflate === null) packed = unpacked;
        this.unpackedTotal += chunk.length;
        if (unpacked > entry.uncompressedSize) throw new XlsxReadError("cli.error.xlsx.sizeLies", { part, declared: entry.uncompressedSize });
        if (overRatio(unpacked, packed)) throw new XlsxReadError("cli.error.xlsx.compressionRatio", { part, ratio: Math.round(unpacked / Math.max(packed, 1)), limit: ratio });
        if (this.unpackedTotal > totalBytes) throw new XlsxReadError("cli.error.xlsx.totalTooLarge", { limit: megabytes(totalBytes) });
        yield chunk;
      }
    } catch (error) {
      if (error instanceof XlsxReadError) throw error;
      throw damaged(`${part}: ${(error as Error).message}`);
    } finally {
      source.destroy();
      inflate?.destroy();
    }
    if (unpacked < entry.uncompressedSize) throw damaged(`${part} is shorter than its zip entry says`);
  }
}

function damaged(detail: string): XlsxReadError {
  return new XlsxReadError("cli.error.xlsx.damaged", { detail });
}

/** Mostly printable bytes and no NUL: a CSV or other text file, not a zip. */
function looksLikeText(bytes: Buffer): boolean {
  if (bytes.length === 0) return false;
  let control = 0;
  for (const byte of bytes) {
    if (byte === 0) return false;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) control++;
  }
  return control / bytes.length < 0.02;
}
