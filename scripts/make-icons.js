#!/usr/bin/env node
// Writes the add-in's PNG icons into assets/ with no external tools: each icon is a
// rounded square in the button's colour with a white glyph, drawn from simple shapes
// (segments, circles, rectangles, a pie sector) and anti-aliased by 4x4 supersampling.
// Run `node scripts/make-icons.js` after changing a glyph; the PNGs are committed.
"use strict";
const fs = require("fs");
const path = require("path");
const { encodePng } = require("./manifest/png");

const SS = 4; // supersampling per axis

// Signed-distance helpers in unit coordinates (0..1, y down). Negative = inside.
const seg = (ax, ay, bx, by, w) => (x, y) => {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy) - w / 2;
};
const disc = (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) - r;
const ring = (cx, cy, r, w) => (x, y) => Math.abs(Math.hypot(x - cx, y - cy) - r) - w / 2;
const rect = (x0, y0, x1, y1) => (x, y) => Math.max(x0 - x, x - x1, y0 - y, y - y1);
const box = (x0, y0, x1, y1, w) => (x, y) => Math.abs(rect(x0, y0, x1, y1)(x, y)) - w / 2;
// A pie sector from angle a0 to a1 (radians, clockwise from 12 o'clock).
const sector = (cx, cy, r, a0, a1) => (x, y) => {
  const ang = (Math.atan2(x - cx, -(y - cy)) + 2 * Math.PI) % (2 * Math.PI);
  const inside = ang >= a0 && ang <= a1;
  const d = Math.hypot(x - cx, y - cy) - r;
  return inside ? d : Math.max(d, 0.02);
};
const roundedSquare = (r) => (x, y) => {
  const qx = Math.abs(x - 0.5) - (0.5 - r);
  const qy = Math.abs(y - 0.5) - (0.5 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const union = (...fs) => (x, y) => Math.min(...fs.map((f) => f(x, y)));
const minus = (a, b) => (x, y) => Math.max(a(x, y), -b(x, y));

// Stroke width grows a little at small sizes so a 16 px glyph stays legible.
const glyphs = {
  // ¥ sign: the fund and the add-in itself.
  yuan: (w) =>
    union(
      seg(0.3, 0.2, 0.5, 0.48, w),
      seg(0.7, 0.2, 0.5, 0.48, w),
      seg(0.5, 0.48, 0.5, 0.82, w),
      seg(0.31, 0.54, 0.69, 0.54, w),
      seg(0.31, 0.68, 0.69, 0.68, w),
    ),
  // A window with a side pane: open the task pane.
  pane: (w) => union(box(0.2, 0.24, 0.8, 0.76, w), seg(0.58, 0.24, 0.58, 0.76, w), rect(0.58, 0.24, 0.8, 0.76)),
  // Bars under a ceiling line: subsidy caps.
  caps: (w) =>
    union(
      seg(0.16, 0.24, 0.84, 0.24, w),
      rect(0.22, 0.52, 0.36, 0.8),
      rect(0.43, 0.36, 0.57, 0.8),
      rect(0.64, 0.6, 0.78, 0.8),
    ),
  // A pie with one slice lifted out: budget composition.
  composition: (w) =>
    union(
      minus(disc(0.46, 0.54, 0.3), sector(0.46, 0.54, 0.4, 0, Math.PI / 2)),
      sector(0.54 + w * 0.3, 0.46 - w * 0.3, 0.3, 0.08, Math.PI / 2 - 0.08),
    ),
  // A rising line over a baseline: execution progress.
  execution: (w) =>
    union(
      seg(0.18, 0.8, 0.82, 0.8, w),
      seg(0.2, 0.66, 0.4, 0.48, w),
      seg(0.4, 0.48, 0.56, 0.58, w),
      seg(0.56, 0.58, 0.8, 0.26, w),
      disc(0.8, 0.26, w * 0.9),
    ),
  // A cross in a circle: clear the highlights (a bare cross at 16 px, where the ring would blur).
  clear: (w, size) =>
    size <= 16
      ? union(seg(0.3, 0.3, 0.7, 0.7, w * 1.2), seg(0.7, 0.3, 0.3, 0.7, w * 1.2))
      : union(ring(0.5, 0.5, 0.3, w), seg(0.38, 0.38, 0.62, 0.62, w), seg(0.62, 0.38, 0.38, 0.62, w)),
};

// Office's Fluent palette is blue-grey; each command gets its own hue so the ribbon reads at a glance.
const ICONS = [
  { name: "icon", glyph: "yuan", colour: [196, 43, 28], sizes: [16, 32, 64, 80, 128] },
  { name: "pane", glyph: "pane", colour: [16, 110, 190], sizes: [16, 32, 80] },
  { name: "caps", glyph: "caps", colour: [202, 80, 16], sizes: [16, 32, 80] },
  { name: "composition", glyph: "composition", colour: [0, 120, 110], sizes: [16, 32, 80] },
  { name: "execution", glyph: "execution", colour: [90, 70, 170], sizes: [16, 32, 80] },
  { name: "clear", glyph: "clear", colour: [96, 94, 92], sizes: [16, 32, 80] },
];

function render(size, glyphName, colour) {
  const strokeW = Math.max(0.1, 1.6 / size);
  const glyph = glyphs[glyphName](strokeW, size);
  const bg = roundedSquare(size <= 16 ? 0.14 : 0.18);
  const px = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let pxI = 0; pxI < size; pxI++) {
      let inBg = 0;
      let inGlyph = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = (pxI + (sx + 0.5) / SS) / size;
          const y = (py + (sy + 0.5) / SS) / size;
          if (bg(x, y) <= 0) {
            inBg++;
            if (glyph(x, y) <= 0) inGlyph++;
          }
        }
      }
      const n = SS * SS;
      const a = inBg / n;
      const g = inBg ? inGlyph / inBg : 0; // white share inside the background
      const o = (py * size + pxI) * 4;
      for (let c = 0; c < 3; c++) px[o + c] = Math.round(colour[c] * (1 - g) + 255 * g);
      px[o + 3] = Math.round(a * 255);
    }
  }
  return encodePng(size, size, px);
}

function main() {
  const outDir = path.join(__dirname, "..", "assets");
  fs.mkdirSync(outDir, { recursive: true });
  for (const icon of ICONS) {
    for (const size of icon.sizes) {
      const file = path.join(outDir, `${icon.name}-${size}.png`);
      fs.writeFileSync(file, render(size, icon.glyph, icon.colour));
      console.log(`wrote ${path.relative(process.cwd(), file)}`);
    }
  }
}

if (require.main === module) main();
module.exports = { render, ICONS };
