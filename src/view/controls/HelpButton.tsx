import { useUi } from '../../store/ui';

export function HelpButton() {
  const setOpen = useUi((s) => s.setHelpOpen);
  return (
    <button type="button" className="kw-btn kw-btn-small" aria-haspopup="dialog" onClick={() => setOpen(true)}>
      Keys <kbd>?</kbd>
    </button>
  );
}
