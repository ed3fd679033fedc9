// A client's watch request (…?watch=true): kube-apiserver registers a watcher on its watch cache
// from the given resourceVersion and answers 200 at once; the body is a stream of events that
// arrive as the cache sees changes (reference A2 steps 10 and 17, D23).
import type { Exchange } from '../core/messages';
import type { WatchRegistration } from '../core/state';
import { update, type Ctx } from '../core/ctx';
import { respond } from '../core/http';
import { apiStep } from './step';
import { PREFIX } from './list';
import type { RequestInfo } from './request-info';

export function handleWatch(ctx: Ctx, ex: Exchange, info: RequestInfo): void {
  const prefix = `${PREFIX[info.resource] ?? `/registry/${info.resource}/`}${info.namespace ? `${info.namespace}/` : ''}`;
  const reg: WatchRegistration = { watcher: ex.from, resource: info.resource, prefix, exchangeId: ex.id };
  const selector = info.query.fieldSelector;
  if (selector) reg.fieldSelector = selector;
  if ((ex.request.headers.Accept ?? '').includes('as=Table')) reg.table = true;
  update(ctx, { watches: [...ctx.state.watches, reg] });
  apiStep(ctx, {
    id: 'apiserver.watch',
    level: ex.story.request,
    stage: 'watch-cache',
    text: { key: 'apiserver.watch', params: { resource: info.resource, prefix, fieldSelector: selector ?? '', resourceVersion: info.query.resourceVersion ?? '' } },
    misconception: 'watch-polls',
    detail: { prefix, fieldSelector: selector ?? '(none)', resourceVersion: info.query.resourceVersion ?? '', servedFrom: 'watch cache' },
  });
  respond(ctx, ex, { status: 200, statusText: 'OK', headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' } }, {
    text: { key: 'apiserver.response.watch', params: { status: 200, resource: info.resource } },
  });
}

/** The client closed its watch (kubectl delete stops waiting once the pod is gone). */
export function closeWatch(ctx: Ctx, exchangeId: string): void {
  update(ctx, { watches: ctx.state.watches.filter((w) => w.exchangeId !== exchangeId) });
}
