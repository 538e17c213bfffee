// Draws the app icon and the .djstack document icon from one list of shapes, and writes the
// SVG sources plus every raster format the installers need: PNGs (Linux, and the sizes inside
// the others), ICO (Windows) and ICNS (macOS). Pure Node (zlib only), so it runs anywhere:
// `node build/icons/generate-icons.mjs`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const build = join(here, '..');

const GREEN_DARK = '#0c4b33';
const GREEN = '#44b78b';
const WHITE = '#ffffff';
const PAPER_FOLD = '#cfe9dc';

// A canvas of three packages wired by role: two providers feeding the Django hub.
const graph = (dx = 0, dy = 0, scale = 1) => {
  const p = (x, y) => [dx + x * scale, dy + y * scale];
  const s = (n) => n * scale;
  const card = (x, y, fill) => ({ kind: 'rect', x: p(x, y)[0], y: p(x, y)[1], w: s(260), h: s(160), r: s(40), fill });
  return [
    { kind: 'line', from: p(330, 390), to: p(512, 634), width: s(40), fill: GREEN },
    { kind: 'line', from: p(694, 390), to: p(512, 634), width: s(40), fill: GREEN },
    card(200, 230, WHITE),
    card(564, 230, WHITE),
    card(382, 634, GREEN),
    { kind: 'circle', cx: p(330, 390)[0], cy: p(330, 390)[1], r: s(34), fill: GREEN },
    { kind: 'circle', cx: p(694, 390)[0], cy: p(694, 390)[1], r: s(34), fill: GREEN },
  ];
};

export const ICONS = {
  app: [{ kind: 'rect', x: 64, y: 64, w: 896, h: 896, r: 200, fill: GREEN_DARK }, ...graph()],
  document: [
    {
      kind: 'polygon',
      points: [
        [192, 64],
        [640, 64],
        [832, 256],
        [832, 960],
        [192, 960],
      ],
      fill: WHITE,
      stroke: GREEN_DARK,
    },
    {
      kind: 'polygon',
      points: [
        [640, 64],
        [832, 256],
        [640, 256],
      ],
      fill: PAPER_FOLD,
    },
    { kind: 'rect', x: 256, y: 360, w: 512, h: 512, r: 96, fill: GREEN_DARK },
    ...graph(256 - 64 * 0.5, 360 - 64 * 0.5, 0.5),
  ],
};

// ---- SVG ----------------------------------------------------------------------------------
function svg(shapes) {
  const body = shapes
    .map((shape) => {
      if (shape.kind === 'rect')
        return `<rect x="${shape.x}" y="${shape.y}" width="${shape.w}" height="${shape.h}" rx="${shape.r}" fill="${shape.fill}"/>`;
      if (shape.kind === 'circle')
        return `<circle cx="${shape.cx}" cy="${shape.cy}" r="${shape.r}" fill="${shape.fill}"/>`;
      if (shape.kind === 'line')
        return `<line x1="${shape.from[0]}" y1="${shape.from[1]}" x2="${shape.to[0]}" y2="${shape.to[1]}" stroke="${shape.fill}" stroke-width="${shape.width}" stroke-linecap="round"/>`;
      const stroke = shape.stroke ? ` stroke="${shape.stroke}" stroke-width="24" stroke-linejoin="round"` : '';
      return `<polygon points="${shape.points.map((point) => point.join(',')).join(' ')}" fill="${shape.fill}"${stroke}/>`;
    })
    .join('\n  ');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 1024" width="1024" height="1024">\n  ${body}\n</svg>\n`;
}

// ---- Rasteriser: point-in-shape tests, 4×4 supersampling per pixel --------------------------
function insideRoundedRect(shape, x, y) {
  const cx = Math.min(Math.max(x, shape.x + shape.r), shape.x + shape.w - shape.r);
  const cy = Math.min(Math.max(y, shape.y + shape.r), shape.y + shape.h - shape.r);
  if (x < shape.x || x > shape.x + shape.w || y < shape.y || y > shape.y + shape.h) return false;
  return (x - cx) ** 2 + (y - cy) ** 2 <= shape.r ** 2;
}

