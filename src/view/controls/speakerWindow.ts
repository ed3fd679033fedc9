// Opens the speaker view in a second window; when the browser blocks pop-ups, offers a link.
import { useUi } from '../../store/ui';
import { flushUrl } from '../../store/urlSync';

export function speakerUrl(): string {
  // The address of a step just taken may still wait for its frame to be painted.
  flushUrl();
  const url = new URL(globalThis.location.href);
  url.searchParams.set('mode', 'speaker');
  return url.toString();
}

export function openSpeakerView(): void {
  const url = speakerUrl();
  const ui = useUi.getState();
  ui.setSyncing(true);
  const opened = globalThis.open(url, 'kubewalk-speaker', 'popup,width=1100,height=760');
  ui.setSpeakerLink(opened ? null : url);
}
