// English narration for node heartbeats (the kubelet's Lease), the node lifecycle controller and
// the taint-eviction controller.
import type { Catalog } from './types';

export const enStepsLease: Catalog['steps'] = {
  'kubelet.lease.stopped': { title: 'kubelet on {node} goes silent', narration: 'The kubelet on {node} stops renewing its Lease kube-node-lease/{node} (it crashed, or the node lost its network). Nothing announces this: requests simply stop arriving, and its Pods keep running or not, unseen.' },
  'kubelet.lease.renew': { title: 'kubelet on {node} renews its Lease', narration: 'The kubelet on {node} PUTs its Lease with a new spec.renewTime, about every 10 s. This heartbeat goes to kube-apiserver, like every other write.' },
  'controller.node-lifecycle.monitor': { title: 'Node lifecycle controller checks Leases', narration: 'Every 5 s the node lifecycle controller reads each node\'s Lease from its informer cache: time since the last renewal it saw: {nodes}. All within the {grace} s grace period.' },
  'controller.node-lifecycle.late': { title: 'Lease of {late} is stale', narration: 'The node lifecycle controller reads the Leases from its informer cache ({nodes}). {late} has not renewed for longer than --node-monitor-grace-period ({grace} s).' },
  'controller.node-lifecycle.unknown': { title: 'Controller marks {node} Ready=Unknown', narration: 'No renewal from {node} for {seconds} s, more than {grace} s: the node lifecycle controller PUTs nodes/{node}/status with every condition, Ready included, set to Unknown, reason NodeStatusUnknown, "Kubelet stopped posting node status.". kubectl shows the node NotReady.' },
  'controller.node-lifecycle.taint.NoSchedule': { title: 'Taint {taint}', narration: 'The controller PATCHes the Node with the taint {taint}. The scheduler\'s TaintToleration filter now keeps new Pods off {node}.' },
  'controller.node-lifecycle.taint.NoExecute': { title: 'Taint {taint}', narration: 'On its next tainting pass the controller adds {taint}, with timeAdded. NoExecute concerns Pods already running there: the taint-eviction controller takes over.' },
  'controller.taint-eviction.plan': { title: 'Taint-eviction controller plans {node}', narration: '{node} has {taints}. Each Pod there may stay as long as its matching toleration allows, counted from the taint\'s timeAdded: {pods}. DefaultTolerationSeconds gave ordinary Pods 300 s; DaemonSet-style Pods that tolerate everything stay.' },
  'controller.taint-eviction.delete': { title: 'Taint-eviction controller deletes {pod}', narration: 'The toleration of {pod} has run out: the taint-eviction controller sends DELETE for it. The Pod gets a deletionTimestamp; its owner sees it as gone and makes a replacement.' },
};
