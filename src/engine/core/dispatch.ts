// Routes each message to the component that receives it.
import type { Message } from './messages';
import type { Ctx } from './ctx';
import { assertNever } from './assert';
import { handleCommand, handleKubectlResponse } from '../kubectl/handle';
import { kubectlWatch } from '../kubectl/watch';
import { kubeletServe } from '../kubelet/serve';
import { kubeletAnswered } from '../api-server/connect';
import { handleRequest } from '../api-server/handle';
import { handleEtcdResponse } from '../api-server/storage';
import { handleEtcdNotify } from '../api-server/watch-cache';
import { handleEtcdRequest } from '../etcd/handle';
import { scheduleOne, schedulerBindingResponse, schedulerWatch } from '../scheduler/handle';
import { kubeletWatch, syncPod } from '../kubelet/handle';
import { kubeletTokenResponse } from '../kubelet/volumes';
import { handleCriResponse, pleg } from '../kubelet/progress';
import { handleCri } from '../kubelet/runtime';
import { controllerManagerWatch, controllerResponse } from '../controllers/handle';
import { mirrorPodCreated } from '../bootstrap/start';
import { renewLease } from '../kubelet/lease';
import { monitorNodeHealth, noExecuteTaintingPass, nodeLifecycleResponse } from '../controllers/node-lifecycle';
import { evictPod } from '../controllers/taint-eviction';

export function dispatch(ctx: Ctx, msg: Message): void {
  switch (msg.type) {
    case 'kubectl.command':
      return handleCommand(ctx, msg.line);
    case 'http.request':
      return handleRequest(ctx, msg.exchange);
    case 'http.response': {
      const p = msg.exchange.purpose;
      switch (p.kind) {
        case 'kubectl':
          return handleKubectlResponse(ctx, msg.exchange, p.command, msg.response, p.phase, p.held);
        case 'binding':
          return schedulerBindingResponse(ctx, msg.exchange, p.podKey, p.node, msg.response);
        case 'token':
          return kubeletTokenResponse(ctx, p.node, p.podKey, msg.response);
        case 'controller':
          return controllerResponse(ctx, msg.exchange, p.controller, p.key, msg.response);
        case 'mirror-pod':
          return mirrorPodCreated(ctx, p.node, p.podKey, msg.response);
        case 'node-lifecycle':
          return nodeLifecycleResponse(ctx, p.node, p.write, msg.response);
        case 'lease':
        case 'taint-eviction':
        case 'pod-status':
        case 'unschedulable':
        case 'pod-delete':
        case 'event':
          return;
        default:
          return assertNever(p);
      }
    }
    case 'etcd.request':
      return handleEtcdRequest(ctx, msg.exchange, msg.op, msg.then);
    case 'etcd.response':
      return handleEtcdResponse(ctx, msg.exchange, msg.op, msg.then, msg.result);
    case 'etcd.notify':
      return handleEtcdNotify(ctx, msg.event);
    case 'watch.event': {
      const w = msg.watcher;
      if (w === 'kube-scheduler') return schedulerWatch(ctx, msg.eventType, msg.resource, msg.object, msg.key, msg.fieldSelector);
      if (w === 'kube-controller-manager') return controllerManagerWatch(ctx, msg.eventType, msg.resource, msg.object, msg.key, msg.fieldSelector);
      if (w === 'kubectl') return kubectlWatch(ctx, msg.eventType, msg.object, msg.key, msg.exchangeId ?? '', msg.fieldSelector);
      if (w.startsWith('kubelet/')) return kubeletWatch(ctx, w.slice('kubelet/'.length), msg.eventType, msg.object, msg.key, msg.fieldSelector);
      throw new Error(`no watch handler for ${w}`);
    }
    case 'scheduler.scheduleOne':
      return scheduleOne(ctx);
    case 'kubelet.renewLease':
      return renewLease(ctx, msg.node);
    case 'nodeLifecycle.monitor':
      return monitorNodeHealth(ctx);
    case 'nodeLifecycle.taint':
      return noExecuteTaintingPass(ctx, msg.node);
    case 'taintEviction.evict':
      return evictPod(ctx, msg.podKey, msg.uid);
    case 'kubelet.syncPod':
      return syncPod(ctx, msg.node, msg.podKey);
    case 'kubelet.serve':
      return kubeletServe(ctx, msg.node, msg.exchange, msg.pod, msg.subresource, msg.url);
    case 'apiserver.kubeletAnswer':
      return kubeletAnswered(ctx, msg.exchange, msg.status, msg.body);
    case 'kubelet.pleg':
      return pleg(ctx, msg.node);
    case 'cri.request':
      return handleCri(ctx, msg.node, msg.podKey, msg.call, msg.request);
    case 'cri.response':
      return handleCriResponse(ctx, msg.node, msg.podKey, msg.call, msg.request, msg.response);
    default:
      return assertNever(msg);
  }
}
