import type { ScenarioError } from '../../scenario/types';
import { localizeScenarioError, useT } from '../../store/lang';

interface Props {
  message: string;
  errors: ScenarioError[];
  /** The embed page's own h1; inside a host page (the web component) an h2 under the page's. */
  heading: boolean;
}

/** Why a `?src=` scenario was not shown. Everything from the file is rendered as text. */
export function ScenarioErrors({ message, errors, heading }: Props) {
  const t = useT();
  return (
    <div role="alert" className="kw-embed-errors">
      {heading ? <h1>{t('embed.cannotShow')}</h1> : <h2>{t('embed.cannotShow')}</h2>}
      <p>{message}</p>
      {errors.length > 0 ? (
        <ul>
          {errors.map((e, i) => {
            const words = localizeScenarioError(e);
            return (
              <li key={i}>
                <code>
                  {e.file}:{e.line}:{e.column}
                </code>{' '}
                <strong>{e.field}</strong>: {words.englishMessage ? <span lang="en">{words.message}</span> : words.message}
                <br />
                <span className="kw-embed-hint">{t('embed.hint', { hint: words.hint })}</span>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
