#!/usr/bin/env node
"use strict";
/**
 * Draws the add-in icons (a white check mark on a green rounded square, flat, in the manner of
 * Office's own ribbon icons) and writes them as PNGs to assets/icon-<size>.png, in every size
 * Office asks for: 16, 20, 24, 32, 40, 48, 64 and 80 for the ribbon at each display scaling, 32 and
 * 64 for the add-in's listing, 96 and 128 for high-DPI listings and the store. No image tools needed: pixels are computed here, 4×4
 * supersampled for smooth edges, and encoded with node's zlib.
 *
 *   node scripts/make-icons.js
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 96, 128];
const GREEN = [16, 124, 65]; // #107C41
const WHITE = [255, 255, 255];
const SAMPLES = 4;

/** Shapes in a 0..1 square. */
function insideRoundedSquare(x, y) {
  const r = 0.2;
  const m = 0.03; // margin
  const cx = Math.min(Math.max(x, m + r), 1 - m - r);
  const cy = Math.min(Math.max(y, m + r), 1 - m - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= m && x <= 1 - m && y >= m && y <= 1 - m;
}

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The stroke keeps at least 2.4 px at the small sizes, so that the mark stays legible at 16 px. */
function insideCheck(x, y, size) {
  const a = [0.24, 0.52];
  const b = [0.42, 0.7];
  const c = [0.77, 0.3];
  const half = Math.max(0.075, 1.2 / size);
  return distanceToSegment(x, y, a, b) <= half || distanceToSegment(x, y, b, c) <= half;
}

/** RGBA rows, each prefixed by PNG filter byte 0. */
function render(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    const rowStart = py * (size * 4 + 1);
    raw[rowStart] = 0;
    for (let px = 0; px < size; px++) {
      let square = 0;
      let check = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (insideRoundedSquare(x, y)) {
            square++;
            if (insideCheck(x, y, size)) check++;
          }
        }
      }
      const n = SAMPLES * SAMPLES;
      const mix = square ? check / square : 0;
      const o = rowStart + 1 + px * 4;
      for (let k = 0; k < 3; k++) raw[o + k] = Math.round(GREEN[k] * (1 - mix) + WHITE[k] * mix);
      raw[o + 3] = Math.round((255 * square) / n);
    }
  }
  return raw;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(render(size), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const outDir = path.join(__dirname, "..", "assets");
fs.mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(outDir, `icon-${size}.png`);
  fs.writeFileSync(file, png(size));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
