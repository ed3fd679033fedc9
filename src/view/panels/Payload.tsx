import { selectStep } from '../../store/selectors';
import { usePlayer } from '../../store/hooks';
import type { Block } from './payloadText';
import { criBlocks, etcdBlocks, eventBlocks, httpBlocks, watchBlocks } from './payloadText';
import { Panel } from './Panel';
import { useT } from '../../store/lang';
import type { Step } from '../../catalog/types';

/** The step's messages as titled text blocks (also printed in the handout). */
export function blocksOf(step: Step): Block[] {
  return [
    ...(step.http ? httpBlocks(step.http) : []),
    ...(step.etcd ? etcdBlocks(step.etcd) : []),
    ...(step.watch ? watchBlocks(step.watch) : []),
    ...(step.cri ? criBlocks(step.cri) : []),
    ...(step.event ? eventBlocks(step.event) : []),
  ];
}

/** The real message of the step: HTTP, etcd, watch event, CRI call or Event. */
export function Payload() {
  const t = useT();
  const step = usePlayer(selectStep);
  const blocks = step ? blocksOf(step) : [];
  return (
    <Panel title={t('panel.payload')} className="kw-payload">
      {blocks.length === 0 ? (
        <p className="kw-muted">{t('payload.none', { actor: step?.actor ?? t('payload.component') })}</p>
      ) : (
        blocks.map((b) => (
          <div key={b.heading} className="kw-block">
            <h3 className="kw-block-title">{b.heading}</h3>
            <pre className="kw-pre">{b.text}</pre>
          </div>
        ))
      )}
    </Panel>
  );
}
