// Which level a handler-chain stage shows at, given how prominent the request is (its Story).
// The course-note stages (authn, authz, admission, validation) follow the request's chain level;
// the machinery around them (audit, APF, defaulting) is one level deeper.
import type { Level } from '../types';

export function deeper(level: Level): Level {
  return level === 'overview' ? 'standard' : 'deep';
}
