import { useUi } from '../../store/ui';

/** In the speaker view: says when the audience screen is black (B or .); any key restores it. */
export function RoomStatus() {
  const black = useUi((s) => s.blackout);
  return (
    <p role="status" className="kw-room-status">
      {black ? 'The audience screen is black. Press any key to bring it back.' : ''}
    </p>
  );
}
