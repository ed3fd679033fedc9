// Payloads as the text a learner would see on the wire or in a log, one block per part.
import type { CriPayload, EtcdPayload, EventPayload, HttpPayload, WatchPayload } from '../../engine/types';
import { toYaml } from './yaml';
import { t } from '../../store/lang';

export interface Block {
  heading: string;
  text: string;
}

function headerLines(headers: Record<string, string>): string[] {
  return Object.entries(headers).map(([k, v]) => `${k}: ${v}`);
}

export function httpBlocks(http: HttpPayload): Block[] {
  const request: Block = {
    heading: t('payload.httpRequest'),
    text: [
      `${http.method} ${http.path} HTTP/2`,
      ...headerLines(http.requestHeaders),
      ...(http.requestBody === undefined ? [] : ['', toYaml(http.requestBody)]),
    ].join('\n'),
  };
  if (http.leg === 'request') return [request];
  const response: Block = {
    heading: t('payload.httpResponse'),
    text: [
      `HTTP/2 ${http.status} ${http.statusText}`,
      ...headerLines(http.responseHeaders),
      ...(http.responseBody === undefined ? [] : ['', toYaml(http.responseBody)]),
    ].join('\n'),
  };
  // The answer first; the request it answers, by its first line only.
  return [response, { heading: t('payload.inAnswerTo'), text: `${http.method} ${http.path}` }];
}

export function etcdBlocks(etcd: EtcdPayload): Block[] {
  const lines = [`op: ${etcd.op}`, `key: ${etcd.key}`];
  if (etcd.compare) lines.push(`compare: ${etcd.compare}`);
  if (etcd.then) lines.push(`then: ${etcd.then}`);
  lines.push(`succeeded: ${etcd.succeeded}`, `header revision: ${etcd.revision}`, `key mod_revision: ${etcd.modRevision}`);
  return [{ heading: `etcd ${etcd.op}`, text: lines.join('\n') }];
}

export function watchBlocks(watch: WatchPayload): Block[] {
  const lines = [`type: ${watch.type}`, `watcher: ${watch.watcher}`, `resource: ${watch.resource}`];
  if (watch.fieldSelector) lines.push(`fieldSelector: ${watch.fieldSelector}`);
  lines.push(`key: ${watch.key}`, `resourceVersion: "${watch.resourceVersion}"`);
  return [
    { heading: t('payload.watchEvent'), text: lines.join('\n') },
    { heading: t('payload.object'), text: toYaml(watch.object) },
  ];
}

export function criBlocks(cri: CriPayload): Block[] {
  return [
    { heading: t('payload.criRequest', { call: `${cri.service}/${cri.call}` }), text: toYaml(cri.request) },
    { heading: t('payload.response'), text: toYaml(cri.response) },
  ];
}

export function eventBlocks(event: EventPayload): Block[] {
  return [
    {
      heading: t('payload.event', { type: event.type }),
      text: [
        `reason: ${event.reason}`,
        `message: ${event.message}`,
        `regarding: ${event.regarding}`,
        `reportingController: ${event.reportingController}`,
      ].join('\n'),
    },
  ];
}
