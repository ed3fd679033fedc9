import { useEffect, useRef } from 'react';
import { selectCursor, selectSteps, selectVisible } from '../../store/selectors';
import { useDispatch, usePlayer } from '../../store/hooks';
import { useUi } from '../../store/ui';
import { useT } from '../../store/lang';

/** O: every step at the current level as a grid of buttons; picking one jumps there. */
export function OverviewDialog() {
  const t = useT();
  const open = useUi((s) => s.overviewOpen);
  const setOpen = useUi((s) => s.setOverviewOpen);
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[aria-current="step"]')?.focus();
    } else if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog ref={ref} className="kw-dialog kw-overview" aria-labelledby="kw-overview-title" onClose={() => setOpen(false)}>
      <h2 id="kw-overview-title">{t('presenter.allSteps')}</h2>
      {open ? <OverviewGrid close={() => setOpen(false)} /> : null}
      <form method="dialog">
        <button type="submit" className="kw-btn">
          {t('presenter.close')}
        </button>
      </form>
    </dialog>
  );
}

/** The grid itself: mounted only while the dialog is open, so a closed dialog follows no step. */
function OverviewGrid({ close }: { close: () => void }) {
  const steps = usePlayer(selectSteps);
  const visible = usePlayer(selectVisible);
  const cursor = usePlayer(selectCursor);
  const dispatch = useDispatch();
  return (
    <ol className="kw-overview-grid">
      {visible.map((index, i) => (
        <li key={index}>
          <button
            type="button"
            className="kw-overview-item"
            aria-current={index === cursor ? 'step' : undefined}
            onClick={() => {
              dispatch({ type: 'goTo', index });
              close();
            }}
          >
            <span className="kw-step-num">{i + 1}</span> {steps[index]?.title}
          </button>
        </li>
      ))}
    </ol>
  );
}
