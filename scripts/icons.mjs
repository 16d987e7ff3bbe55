// Draws the app's icons into public/ (npm run icons; the PNGs are committed): the page's blue
// with three rising white bars, a maskable safe zone kept. A tiny PNG writer over node:zlib, so
// no image library or download is needed.
import { writeFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'

const BLUE = [0x1f, 0x4e, 0x8c]
const WHITE = [0xff, 0xff, 0xff]

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc32 = (bytes) => {
  let c = 0xffffffff
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
const chunk = (type, data) => {
  const out = Buffer.alloc(12 + data.length)
  out.writeUInt32BE(data.length, 0)
  out.write(type, 4, 'ascii')
  data.copy(out, 8)
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length)
  return out
}

/** An RGB PNG of `size` × `size` pixels, each coloured by pixel(x, y) (fractions 0–1). */
function png(size, pixel) {
  const rows = Buffer.alloc(size * (1 + 3 * size))
  for (let y = 0; y < size; y++) {
    const row = y * (1 + 3 * size)
    for (let x = 0; x < size; x++) {
      const [r, g, b] = pixel((x + 0.5) / size, (y + 0.5) / size)
      rows[row + 1 + 3 * x] = r
      rows[row + 2 + 3 * x] = g
      rows[row + 3 + 3 * x] = b
    }
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header[8] = 8 // bit depth
  header[9] = 2 // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

// Three bars rising left to right, inside the central 60 % (the maskable safe zone is 80 %).
const BARS = [
  { x0: 0.25, x1: 0.37, top: 0.55 },
  { x0: 0.44, x1: 0.56, top: 0.42 },
  { x0: 0.63, x1: 0.75, top: 0.28 },
]
const icon = (x, y) =>
  BARS.some((b) => x >= b.x0 && x <= b.x1 && y >= b.top && y <= 0.75) ? WHITE : BLUE

for (const size of [192, 512]) writeFileSync(`public/icon-${size}.png`, png(size, icon))
console.log('wrote public/icon-192.png and public/icon-512.png')
