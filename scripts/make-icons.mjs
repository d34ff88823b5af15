// Draws the app icons (a microphone-dot on a rounded square) as PNGs with no image library.
// Run once; the PNGs are committed under public/icons.
import { writeFileSync, mkdirSync } from "node:fs";
import { deflateSync } from "node:zlib";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function icon(size, maskable) {
  const rows = [];
  const r = size / 2;
  for (let y = 0; y < size; y += 1) {
    const row = [0];
    for (let x = 0; x < size; x += 1) {
      const dx = x + 0.5 - r;
      const dy = y + 0.5 - r;
      const corner = size * 0.22;
      const inSquare =
        maskable ||
        Math.max(Math.abs(dx) - (r - corner), 0) ** 2 + Math.max(Math.abs(dy) - (r - corner), 0) ** 2 <= corner ** 2;
      const dist = Math.hypot(dx, dy);
      const ring = Math.abs(dist - size * 0.26) < size * 0.035;
      const dot = dist < size * 0.12;
      if (!inSquare) row.push(0, 0, 0, 0);
      else if (dot || ring) row.push(0xf8, 0xfa, 0xfc, 0xff);
      else row.push(0x1e, 0x3a, 0x8a, 0xff);
    }
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

mkdirSync("public/icons", { recursive: true });
writeFileSync("public/icons/icon-192.png", icon(192, false));
writeFileSync("public/icons/icon-512.png", icon(512, false));
writeFileSync("public/icons/icon-maskable-512.png", icon(512, true));