function distanceToSegment([ax, ay], [bx, by], x, y) {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
}

function insidePolygon(points, x, y) {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function nearPolygonEdge(points, x, y, halfWidth) {
  return points.some((point, i) => distanceToSegment(point, points[(i + 1) % points.length], x, y) <= halfWidth);
}

/** The colour of one sample point in 1024-space, or null for transparent. */
function sample(shapes, x, y) {
  let color = null;
  for (const shape of shapes) {
    if (shape.kind === 'rect' && insideRoundedRect(shape, x, y)) color = shape.fill;
    else if (shape.kind === 'circle' && (x - shape.cx) ** 2 + (y - shape.cy) ** 2 <= shape.r ** 2) color = shape.fill;
    else if (shape.kind === 'line' && distanceToSegment(shape.from, shape.to, x, y) <= shape.width / 2)
      color = shape.fill;
    else if (shape.kind === 'polygon') {
      if (shape.stroke && nearPolygonEdge(shape.points, x, y, 12)) color = shape.stroke;
      else if (insidePolygon(shape.points, x, y)) color = shape.fill;
    }
  }
  return color;
}

const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

function rasterise(shapes, size) {
  const pixels = Buffer.alloc(size * size * 4);
  const grid = 4;
  const scale = 1024 / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < grid; sy++) {
        for (let sx = 0; sx < grid; sx++) {
          const color = sample(shapes, (px + (sx + 0.5) / grid) * scale, (py + (sy + 0.5) / grid) * scale);
          if (!color) continue;
          const [cr, cg, cb] = rgb(color);
          r += cr;
          g += cg;
          b += cb;
          a += 1;
        }
      }
      const offset = (py * size + px) * 4;
      if (a > 0) {
        pixels[offset] = Math.round(r / a);
        pixels[offset + 1] = Math.round(g / a);
        pixels[offset + 2] = Math.round(b / a);
        pixels[offset + 3] = Math.round((255 * a) / (grid * grid));
      }
    }
  }
  return pixels;
}

// ---- PNG, ICO, ICNS ---------------------------------------------------------------------------
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function encodePng(pixels, size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function encodeIco(pngs) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = 6 + 16 * pngs.length;
  const entries = pngs.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry[0] = size >= 256 ? 0 : size;
    entry[1] = size >= 256 ? 0 : size;
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...pngs.map(({ png }) => png)]);
}

const ICNS_TYPES = {
  icp4: 16,
  icp5: 32,
  icp6: 64,
  ic07: 128,
  ic08: 256,
  ic09: 512,
  ic10: 1024,
  ic11: 32,
  ic12: 64,
  ic13: 512,
  ic14: 1024,
};

function encodeIcns(pngBySize) {
  const entries = Object.entries(ICNS_TYPES).map(([type, size]) => {
    const png = pngBySize.get(size);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(8 + png.length, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + entries.reduce((total, entry) => total + entry.length, 0), 4);
  return Buffer.concat([head, ...entries]);
}

const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

function writeIcon(name, shapes, { linuxFolder }) {
  writeFileSync(join(here, `${name}.svg`), svg(shapes));
  const pngs = new Map(PNG_SIZES.map((size) => [size, encodePng(rasterise(shapes, size), size)]));
  if (linuxFolder) {
    mkdirSync(join(here, linuxFolder), { recursive: true });
    for (const [size, png] of pngs) writeFileSync(join(here, linuxFolder, `${size}x${size}.png`), png);
  }
  writeFileSync(join(build, `${name}.png`), pngs.get(512));
  writeFileSync(join(build, `${name}.ico`), encodeIco(ICO_SIZES.map((size) => ({ size, png: pngs.get(size) }))));
  writeFileSync(join(build, `${name}.icns`), encodeIcns(pngs));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeIcon('icon', ICONS.app, { linuxFolder: 'png' });
  writeIcon('djstack-file', ICONS.document, { linuxFolder: null });
  process.stdout.write('Wrote build/icon.*, build/djstack-file.*, build/icons/*.svg and build/icons/png/\n');
}
