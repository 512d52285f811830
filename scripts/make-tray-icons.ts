// Draws the tray icons into resources/ (run once; the PNGs are committed): `node scripts/make-tray-icons.ts`.
// A 32x32 ring, grey for normal and with an orange centre for attention, written as PNG with node's zlib.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

type Rgba = [number, number, number, number];

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const rows: number[] = [];
  for (let y = 0; y < size; y += 1) {
    rows.push(0);
    for (let x = 0; x < size; x += 1) rows.push(...pixel(x, y));
  }
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(Buffer.from(rows))), chunk('IEND', Buffer.alloc(0))]);
}

function icon(centre: Rgba | null): Buffer {
  const size = 32;
  return png(size, (x, y) => {
    const distance = Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2);
    if (distance <= 14 && distance >= 10) return [90, 96, 110, 255];
    if (centre && distance < 8) return centre;
    return [0, 0, 0, 0];
  });
}

const dir = path.resolve(import.meta.dirname, '..', 'resources');
fs.writeFileSync(path.join(dir, 'tray-normal.png'), icon(null));
fs.writeFileSync(path.join(dir, 'tray-attention.png'), icon([234, 120, 20, 255]));
console.log(`tray icons written to ${dir}`);
