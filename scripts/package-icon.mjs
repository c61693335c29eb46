// Draws images/icon.png (the Marketplace icon, 128×128) from shapes, so the icon has a source that
// can be reviewed and regenerated without an image editor: `node scripts/package-icon.mjs`.
// A teal tile with a white sheet of table rows and a green check badge: a checked spreadsheet.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4; // per axis: 16 samples a pixel smooth the edges

const TEAL = [15, 118, 110];
const WHITE = [255, 255, 255];
const LINE = [153, 204, 199];
const GREEN = [22, 163, 74];

const inRoundedRect = (x, y, left, top, right, bottom, r) => {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + r), right - r);
  const cy = Math.min(Math.max(y, top + r), bottom - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const distanceToSegment = (x, y, [ax, ay], [bx, by]) => {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
};

/** The colour at a point, or undefined where the icon is transparent. Later shapes paint over earlier ones. */
function colourAt(x, y) {
  if (!inRoundedRect(x, y, 4, 4, 124, 124, 22)) return undefined;
  let colour = TEAL;
  if (inRoundedRect(x, y, 22, 20, 106, 100, 6)) {
    colour = WHITE;
    const row = (y - 20) % 16;
    if (y > 30 && row < 2.5) colour = LINE; // row rules under the header
    if (x > 50 && x < 52.5) colour = LINE; // the first column's edge
    if (y < 32 && y > 20) colour = [204, 230, 227]; // the header row
  }
  const badge = Math.hypot(x - 94, y - 94);
  if (badge <= 27) colour = WHITE; // a white ring keeps the badge apart from the sheet
  if (badge <= 23) colour = GREEN;
  const check = [
    [81, 95],
    [90, 104],
    [107, 85],
  ];
  if (badge <= 23 && Math.min(distanceToSegment(x, y, check[0], check[1]), distanceToSegment(x, y, check[1], check[2])) <= 4)
    colour = WHITE;
  return colour;
}

const rows = [];
for (let py = 0; py < SIZE; py++) {
  const row = Buffer.alloc(1 + SIZE * 4); // filter byte 0, then RGBA
  for (let px = 0; px < SIZE; px++) {
    const sum = [0, 0, 0, 0];
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const c = colourAt(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
        if (!c) continue;
        for (let i = 0; i < 3; i++) sum[i] += c[i];
        sum[3] += 1;
      }
    }
    const covered = sum[3];
    const o = 1 + px * 4;
    for (let i = 0; i < 3; i++) row[o + i] = covered ? Math.round(sum[i] / covered) : 0;
    row[o + 3] = Math.round((covered / SAMPLES ** 2) * 255);
  }
  rows.push(row);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = new URL('../images/icon.png', import.meta.url);
writeFileSync(out, png);
console.log(`wrote images/icon.png (${png.length} bytes)`);
