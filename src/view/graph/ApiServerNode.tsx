import { memo } from 'react';
import { API_SERVER_STAGES } from '../../engine/types';
import { selectStep } from '../../store/selectors';
import { usePlayer } from '../../store/hooks';
import { useT } from '../../store/lang';
import { activeStage, involvement } from './activity';
import { Handles } from './Handles';

/** kube-apiserver with its request path as a row of stages, in execution order. */
export const ApiServerNode = memo(function ApiServerNode() {
  const t = useT();
  const inv = usePlayer((s) => involvement(selectStep(s), 'kube-apiserver'));
  const stage = usePlayer((s) => activeStage(selectStep(s)));
  return (
    <div className="kw-node kw-api" data-kind="kube-apiserver" data-involvement={inv ?? 'idle'}>
      <Handles />
      <div className="kw-node-head">
        <span className="kw-node-name">kube-apiserver</span>
        <span className="kw-node-role">{t('graph.chain')}</span>
        {inv ? <span className="kw-badge">{t(`graph.involvement.${inv}`)}</span> : null}
      </div>
      <ol className="kw-stages">
        {API_SERVER_STAGES.map((s) => (
          <li key={s} className="kw-stage" data-active={s === stage ? 'true' : undefined}>
            {t(`graph.stage.${s}`)}
          </li>
        ))}
      </ol>
    </div>
  );
});
