import { useUi } from '../../store/ui';
import { useT } from '../../store/lang';

/** In the speaker view: says when the audience screen is black (B or .); any key restores it. */
export function RoomStatus() {
  const t = useT();
  const black = useUi((s) => s.blackout);
  return (
    <p role="status" className="kw-room-status">
      {black ? t('speaker.black') : ''}
    </p>
  );
}
