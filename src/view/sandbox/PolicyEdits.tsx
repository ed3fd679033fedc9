import { useState } from 'react';
import { useT } from '../../store/lang';
import { removeEdit, useSandbox } from '../../store/sandbox';
import { editToText, QUOTA_RESOURCES } from '../../store/sandboxEdits';
import { EditForm } from './EditForm';
import { Choice, Text } from './Field';

/** Namespace policy (a ResourceQuota, Pod Security `restricted`) and the list of edits so far. */
export function PolicyEdits() {
  const t = useT();
  const all = useSandbox((s) => s.cluster.namespaces);
  const namespaces = all.filter((n) => !n.startsWith('kube-'));
  const edits = useSandbox((s) => s.session.edits);
  const [ns, setNs] = useState('default');
  const [resource, setResource] = useState<string>('pods');
  const [value, setValue] = useState('');
  const target = namespaces.includes(ns) ? ns : (namespaces[0] ?? '');
  return (
    <>
      <EditForm legend={t('sandbox.quota')} submit={t('sandbox.addQuota')} edit={() => ({ type: 'quotaAdded', namespace: target, resource, value: value.trim() })}>
        <Choice label={t('sandbox.namespace')} value={target} options={namespaces} onChange={setNs} />
        <Choice label={t('sandbox.resource')} value={resource} options={QUOTA_RESOURCES} onChange={setResource} />
        <Text label={t('sandbox.hardLimit')} value={value} onChange={setValue} placeholder="2" />
      </EditForm>
      <EditForm legend={t('sandbox.podSecurity')} submit={t('sandbox.enforce')} edit={() => ({ type: 'namespaceRestricted', namespace: target })}>
        <Choice label={t('sandbox.namespace')} value={target} options={namespaces} onChange={setNs} />
      </EditForm>
      {edits.length > 0 ? (
        <ul className="kw-sb-edits" aria-label={t('sandbox.edits')}>
          {edits.map((edit, i) => (
            <li key={`${i}-${editToText(edit)}`}>
              <code>{editToText(edit)}</code>
              <button type="button" className="kw-btn kw-btn-small" onClick={() => removeEdit(i)}>
                {t('sandbox.undo', { edit: editToText(edit) })}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
