import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { wrapText } from './wrap';
import { assembleApng, crc32, readChunks } from './apng';

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A w×h grey PNG of one value, as a browser would write it. */
function png(w: number, h: number, grey: number): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const raw = Buffer.alloc((w + 1) * h, grey);
  for (let y = 0; y < h; y++) raw[y * (w + 1)] = 0; // filter byte
  return new Uint8Array(Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('sRGB', new Uint8Array([0])), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]));
}

describe('assembleApng', () => {
  it('knows the CRC-32 of a known string', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('writes acTL, one fcTL per frame with rising sequence numbers, IDAT then fdAT', () => {
    const out = assembleApng([png(3, 2, 10), png(3, 2, 200), png(3, 2, 90)], 1500);
    const chunks = readChunks(out);
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'sRGB', 'acTL', 'fcTL', 'IDAT', 'fcTL', 'fdAT', 'fcTL', 'fdAT', 'IEND']);
    const u32 = (d: Uint8Array, at = 0) => new DataView(d.buffer, d.byteOffset).getUint32(at);
    const actl = chunks[2]?.data ?? new Uint8Array();
    expect([u32(actl), u32(actl, 4)]).toEqual([3, 0]);
    const sequences = chunks.filter((c) => c.type === 'fcTL' || c.type === 'fdAT').map((c) => u32(c.data));
    expect(sequences).toEqual([0, 1, 2, 3, 4]);
    const fctl = chunks[3]?.data ?? new Uint8Array();
    expect([u32(fctl, 4), u32(fctl, 8)]).toEqual([3, 2]);
    expect(new DataView(fctl.buffer, fctl.byteOffset).getUint16(20)).toBe(1500);
    // Every chunk's CRC checks out.
    const view = new DataView(out.buffer);
    for (let at = 8; at < out.length; ) {
      const length = view.getUint32(at);
      expect(view.getUint32(at + 8 + length)).toBe(crc32(out.subarray(at + 4, at + 8 + length)));
      at += 12 + length;
    }
  });

  it('refuses frames of another size and files that are not PNG', () => {
    expect(() => assembleApng([png(3, 2, 1), png(2, 2, 1)], 100)).toThrow('frame 2 is not 3×2');
    expect(() => assembleApng([new Uint8Array([1, 2, 3])], 100)).toThrow('not a PNG');
    expect(() => assembleApng([], 100)).toThrow('at least one frame');
  });
});

describe('wrapText', () => {
  const measure = (s: string) => s.length;
  it('breaks at spaces within the width and marks what was cut', () => {
    expect(wrapText('one two three four', 9, 5, measure)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('one two three four', 9, 2, measure)).toEqual(['one two', 'three…']);
    expect(wrapText('', 9, 2, measure)).toEqual([]);
  });
});
