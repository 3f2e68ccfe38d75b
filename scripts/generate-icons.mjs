/**
 * Draws the EC Review mark (a teal rounded square with a white rising bar chart) and writes it as
 * assets/icon-{16,32,64,80,128}.png. Run with `node scripts/generate-icons.mjs`; the PNGs are
 * committed, so the build does not run this.
 *
 * The shapes are described in a 0–1 unit square and rasterised with 8×8 supersampling per pixel,
 * so every size is drawn from the same geometry rather than scaled from another bitmap.
 * PNG encoding is done by hand (IHDR, one zlib-compressed IDAT, IEND) to need nothing but Node.
 */
import { writeFileSync, mkdirSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const SIZES = [16, 32, 64, 80, 128];
const SUPERSAMPLE = 8;
const BACKGROUND = [0x0f, 0x76, 0x6e]; // teal
const GLYPH = [0xff, 0xff, 0xff];

/** Rounded square filling the icon, corner radius 22% of the side. */
function insideBackground(x, y) {
  const r = 0.22;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Three rising bars standing on a baseline. */
const BARS = [
  { left: 0.22, right: 0.36, top: 0.56 },
  { left: 0.43, right: 0.57, top: 0.40 },
  { left: 0.64, right: 0.78, top: 0.24 },
];
const BASELINE = { left: 0.18, right: 0.82, top: 0.76, bottom: 0.82 };

function insideGlyph(x, y) {
  if (x >= BASELINE.left && x <= BASELINE.right && y >= BASELINE.top && y <= BASELINE.bottom) return true;
  return BARS.some((bar) => x >= bar.left && x <= bar.right && y >= bar.top && y <= BASELINE.top);
}

/** RGBA pixels of the icon at `size` × `size`. */
function drawIcon(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let covered = 0;
      let glyph = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (!insideBackground(x, y)) continue;
          covered++;
          if (insideGlyph(x, y)) glyph++;
        }
      }
      const offset = (py * size + px) * 4;
      if (covered === 0) continue;
      const g = glyph / covered;
      for (let c = 0; c < 3; c++) pixels[offset + c] = Math.round(BACKGROUND[c] * (1 - g) + GLYPH[c] * g);
      pixels[offset + 3] = Math.round((255 * covered) / samples);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG file (8-bit RGBA, no filtering) of the given pixels. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const assets = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
mkdirSync(assets, { recursive: true });
for (const size of SIZES) {
  const file = join(assets, `icon-${size}.png`);
  writeFileSync(file, encodePng(size, drawIcon(size)));
  console.log(`wrote ${file}`);
}
