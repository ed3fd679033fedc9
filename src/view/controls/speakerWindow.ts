// Opens the speaker view in a second window; when the browser blocks pop-ups, offers a link.
import { useUi } from '../../store/ui';

export function speakerUrl(): string {
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
