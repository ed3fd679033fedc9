import { useUi } from '../../store/ui';
import { useT } from '../../store/lang';

/** While typing G and a number: which step Enter will go to. */
export function GoToStatus() {
  const t = useT();
  const digits = useUi((s) => s.goToDigits);
  return (
    <p role="status" className="kw-goto" hidden={digits === null}>
      {digits === null ? '' : t('presenter.goTo', { digits: digits || '…' })}
    </p>
  );
}
