import type { ReactNode } from 'react';
import { useId } from 'react';

/** A labelled select or text input for the cluster editor's small forms. */
export function Field(props: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <span className="kw-sb-field">
      <label htmlFor={id}>{props.label}</label>
      {props.children(id)}
    </span>
  );
}

export function Choice(props: { label: string; value: string; options: readonly string[]; onChange: (v: string) => void }) {
  return (
    <Field label={props.label}>
      {(id) => (
        <select id={id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
          {props.options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function Text(props: { label: string; value: string; onChange: (v: string) => void; placeholder?: string }) {
  return (
    <Field label={props.label}>
      {(id) => (
        <input
          id={id}
          value={props.value}
          placeholder={props.placeholder}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
