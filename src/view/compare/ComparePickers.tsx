import { useId } from 'react';
import { scenarioList } from '../../store/traces';

/** Which scenario goes on each side. */
export function ComparePickers(props: { left: string; right: string; onChange: (left: string, right: string) => void }) {
  const { left, right, onChange } = props;
  const id = useId();
  const options = scenarioList().map((s) => (
    <option key={s.id} value={s.id}>
      {s.title}
    </option>
  ));
  return (
    <div className="kw-pickers">
      <div className="kw-field">
        <label htmlFor={`${id}-l`}>Left scenario</label>
        <select id={`${id}-l`} value={left} onChange={(e) => onChange(e.target.value, right)}>
          {options}
        </select>
      </div>
      <div className="kw-field">
        <label htmlFor={`${id}-r`}>Right scenario</label>
        <select id={`${id}-r`} value={right} onChange={(e) => onChange(left, e.target.value)}>
          {options}
        </select>
      </div>
    </div>
  );
}
