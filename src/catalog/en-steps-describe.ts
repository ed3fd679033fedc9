// English narration for kubectl describe (and the event search behind its Events table) and kubectl apply.
import type { Catalog } from './types';

export const enStepsDescribe: Catalog['steps'] = {
  'kubectl.request.GET.describe': { title: 'kubectl sends GET {path}', narration: 'kubectl describe is only reads. Its resource builder first GETs the Pod to find out that it exists and what it is.' },
  'kubectl.request.GET.describe.as': { title: 'kubectl sends GET {path} as {as}', narration: 'kubectl describe is only reads. Its resource builder first GETs the Pod; the Impersonate-User header asks to act as {as}.' },
  'kubectl.request.GET.describe.pod': { title: 'kubectl GETs the Pod again', narration: 'The pod describer reads the Pod a second time with its own typed client: a real kubectl describe pod sends this GET twice.' },
  'kubectl.request.GET.events': { title: 'kubectl searches the Pod\'s events', narration: 'Events are separate objects, not part of the Pod. kubectl lists the Events in the namespace whose involvedObject has the Pod\'s name, namespace and uid (a field selector), 500 at a time.' },
  'kubectl.print.describe': { title: 'kubectl prints the description', narration: 'kubectl assembles {count} lines from the Pod and its Events: spec and status on top, the Events table last. The Age column is worked out on the client, from each event\'s timestamp.' },
  'apiserver.list.events': { title: 'Events are read from etcd', narration: 'Events have no watch cache by default, so the list of Events is a range read of {prefix} in etcd. The API server then keeps the events matching {fieldSelector}. Reads never run admission.' },
  'apiserver.list.filtered': { title: '{count} of {read} events match', narration: 'etcd returned {read} events at revision {revision}; {count} of them are about this object. The field selector was applied in the API server, not in etcd.' },
  'apiserver.response.list.events': { title: 'API server answers 200 OK', narration: 'kube-apiserver answers 200 OK with an EventList of {count} {resource}, as plain objects: kubectl asked for no Table. The etcd revision is unchanged: a read writes nothing.' },
  'kubectl.request.GET.apply': { title: 'kubectl sends GET {path}', narration: 'Client-side apply starts with a read: does the object exist? A 404 means create; a 200 means work out a patch from what is there.' },
  'kubectl.request.GET.apply.as': { title: 'kubectl sends GET {path} as {as}', narration: 'Client-side apply starts with a read, to decide between create and patch. The Impersonate-User header asks to act as {as}.' },
  'kubectl.request.POST.apply': { title: 'kubectl sends POST {path}', narration: 'The object does not exist, so kubectl creates it, with the whole file copied into the annotation kubectl.kubernetes.io/last-applied-configuration. The next apply diffs against that copy.' },
  'kubectl.request.PATCH.apply': { title: 'kubectl sends PATCH {path}', narration: 'A strategic merge patch with only the differences. It carries no resourceVersion, so it cannot fail with 409 Conflict.' },
  'kubectl.patch.apply': { title: 'kubectl computes the patch {patch}', narration: 'A three-way diff: the last-applied annotation (what the previous apply sent), the file (what is wanted now) and the live object. Fields the file changed are set, fields it dropped since last time are set to null, and fields other writers own (status, the scheduler\'s nodeName) are left alone.' },
  'kubectl.print.apply': { title: 'kubectl prints "{first}"', narration: 'kubectl prints "{first}": 201 means the object was created, 200 that the patch was applied.' },
  'kubectl.print.unchanged.apply': { title: 'kubectl prints "{first}"', narration: 'The three-way diff is empty: the file matches the last apply and the live object. kubectl sends no PATCH and prints "{first}".' },
  'etcd.range.list': { title: 'etcd reads {count} keys under {key}', narration: 'A range read of every key under {key} at revision {revision}.' },
};
