// The logical clock. Milliseconds since the scenario's epoch, rendered as RFC 3339 timestamps the
// way the API server writes them (whole seconds for metadata, as in creationTimestamp).

/** The instant the simulation's clock reads 0. Fixed so traces are byte-identical. */
export const EPOCH_MS = Date.UTC(2025, 8, 15, 9, 0, 0);

// The last second formatted: every object written in the same second asks for the same text.
let lastSecond = NaN;
let lastText = '';

export function timestamp(clockMs: number): string {
  const second = Math.floor(clockMs / 1000);
  if (second !== lastSecond) {
    lastText = new Date(EPOCH_MS + second * 1000).toISOString().replace('.000Z', 'Z');
    lastSecond = second;
  }
  return lastText;
}

export function parseTimestamp(value: string): number {
  return Date.parse(value) - EPOCH_MS;
}

/** kubectl's and the API server's human duration (k8s.io/apimachinery/pkg/util/duration). */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 0) return '<invalid>';
  if (seconds < 120) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) return seconds % 60 === 0 ? `${minutes}m` : `${minutes}m${seconds % 60}s`;
  if (minutes < 180) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 8) return minutes % 60 === 0 ? `${hours}h` : `${hours}h${minutes % 60}m`;
  if (hours < 48) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
}

/** Go's time.Duration string for the kubelet's "in 2.311s" pull messages. */
export function goDuration(ms: number): string {
  if (ms < 1000) return `${ms}ms`;
  return `${(ms / 1000).toFixed(3).replace(/\.?0+$/, '')}s`;
}
