import { memo } from 'react';
import type { Node, NodeProps } from '@xyflow/react';
import { selectCommandLine, selectState, selectStep } from '../../store/selectors';
import { usePlayer } from '../../store/hooks';
import { useT } from '../../store/lang';
import type { ComponentData } from './layout';
import { componentDetail, involvement } from './activity';
import { Handles } from './Handles';

/** A control-plane or node component: name, what it is, one live detail, and whether it is active. */
export const ComponentNode = memo(function ComponentNode({ data }: NodeProps<Node<ComponentData>>) {
  const t = useT();
  const inv = usePlayer((s) => involvement(selectStep(s), data.id));
  const detail = usePlayer((s) => {
    const state = selectState(s);
    return state ? componentDetail(state, data.id, selectCommandLine(s)) : '';
  });
  return (
    <div className="kw-node" data-kind={data.kind} data-involvement={inv ?? 'idle'}>
      <Handles />
      <div className="kw-node-head">
        <span className="kw-node-name">{data.kind}</span>
        {inv ? <span className="kw-badge">{t(`graph.involvement.${inv}`)}</span> : null}
      </div>
      <div className="kw-node-role">{t(`graph.role.${data.kind}`)}</div>
      <div className="kw-node-detail" title={detail}>
        {detail}
      </div>
    </div>
  );
});
