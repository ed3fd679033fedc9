// Keeps the address bar the sandbox's share link (replaceState: no history spam).
import { encodeSandboxUrl } from './sandboxUrl';
import { useSandbox } from './sandbox';

/** The full share link of the session as it is now. */
export function sandboxLink(): string {
  const { origin, pathname } = globalThis.location;
  return `${origin}${pathname}${encodeSandboxUrl(useSandbox.getState().session)}`;
}

export function syncSandboxUrl(): () => void {
  const write = () => {
    const search = encodeSandboxUrl(useSandbox.getState().session);
    if (globalThis.location.search !== search) {
      globalThis.history.replaceState(globalThis.history.state, '', `${globalThis.location.pathname}${search}${globalThis.location.hash}`);
    }
  };
  write();
  return useSandbox.subscribe((next, prev) => {
    if (next.session !== prev.session) write();
  });
}
