import { memo } from 'react';
import type { Node, NodeProps } from '@xyflow/react';
import { selectCommandLine, selectState, selectStep } from '../../store/selectors';
import { usePlayer } from '../../store/hooks';
import type { ComponentData, ComponentKind } from './layout';
import { componentDetail, involvement } from './activity';
import { Handles } from './Handles';

const ROLE: Record<ComponentKind, string> = {
  kubectl: 'your laptop',
  'kube-scheduler': 'picks a node',
  'kube-controller-manager': 'control loops',
  etcd: 'key-value store',
  kubelet: 'node agent',
  containerd: 'container runtime',
};

/** A control-plane or node component: name, what it is, one live detail, and whether it is active. */
export const ComponentNode = memo(function ComponentNode({ data }: NodeProps<Node<ComponentData>>) {
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
        {inv ? <span className="kw-badge">{inv}</span> : null}
      </div>
      <div className="kw-node-role">{ROLE[data.kind]}</div>
      <div className="kw-node-detail" title={detail}>
        {detail}
      </div>
    </div>
  );
});
