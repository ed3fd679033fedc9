import { memo } from 'react';
import type { Node, NodeProps } from '@xyflow/react';
import type { PodView } from '../../engine/types';
import { useShallow } from 'zustand/react/shallow';
import { Appear } from '../../motion/Appear';
import { selectState } from '../../store/selectors';
import { usePlayer } from '../../store/hooks';
import { useT } from '../../store/lang';
import type { GroupData } from './layout';
import { POD_CHIPS_MAX, countByPhase, podKeyFields, podKeysOn } from './podsByNode';

const NO_PODS: readonly PodView[] = [];

/** A Kubernetes node: its name, role and readiness, holding its kubelet, containerd and Pods. */
export const NodeGroup = memo(function NodeGroup({ data }: NodeProps<Node<GroupData>>) {
  const t = useT();
  const ready = usePlayer((s) => selectState(s)?.nodes.find((n) => n.name === data.nodeName)?.ready ?? false);
  // Strings, compared shallowly: the group re-renders only when one of its pods changes. The
  // same array comes back while the pods array is the same, so most steps compare nothing.
  const pods = usePlayer(useShallow((s) => podKeysOn(selectState(s)?.pods ?? NO_PODS, data.nodeName)));
  // System pods (static control-plane pods, kube-proxy…) fold into one chip; the scenario's own
  // pods are what the learner follows.
  const system = pods.filter((k) => podKeyFields(k)[0] === 'kube-system');
  const workloads = pods.filter((k) => podKeyFields(k)[0] !== 'kube-system');
  return (
    <div className="kw-group" data-role={data.role}>
      <div className="kw-group-head">
        <span className="kw-group-name">{data.nodeName}</span>
        <span>{data.role}</span>
        <span className="kw-ready" data-ready={ready ? 'true' : 'false'}>
          {ready ? 'Ready' : 'NotReady'}
        </span>
      </div>
      <div className="kw-pods" aria-label={t('graph.podsOn', { node: data.nodeName })}>
        {pods.length === 0 ? <span className="kw-pods-empty">{t('graph.noPods')}</span> : null}
        {system.length > 0 ? (
          <span className="kw-pod kw-pod-system" title={system.map((k) => podKeyFields(k)[1]).join(', ')}>
            <span className="kw-pod-name">kube-system</span>
            <span>{t(system.length === 1 ? 'graph.systemPods.one' : 'graph.systemPods.other', { count: system.length })}</span>
          </span>
        ) : null}
        {workloads.length > POD_CHIPS_MAX ? <PhaseChips workloads={workloads} /> : <PodChips workloads={workloads} />}
      </div>
    </div>
  );
});

function PodChips({ workloads }: { workloads: string[] }) {
  const t = useT();
  return workloads.map((key) => {
    const [namespace, name, status, phase] = podKeyFields(key);
    return (
      <Appear key={key} className="kw-pod">
        <span className="kw-pod-name">{t('graph.pod', { name: `${namespace === 'default' ? '' : `${namespace}/`}${name ?? ''}` })}</span>
        <span className="kw-pod-status" data-phase={phase}>
          {status}
        </span>
      </Appear>
    );
  });
}

/** Many Pods on one node: a count chip per phase instead of one chip per Pod. */
function PhaseChips({ workloads }: { workloads: string[] }) {
  const t = useT();
  return countByPhase(workloads.map((k) => podKeyFields(k)[3])).map(([phase, n]) => (
    <span key={phase} className="kw-pod kw-pod-count" data-count-phase={phase}>
      <span className="kw-pod-name">{t(n === 1 ? 'graph.podCount.one' : 'graph.podCount.other', { count: n })}</span>
      <span className="kw-pod-status" data-phase={phase}>
        {phase}
      </span>
    </span>
  ));
}
