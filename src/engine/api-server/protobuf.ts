// How a Secret looks in etcd without encryption: the k8s\x00 magic, then a protobuf
// runtime.Unknown wrapping the typed object. The values are raw bytes (not base64), so anyone who
// reads etcd or its backups reads them. Simplified: metadata keeps only name, namespace and uid.
import type { JsonObject } from '../types';
import { isObject, str } from '../core/json';
import { unbase64, utf8 } from '../core/bytes';

const MAGIC = [0x6b, 0x38, 0x73, 0x00];

function varint(n: number): number[] {
  const out: number[] = [];
  let v = n;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  return [...out, v];
}

/** A length-delimited field (wire type 2): tag, length, bytes. */
const field = (tag: number, bytes: number[]): number[] => [(tag << 3) | 2, ...varint(bytes.length), ...bytes];
const text = (tag: number, value: string): number[] => field(tag, utf8(value));

// Keys like tls.crt hold dots, so no path lookup.
const stringAt = (o: JsonObject, k: string): string => {
  const v = o[k];
  return typeof v === 'string' ? v : '';
};

/** The bytes kube-apiserver hands to the storage transformer for a Secret. */
export function secretProtobuf(secret: JsonObject): number[] {
  const meta = [...text(1, str(secret, 'metadata.name') ?? ''), ...text(3, str(secret, 'metadata.namespace') ?? ''), ...text(5, str(secret, 'metadata.uid') ?? '')];
  const data = isObject(secret.data) ? secret.data : {};
  // map<string, bytes> data = 2: one entry message per key, sorted as Go's marshaller writes them.
  const entries = Object.keys(data).sort().flatMap((k) => field(2, [...text(1, k), ...field(2, unbase64(stringAt(data, k)) ?? [])]));
  const raw = [...field(1, meta), ...entries, ...text(3, str(secret, 'type') ?? 'Opaque')];
  const typeMeta = [...text(1, 'v1'), ...text(2, 'Secret')];
  // contentEncoding = 3 and contentType = 4 are written even when empty.
  return [...MAGIC, ...field(1, typeMeta), ...field(2, raw), ...text(3, ''), ...text(4, '')];
}
