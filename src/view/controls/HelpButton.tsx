import { useT } from '../../store/lang';
import { useUi } from '../../store/ui';

export function HelpButton() {
  const t = useT();
  const setOpen = useUi((s) => s.setHelpOpen);
  return (
    <button type="button" className="kw-btn kw-btn-small" aria-haspopup="dialog" onClick={() => setOpen(true)}>
      {t('help.button')} <kbd>?</kbd>
    </button>
  );
}
