import { useState } from 'react';
import type { Taint } from '../../engine/types';
import { useT } from '../../store/lang';
import { addEdit, useSandbox } from '../../store/sandbox';
import { CAPACITY_RESOURCES, TAINT_EFFECTS } from '../../store/sandboxEdits';
import type { CapacityResource } from '../../store/sandboxEdits';
import { EditForm } from './EditForm';
import { Choice, Text } from './Field';

function freeName(taken: string[]): string {
  let n = 1;
  while (taken.includes(`node-${n}`)) n++;
  return `node-${n}`;
}

/** The nodes as the session sees them, with add, remove, capacity and taint edits. */
export function NodeEdits() {
  const t = useT();
  const nodes = useSandbox((s) => s.cluster.nodes);
  const names = nodes.map((n) => n.name);
  const [node, setNode] = useState('');
  const [resource, setResource] = useState<string>('cpu');
  const [value, setValue] = useState('');
  const [key, setKey] = useState('');
  const [taintValue, setTaintValue] = useState('');
  const [effect, setEffect] = useState<string>('NoSchedule');
  const target = names.includes(node) ? node : (names[names.length - 1] ?? '');
  return (
    <>
      <table className="kw-sb-nodes">
        <caption>{t('sandbox.nodes')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sandbox.name')}</th>
            <th scope="col">cpu</th>
            <th scope="col">memory</th>
            <th scope="col">pods</th>
            <th scope="col">{t('sandbox.taints')}</th>
            <th scope="col">
              <span className="kw-sr">{t('sandbox.remove')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {nodes.map((n) => (
            <tr key={n.name}>
              <th scope="row">{n.name}</th>
              <td>{n.allocatable.cpu}</td>
              <td>{n.allocatable.memory}</td>
              <td>{n.allocatable.pods}</td>
              <td>{n.taints.map((t) => `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`).join(', ') || '—'}</td>
              <td>
                {n.role === 'worker' ? (
                  <button type="button" className="kw-btn kw-btn-small" onClick={() => addEdit({ type: 'nodeRemoved', node: n.name })}>
                    {t('sandbox.removeNode', { node: n.name })}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="kw-btn kw-btn-small" onClick={() => addEdit({ type: 'nodeAdded', node: freeName(names) })}>
        {t('sandbox.addNode')}
      </button>
      <EditForm legend={t('sandbox.capacity')} submit={t('sandbox.setCapacity')} edit={() => ({ type: 'capacitySet', node: target, resource: resource as CapacityResource, value: value.trim() })}>
        <Choice label={t('sandbox.node')} value={target} options={names} onChange={setNode} />
        <Choice label={t('sandbox.resource')} value={resource} options={CAPACITY_RESOURCES} onChange={setResource} />
        <Text label={t('sandbox.value')} value={value} onChange={setValue} placeholder="4" />
      </EditForm>
      <EditForm
        legend={t('sandbox.taint')}
        submit={t('sandbox.addTaint')}
        edit={() => {
          const taint: Taint = { key: key.trim(), effect: effect as Taint['effect'] };
          return { type: 'taintAdded', node: target, taint: taintValue.trim() ? { ...taint, value: taintValue.trim() } : taint };
        }}
      >
        <Choice label={t('sandbox.node')} value={target} options={names} onChange={setNode} />
        <Text label={t('sandbox.key')} value={key} onChange={setKey} placeholder="dedicated" />
        <Text label={t('sandbox.value')} value={taintValue} onChange={setTaintValue} placeholder="gpu" />
        <Choice label={t('sandbox.effect')} value={effect} options={TAINT_EFFECTS} onChange={setEffect} />
      </EditForm>
    </>
  );
}
