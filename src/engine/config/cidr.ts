// IPv4 CIDR checks for --service-cluster-ip-range, and the first address kube-apiserver gives
// the `kubernetes` Service from it.

function octets(ip: string): number[] | null {
  const parts = ip.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return null;
  return parts.map(Number);
}

export function isCidr(text: string): boolean {
  const [ip, bits, extra] = text.split('/');
  return extra === undefined && ip !== undefined && octets(ip) !== null && bits !== undefined && /^\d{1,2}$/.test(bits) && Number(bits) <= 32;
}

/** The network address plus one: 10.96.0.0/12 → 10.96.0.1. */
export function firstServiceIP(cidr: string): string {
  const [ip = '', bits = '32'] = cidr.split('/');
  const o = octets(ip) ?? [0, 0, 0, 0];
  const n = ((o[0] ?? 0) * 2 ** 24 + (o[1] ?? 0) * 2 ** 16 + (o[2] ?? 0) * 2 ** 8 + (o[3] ?? 0)) >>> 0;
  const size = 2 ** (32 - Number(bits));
  const first = n - (n % size) + 1;
  return [first >>> 24, (first >>> 16) & 255, (first >>> 8) & 255, first & 255].join('.');
}
