import type { ComponentId } from '../../engine/types';
import { Packet } from '../../motion/Packet';
import { packetLabel, travelSeconds } from '../../motion/packetLabel';
import { stepIntervalMs } from '../../playback/state';
import { selectStep } from '../../store/selectors';
import { usePlayer } from '../../store/hooks';
import type { Box } from './geometry';
import { linkBetween } from './geometry';

/** The packet of the current step, travelling along the link from `from` to `to`. */
export function PacketLayer({ boxes }: { boxes: Partial<Record<ComponentId, Box>> }) {
  const step = usePlayer(selectStep);
  const speed = usePlayer((s) => s.playback.speed);
  if (!step || step.from === step.to) return null;
  const a = boxes[step.from];
  const b = boxes[step.to];
  if (!a || !b) return null;
  const { from, to } = linkBetween(a, b);
  return (
    <Packet
      key={step.index}
      from={from}
      to={to}
      label={packetLabel(step)}
      seconds={travelSeconds(stepIntervalMs(speed))}
    />
  );
}
