// The storage transformer between encoding and etcd. With --encryption-provider-config the first
// provider listed for secrets encrypts and the value becomes k8s:enc:<provider>:v1:<key>:<bytes>;
// without it (kubeadm's default) the identity transformer stores the protobuf as it is.
// The ciphertext here is seeded random bytes of the right length: opaque, never real crypto.
import type { JsonObject } from '../types';
import type { Rng } from '../core/prng';
import { isObject, list, str } from '../core/json';
import { escaped } from '../core/bytes';
import { secretProtobuf } from './protobuf';

export interface StoredSecret {
  /** `identity` when nothing encrypts. */
  provider: string;
  keyName: string;
  /** The value as etcdctl would print it (non-printable bytes as \xNN; long ciphertext elided). */
  stored: string;
  size: number;
}

const ENCRYPTING = ['aescbc', 'aesgcm', 'secretbox'];

/** The first provider for secrets in the scenario's EncryptionConfiguration, else the documented aescbc example. */
export function providerFor(path: string, files: Record<string, JsonObject>): { provider: string; keyName: string } {
  const config = files[path];
  if (!config) return { provider: 'aescbc', keyName: 'key1' };
  // Resources no rule names are not encrypted at all: identity.
  const rule = list(config, 'resources').find((r) => (Array.isArray(r.resources) ? r.resources : []).includes('secrets'));
  const first = rule ? list(rule, 'providers')[0] : undefined;
  const provider = first ? Object.keys(first)[0] ?? 'identity' : 'identity';
  const settings = first && isObject(first[provider]) ? first[provider] : {};
  return { provider, keyName: str(list(settings, 'keys')[0] ?? {}, 'name') ?? '' };
}

export function storeSecret(secret: JsonObject, configPath: string | null, files: Record<string, JsonObject>, rng: Rng): StoredSecret {
  const plain = secretProtobuf(secret);
  const { provider, keyName } = configPath ? providerFor(configPath, files) : { provider: 'identity', keyName: '' };
  if (!ENCRYPTING.includes(provider)) return { provider: 'identity', keyName: '', stored: escaped(plain), size: plain.length };
  // A fresh IV or nonce each write, so the same Secret written twice never gives the same bytes.
  // aescbc: 16-byte IV + PKCS#7-padded blocks; aesgcm: 12-byte nonce + tag; secretbox: 24 + tag.
  const length = provider === 'aescbc' ? 16 + (Math.floor(plain.length / 16) + 1) * 16 : (provider === 'aesgcm' ? 12 : 24) + plain.length + 16;
  const bytes = Array.from({ length }, () => rng.int(256));
  const prefix = `k8s:enc:${provider}:v1:${keyName}:`;
  return { provider, keyName, stored: `${prefix}${escaped(bytes.slice(0, 24))}… (${length} bytes of ciphertext)`, size: prefix.length + length };
}
