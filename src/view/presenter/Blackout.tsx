import { useUi } from '../../store/ui';

/** The presenter's black screen (B or .); any key or a click brings the picture back. */
export function Blackout() {
  const on = useUi((s) => s.blackout);
  const setBlackout = useUi((s) => s.setBlackout);
  if (!on) return null;
  return <div className="kw-blackout" data-testid="blackout" aria-hidden="true" onClick={() => setBlackout(false)} />;
}
