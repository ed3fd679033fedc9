import { useDispatch } from '../../store/hooks';
import { useUi } from '../../store/ui';

/** Opens the scenario gallery (`?mode=gallery`). */
export function GalleryButton() {
  const setMode = useUi((s) => s.setMode);
  const dispatch = useDispatch();
  return (
    <button
      type="button"
      className="kw-btn kw-btn-small"
      onClick={() => {
        dispatch({ type: 'paused' });
        setMode('gallery');
      }}
    >
      Scenarios
    </button>
  );
}
