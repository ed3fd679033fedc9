import { useDispatch } from '../../store/hooks';
import { useT } from '../../store/lang';
import { useUi } from '../../store/ui';

/** Opens the scenario gallery (`?mode=gallery`). */
export function GalleryButton() {
  const t = useT();
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
      {t('gallery.button')}
    </button>
  );
}
