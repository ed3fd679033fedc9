// Animated PNG from PNG frames of one size (what canvas.toBlob gives): the first frame's IDAT
// stays as it is (viewers without APNG show it as a still), later frames' IDAT become fdAT.
// APNG because it keeps the narration's anti-aliased text sharp (GIF's 256 colours dither it),
// every current browser and GitHub READMEs animate it, and it needs no encoder beyond the
// browser's own PNG one. WebP would need an encoder: canvas only writes still WebP.

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

interface Chunk {
  type: string;
  data: Uint8Array;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function readChunks(png: Uint8Array): Chunk[] {
  if (!SIGNATURE.every((b, i) => png[i] === b)) throw new Error('not a PNG file (bad signature)');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: Chunk[] = [];
  for (let at = 8; at + 12 <= png.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    chunks.push({ type, data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
    if (type === 'IEND') break;
  }
  return chunks;
}

function writeChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function u32s(...values: number[]): Uint8Array {
  const out = new Uint8Array(values.length * 4);
  const view = new DataView(out.buffer);
  values.forEach((v, i) => view.setUint32(i * 4, v));
  return out;
}

/** One APNG of the frames, each shown `delayMs`, looping forever. */
export function assembleApng(frames: Uint8Array[], delayMs: number): Uint8Array {
  const first = frames[0];
  if (!first) throw new Error('an animation needs at least one frame');
  const head = readChunks(first);
  const ihdr = head.find((c) => c.type === 'IHDR');
  if (!ihdr) throw new Error('the first frame has no IHDR chunk');
  const width = new DataView(ihdr.data.buffer, ihdr.data.byteOffset).getUint32(0);
  const height = new DataView(ihdr.data.buffer, ihdr.data.byteOffset).getUint32(4);
  const parts: Uint8Array[] = [Uint8Array.from(SIGNATURE), writeChunk('IHDR', ihdr.data)];
  // Colour information (sRGB, gAMA, iCCP…) from before the first frame's image data.
  for (const c of head) {
    if (c.type === 'IDAT') break;
    if (c.type !== 'IHDR') parts.push(writeChunk(c.type, c.data));
  }
  parts.push(writeChunk('acTL', u32s(frames.length, 0)));
  let sequence = 0;
  frames.forEach((png, i) => {
    const chunks = readChunks(png);
    const size = chunks.find((c) => c.type === 'IHDR')?.data;
    if (!size || size.length < 8) throw new Error(`frame ${i + 1} has no IHDR chunk`);
    const dims = new DataView(size.buffer, size.byteOffset);
    if (dims.getUint32(0) !== width || dims.getUint32(4) !== height) throw new Error(`frame ${i + 1} is not ${width}×${height}`);
    // fcTL: sequence, width, height, x, y, delay (ms over 1000), dispose none, blend source.
    const fctl = new Uint8Array(26);
    fctl.set(u32s(sequence++, width, height, 0, 0), 0);
    new DataView(fctl.buffer).setUint16(20, Math.round(delayMs));
    new DataView(fctl.buffer).setUint16(22, 1000);
    parts.push(writeChunk('fcTL', fctl));
    for (const c of chunks) {
      if (c.type !== 'IDAT') continue;
      if (i === 0) parts.push(writeChunk('IDAT', c.data));
      else {
        const data = new Uint8Array(4 + c.data.length);
        data.set(u32s(sequence++), 0);
        data.set(c.data, 4);
        parts.push(writeChunk('fdAT', data));
      }
    }
  });
  parts.push(writeChunk('IEND', new Uint8Array(0)));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
