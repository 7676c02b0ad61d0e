// Draws docs/icon.png (128x128): a brick firewall with "ipt" in front of it.
// Plain Node (zlib) so it runs anywhere without ImageMagick: `node scripts/e2e/draw-icon.mjs [OUT]`.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const size = 128;
const ss = 4; // supersampling per axis, for smooth rounded corners and letter edges
const out = process.argv[2] ?? 'docs/icon.png';

const colours = {
  mortar: [52, 38, 34],
  brickA: [196, 78, 52],
  brickB: [174, 62, 42],
  brickC: [214, 98, 60],
  band: [28, 34, 48],
  text: [255, 255, 255],
  textShadow: [10, 12, 20],
};

// 5x7 pixel glyphs; each string is one row, '#' is ink.
const glyphs = {
  i: ['..#..', '.....', '.##..', '..#..', '..#..', '..#..', '.###.'],
  p: ['.....', '####.', '#...#', '#...#', '####.', '#....', '#....'],
  t: ['.#...', '.#...', '####.', '.#...', '.#...', '.#..#', '..##.'],
};

/** Which colour the sample point (x, y) in icon pixels gets, or null outside the rounded square. */
function sample(x, y) {
  const r = 22;
  const cx = Math.min(Math.max(x, r), size - r);
  const cy = Math.min(Math.max(y, r), size - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;

  const text = textAt(x, y);
  if (text) return text;

  // Bottom band keeps the letters readable.
  if (y >= 78) return colours.band;

  // Bricks: 16 px courses, 32 px bricks, every other course shifted by half a brick.
  const course = Math.floor(y / 16);
  const shift = course % 2 ? 16 : 0;
  const bx = x + shift;
  const inMortar = y % 16 < 2 || bx % 32 < 2;
  if (inMortar) return colours.mortar;
  const brick = (Math.floor(bx / 32) + course * 3) % 3;
  const base = [colours.brickA, colours.brickB, colours.brickC][brick];
  // A light top edge on every brick gives a little depth.
  return y % 16 < 4 ? base.map((c) => Math.min(255, c + 24)) : base;
}

/** The "ipt" letters, 5x7 glyphs scaled by 6, with a 2 px drop shadow. */
function textAt(x, y) {
  const scale = 6;
  const word = ['i', 'p', 't'];
  const gap = 6;
  const width = word.length * 5 * scale + (word.length - 1) * gap;
  const left = (size - width) / 2;
  const top = 64;
  const ink = (px, py) => {
    const gx = px - left;
    const gy = py - top;
    if (gy < 0 || gy >= 7 * scale) return false;
    const slot = Math.floor(gx / (5 * scale + gap));
    if (gx < 0 || slot >= word.length) return false;
    const within = gx - slot * (5 * scale + gap);
    if (within >= 5 * scale) return false;
    return glyphs[word[slot]][Math.floor(gy / scale)][Math.floor(within / scale)] === '#';
  };
  if (ink(x, y)) return colours.text;
  if (ink(x - 2, y - 2)) return colours.textShadow;
  return null;
}

// Rasterise with supersampling into RGBA rows, each prefixed by PNG filter byte 0.
const raw = Buffer.alloc(size * (size * 4 + 1));
for (let y = 0; y < size; y++) {
  raw[y * (size * 4 + 1)] = 0;
  for (let x = 0; x < size; x++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < ss; sy++) {
      for (let sx = 0; sx < ss; sx++) {
        const c = sample(x + (sx + 0.5) / ss, y + (sy + 0.5) / ss);
        if (!c) continue;
        r += c[0]; g += c[1]; b += c[2]; a++;
      }
    }
    const o = y * (size * 4 + 1) + 1 + x * 4;
    raw[o] = a ? Math.round(r / a) : 0;
    raw[o + 1] = a ? Math.round(g / a) : 0;
    raw[o + 2] = a ? Math.round(b / a) : 0;
    raw[o + 3] = Math.round((a / (ss * ss)) * 255);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(size, 0);
header.writeUInt32BE(size, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(out, png);
console.log(`${out}: ${png.length} bytes`);
