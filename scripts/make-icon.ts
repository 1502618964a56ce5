// Draws the application icon (resources/icon.png, 512 × 512) from geometry: a navy rounded square,
// a gold shield and a white check mark — "integrity verified". Run with `npx tsx scripts/make-icon.ts`.
import { writeFileSync } from 'node:fs';
import { encodePng } from '../electron/services/pdf/png';

const size = 512;
const pixels = new Uint8Array(size * size * 4);
const navy = [31, 58, 95];
const gold = [212, 165, 55];
const white = [255, 255, 255];

function insideRoundedSquare(x: number, y: number): boolean {
  const r = 96;
  const cx = Math.min(Math.max(x, r), size - r);
  const cy = Math.min(Math.max(y, r), size - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function insideShield(x: number, y: number): boolean {
  const top = 104;
  const mid = 280;
  const bottom = 430;
  const half = 150;
  if (y < top || y > bottom) return false;
  if (y <= mid) return Math.abs(x - 256) <= half;
  const t = (y - mid) / (bottom - mid);
  return Math.abs(x - 256) <= half * Math.sqrt(1 - t * t);
}

function nearSegment(x: number, y: number, ax: number, ay: number, bx: number, by: number, width: number): boolean {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return (x - (ax + t * dx)) ** 2 + (y - (ay + t * dy)) ** 2 <= width * width;
}

for (let y = 0; y < size; y++) {
  for (let x = 0; x < size; x++) {
    const i = (y * size + x) * 4;
    let color: number[] | undefined;
    if (insideRoundedSquare(x, y)) color = navy;
    if (insideShield(x, y)) color = gold;
    if (nearSegment(x, y, 180, 268, 236, 330, 22) || nearSegment(x, y, 236, 330, 340, 204, 22)) color = white;
    if (color) {
      pixels[i] = color[0] ?? 0;
      pixels[i + 1] = color[1] ?? 0;
      pixels[i + 2] = color[2] ?? 0;
      pixels[i + 3] = 255;
    }
  }
}
writeFileSync('resources/icon.png', encodePng(size, size, pixels, 4, { level: 9 }));
console.log('resources/icon.png written');
