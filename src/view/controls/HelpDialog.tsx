import { useEffect, useRef } from 'react';
import { KEY_HELP, PRESENTER_KEY_HELP } from '../../playback/keymap';
import { isUiKey } from '../../catalog/ui-text';
import { useT } from '../../store/lang';
import { useUi } from '../../store/ui';

/** A modal dialog listing the keys. `showModal` gives focus trapping and Escape for free. */
export function HelpDialog({ presenter = false }: { presenter?: boolean }) {
  const t = useT();
  // Keymap words are English data: said in the page's language when the catalog has them.
  const say = (key: string, english: string) => (isUiKey(key) ? t(key) : english);
  const open = useUi((s) => s.helpOpen);
  const setOpen = useUi((s) => s.setHelpOpen);
  const ref = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<Element | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnTo.current = document.activeElement;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  const onClose = () => {
    setOpen(false);
    const back = returnTo.current;
    if (back instanceof HTMLElement) back.focus();
  };
  const rows = presenter ? [...KEY_HELP, ...PRESENTER_KEY_HELP] : KEY_HELP;

  return (
    <dialog ref={ref} className="kw-dialog" aria-labelledby="kw-help-title" onClose={onClose}>
      <h2 id="kw-help-title">{t('help.title')}</h2>
      {/* Its rows only while it is open: every prerendered page would carry them otherwise. */}
      {open ? (
        <>
          <table className="kw-table">
            <tbody>
              {rows.map((row) => (
                <tr key={row.action}>
                  <td>
                    {row.keys.map((k, i) => (
                      <span key={k}>
                        {i > 0 ? (row.action.startsWith('Go to') ? t('help.then') : t('help.or')) : ''}
                        <kbd>{say(`help.key.${k}`, k)}</kbd>
                      </span>
                    ))}
                  </td>
                  <td>{say(`help.action.${row.action}`, row.action)}</td>
                </tr>
              ))}
              <tr>
                <td>
                  <kbd>Esc</kbd>
                </td>
                <td>{t('help.close')}</td>
              </tr>
            </tbody>
          </table>
          <form method="dialog">
            <button type="submit" className="kw-btn kw-btn-primary" autoFocus>
              {t('help.closeButton')}
            </button>
          </form>
        </>
      ) : null}
    </dialog>
  );
}
