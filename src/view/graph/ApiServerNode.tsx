import { memo } from 'react';
import type { ApiServerStage } from '../../engine/types';
import { API_SERVER_STAGES } from '../../engine/types';
import { selectStep } from '../../store/selectors';
import { usePlayer } from '../../store/hooks';
import { activeStage, involvement } from './activity';
import { Handles } from './Handles';

const STAGE_LABEL: Record<ApiServerStage, string> = {
  // Soft hyphens (\u00AD) break the long words only where a chip is too narrow for them.
  authentication: 'authenti\u00ADcation',
  audit: 'audit',
  impersonation: 'imperso\u00ADnation',
  'priority-and-fairness': 'APF (priority & fairness)',
  authorization: 'authori\u00ADzation',
  decode: 'decode + defaults',
  'mutating-admission': 'admission (mutating)',
  validation: 'validation',
  'validating-admission': 'admission (validating)',
  storage: 'registry → storage',
  'watch-cache': 'watch cache',
};

/** kube-apiserver with its request path as a row of stages, in execution order. */
export const ApiServerNode = memo(function ApiServerNode() {
  const inv = usePlayer((s) => involvement(selectStep(s), 'kube-apiserver'));
  const stage = usePlayer((s) => activeStage(selectStep(s)));
  return (
    <div className="kw-node kw-api" data-kind="kube-apiserver" data-involvement={inv ?? 'idle'}>
      <Handles />
      <div className="kw-node-head">
        <span className="kw-node-name">kube-apiserver</span>
        <span className="kw-node-role">the handler chain, in order →</span>
        {inv ? <span className="kw-badge">{inv}</span> : null}
      </div>
      <ol className="kw-stages">
        {API_SERVER_STAGES.map((s) => (
          <li key={s} className="kw-stage" data-active={s === stage ? 'true' : undefined}>
            {STAGE_LABEL[s]}
          </li>
        ))}
      </ol>
    </div>
  );
});
