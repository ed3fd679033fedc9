import type { ScenarioError } from '../../scenario/types';

interface Props {
  message: string;
  errors: ScenarioError[];
}

/** Why a `?src=` scenario was not shown. Everything from the file is rendered as text. */
export function ScenarioErrors({ message, errors }: Props) {
  return (
    <div role="alert" className="kw-embed-errors">
      <h2>This scenario cannot be shown</h2>
      <p>{message}</p>
      {errors.length > 0 ? (
        <ul>
          {errors.map((e, i) => (
            <li key={i}>
              <code>
                {e.file}:{e.line}:{e.column}
              </code>{' '}
              <strong>{e.field}</strong>: {e.message}
              <br />
              <span className="kw-embed-hint">Hint: {e.hint}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
