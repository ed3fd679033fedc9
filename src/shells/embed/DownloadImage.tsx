import { useId, useState } from 'react';
import { paletteOf } from '../../embed/image/drawStep';
import { rangeApng, stepPng } from '../../embed/image/render';
import { usePlayer, usePlayerStore } from '../../store/hooks';
import { useT } from '../../store/lang';
import { selectStepCount, selectStepNumber } from '../../store/selectors';

const MAX_FRAMES = 60;

function save(root: HTMLElement, bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/png' }));
  const a = root.ownerDocument.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  root.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "Download image" of the step on screen (PNG) and an animated PNG of a range of steps. */
export function DownloadImage({ root }: { root: HTMLElement }) {
  const t = useT();
  const id = useId();
  const store = usePlayerStore();
  const number = usePlayer(selectStepNumber);
  const count = usePlayer(selectStepCount);
  const scenario = usePlayer((s) => s.playback.scenarioId);
  const [from, setFrom] = useState(1);
  const [to, setTo] = useState(0);
  const [said, setSaid] = useState('');
  const last = to >= 1 ? Math.min(to, count) : count;
  const first = Math.min(Math.max(from, 1), last);

  const run = (make: () => Promise<Uint8Array>, name: string) => {
    setSaid(t('embed.drawing'));
    make().then(
      (bytes) => {
        save(root, bytes, name);
        setSaid(t('embed.saved', { name }));
      },
      (e: unknown) => setSaid(t('embed.drawFailed', { error: e instanceof Error ? e.message : String(e) })),
    );
  };
  const still = () => run(() => stepPng(store.getState(), number, paletteOf(root)), `kubewalk-${scenario}-step-${number}.png`);
  const animated = () => {
    const end = Math.min(last, first + MAX_FRAMES - 1);
    run(() => rangeApng(store.getState(), first, end, paletteOf(root)), `kubewalk-${scenario}-steps-${first}-${end}.png`);
  };
  return (
    <div className="kw-embed-download">
      <button type="button" className="kw-btn kw-btn-small" onClick={still}>
        {t('embed.download')}
      </button>
      <span className="kw-field">
        <label htmlFor={`${id}-from`}>{t('embed.animateFrom')}</label>
        <input id={`${id}-from`} type="number" min={1} max={count} value={first} onChange={(e) => setFrom(Number(e.target.value))} />
        <label htmlFor={`${id}-to`}>{t('embed.animateTo')}</label>
        <input id={`${id}-to`} type="number" min={1} max={count} value={last} onChange={(e) => setTo(Number(e.target.value))} />
      </span>
      <button type="button" className="kw-btn kw-btn-small" onClick={animated}>
        {t('embed.downloadAnimation')}
      </button>
      <span role="status" className="kw-embed-status">
        {said}
      </span>
    </div>
  );
}
