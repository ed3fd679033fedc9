// G, then a step number, then Enter: the presenter's "go to step". Returns true when it used the key.
import { selectVisible } from '../../store/selectors';
import { playerStore } from '../../store/hooks';
import { useUi } from '../../store/ui';

const MAX_DIGITS = 4;

export function handleGoToKey(key: string): boolean {
  const { goToDigits, setGoToDigits } = useUi.getState();
  if (goToDigits === null) return false;
  if (/^\d$/.test(key)) {
    setGoToDigits((goToDigits + key).slice(0, MAX_DIGITS));
  } else if (key === 'Backspace') {
    setGoToDigits(goToDigits.slice(0, -1));
  } else if (key === 'Enter') {
    setGoToDigits(null);
    const { dispatch } = playerStore().getState();
    const visible = selectVisible(playerStore().getState());
    const index = visible[Number(goToDigits) - 1];
    if (goToDigits !== '' && index !== undefined) dispatch({ type: 'goTo', index });
  } else {
    // Escape, or any other key, cancels.
    setGoToDigits(null);
  }
  return true;
}
