// English narration for the Node commands (cordon, uncordon, taint) and what they set in motion.
import type { Catalog } from './types';

const AS = ' The Impersonate-User header asks to act as {as}.';

export const enStepsNodes: Catalog['steps'] = {
  'kubectl.request.GET.node': { title: 'kubectl sends GET {path}', narration: 'kubectl reads the Node first: it works out the change on its side, from the object as it is now, and patches only what differs.' },
  'kubectl.request.GET.node.as': { title: 'kubectl sends GET {path} as {as}', narration: `kubectl reads the Node first, to work out the change on its side.${AS}` },
  'kubectl.patch.cordon': { title: 'kubectl computes the patch {patch}', narration: 'The Node is schedulable, so kubectl cordon builds a strategic merge patch that sets spec.unschedulable to true. Pods already on {node} keep running.' },
  'kubectl.patch.uncordon': { title: 'kubectl computes the patch {patch}', narration: 'The Node is cordoned, so kubectl uncordon builds a strategic merge patch that removes spec.unschedulable (null deletes a field).' },
  'kubectl.patch.taint': { title: 'kubectl computes the patch {patch}', narration: 'spec.taints has no merge key, so the patch carries the whole new list of taints for {node}, not just the one that changed.' },
  'kubectl.request.PATCH.node': { title: 'kubectl sends PATCH {path}', narration: 'kubectl sends the patch as application/strategic-merge-patch+json. It carries no resourceVersion: the API server applies it to the Node as stored.' },
  'kubectl.print.cordon': { title: 'kubectl prints "{first}"', narration: 'kubectl prints "{first}". The scheduler sees the change on its Node watch; the NodeUnschedulable filter now rejects {first} for new Pods.' },
  'kubectl.print.uncordon': { title: 'kubectl prints "{first}"', narration: 'kubectl prints "{first}": new Pods may be scheduled there again.' },
  'kubectl.print.taint': { title: 'kubectl prints "{first}"', narration: 'kubectl prints "{first}". The TaintToleration filter now keeps Pods without a matching toleration off the node; a NoExecute taint would also evict running ones.' },
  'kubectl.print.unchanged': { title: 'kubectl prints "{first}"', narration: 'Nothing to change: kubectl prints "{first}" and sends no PATCH.' },
  'scheduler.watch.node': { title: 'Scheduler sees Node {node} {type}', narration: 'The scheduler\'s Node informer receives {type} for {node}: unschedulable {unschedulable}, taints {taints}. The next scheduling cycles filter with these values; {requeued} unschedulable Pod(s) go back to the active queue to try again.' },
};
