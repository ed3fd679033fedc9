import { memo } from 'react';
import type { Edge, EdgeProps } from '@xyflow/react';
import { BaseEdge } from '@xyflow/react';
import { selectStep } from '../../store/selectors';
import { usePlayer } from '../../store/hooks';
import { linkActive } from './activity';
import type { LinkData } from './layout';

/** A straight link drawn from the layout's geometry; thick and dashed while a message crosses it. */
export const LinkEdge = memo(function LinkEdge({ id, data }: EdgeProps<Edge<LinkData>>) {
  const active = usePlayer((s) => (data ? linkActive(selectStep(s), data.a, data.b) : false));
  if (!data || (data.quiet && !active)) return null;
  const { from, to } = data.segment;
  // No wide invisible twin to catch the pointer (interactionWidth): links are read-only.
  return <BaseEdge id={id} path={`M ${from.x} ${from.y} L ${to.x} ${to.y}`} className={active ? 'kw-link kw-link-active' : 'kw-link'} interactionWidth={0} />;
});
