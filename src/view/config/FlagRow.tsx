import { memo } from 'react';
import { useT } from '../../store/lang';

interface Props {
  name: string;
  value: string;
  modelled: boolean;
  sentence: string | undefined;
  governs: string;
  edited: boolean;
  onFocus: (name: string) => void;
  onChange: (name: string, value: string) => void;
}

/** One flag of the manifest: editable when the engine models it, otherwise marked "not simulated". */
export const FlagRow = memo(function FlagRow({ name, value, modelled, sentence, governs, edited, onFocus, onChange }: Props) {
  const t = useT();
  const id = `flag-${name}`;
  return (
    <li className={`kw-flag${edited ? ' kw-flag-edited' : ''}`} onMouseEnter={() => onFocus(name)}>
      <label htmlFor={id} className="kw-flag-name">--{name}=</label>
      {modelled ? (
        <input id={id} className="kw-flag-value" value={value} spellCheck={false} aria-describedby={`${id}-help`} onFocus={() => onFocus(name)} onChange={(e) => onChange(name, e.target.value)} />
      ) : (
        <input id={id} className="kw-flag-value" value={value} readOnly aria-describedby={`${id}-help`} onFocus={() => onFocus(name)} />
      )}
      <span id={`${id}-help`} className="kw-flag-help">{modelled ? t('config.governs', { sentence: sentence ?? '', governs }) : t('config.notSimulated')}</span>
    </li>
  );
});
