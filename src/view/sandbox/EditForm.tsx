import type { ReactNode } from 'react';
import { useState } from 'react';
import type { ClusterEdit } from '../../store/sandboxEdits';
import { addEdit } from '../../store/sandbox';

/** One small cluster-editor form: its fields, a submit button, and why the edit did not apply. */
export function EditForm(props: { legend: string; submit: string; edit: () => ClusterEdit; children: ReactNode }) {
  const [error, setError] = useState('');
  return (
    <form
      className="kw-sb-edit"
      onSubmit={(e) => {
        e.preventDefault();
        setError(addEdit(props.edit()) ?? '');
      }}
    >
      <fieldset>
        <legend>{props.legend}</legend>
        {props.children}
        <button type="submit" className="kw-btn kw-btn-small">
          {props.submit}
        </button>
        <span role="status" className="kw-sb-error">
          {error}
        </span>
      </fieldset>
    </form>
  );
}
