import { useUi } from '../../store/ui';

/** While typing G and a number: which step Enter will go to. */
export function GoToStatus() {
  const digits = useUi((s) => s.goToDigits);
  return (
    <p role="status" className="kw-goto" hidden={digits === null}>
      {digits === null ? '' : `Go to step ${digits || '…'} (Enter to go, Esc to cancel)`}
    </p>
  );
}
