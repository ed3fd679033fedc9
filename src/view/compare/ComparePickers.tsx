import { useId } from 'react';
import { scenarioList } from '../../store/traces';
import { useT } from '../../store/lang';

/** Which scenario goes on each side. */
export function ComparePickers(props: { left: string; right: string; onChange: (left: string, right: string) => void }) {
  const { left, right, onChange } = props;
  const t = useT();
  const id = useId();
  const options = scenarioList().map((s) => (
    <option key={s.id} value={s.id}>
      {s.title}
    </option>
  ));
  return (
    <div className="kw-pickers">
      <div className="kw-field">
        <label htmlFor={`${id}-l`}>{t('compare.left')}</label>
        <select id={`${id}-l`} value={left} onChange={(e) => onChange(e.target.value, right)}>
          {options}
        </select>
      </div>
      <div className="kw-field">
        <label htmlFor={`${id}-r`}>{t('compare.right')}</label>
        <select id={`${id}-r`} value={right} onChange={(e) => onChange(left, e.target.value)}>
          {options}
        </select>
      </div>
    </div>
  );
}
