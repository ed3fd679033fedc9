// English narration for kubectl replace and the API server's resourceVersion precondition
// (optimistic concurrency: 409 Conflict on a stale resourceVersion).
import type { Catalog } from './types';

export const enStepsReplace: Catalog['steps'] = {
  'kubectl.request.PUT.replace': { title: 'kubectl sends PUT {path}', narration: 'kubectl replace sends the whole object from the file in one PUT. The file carries metadata.resourceVersion, so kubectl sends it unchanged: the API server will accept the PUT only if the object has not been written since that version.' },
  'kubectl.request.PUT.replace.as': { title: 'kubectl sends PUT {path} as {as}', narration: 'kubectl replace PUTs the whole object from the file, with the resourceVersion the file carries. The Impersonate-User header asks to act as {as}.' },
  'kubectl.request.GET.replace': { title: 'kubectl sends GET {path}', narration: 'The file has no metadata.resourceVersion. Before it replaces the object, kubectl GETs the live one only to copy its resourceVersion; nothing else from it is kept.' },
  'kubectl.request.GET.replace.as': { title: 'kubectl sends GET {path} as {as}', narration: 'The file has no resourceVersion, so kubectl first GETs the live object to copy it. The Impersonate-User header asks to act as {as}.' },
  'kubectl.request.PUT.replace.read': { title: 'kubectl sends PUT {path}', narration: 'kubectl puts the resourceVersion it has just read into the object from the file and PUTs it. It passes the check, so the file wins: any change another client made since the file was written is overwritten.' },
  'kubectl.print.replace': { title: 'kubectl prints "{first}"', narration: 'kubectl prints "{first}" once the new object is stored. The controllers see the change through their watches and act on it.' },
  'apiserver.precondition': { title: 'resourceVersion {sent} is current', narration: 'The PUT is based on resourceVersion {sent}, and {key} is still at mod_revision {current}: nobody has written it since. The update goes on, and etcd\'s compare-and-put repeats the check atomically.' },
  'apiserver.precondition.none': { title: 'No resourceVersion: unconditional update', narration: 'The PUT carries no resourceVersion. This type allows unconditional updates, so the object is overwritten whatever its mod_revision ({current}).' },
  'apiserver.precondition.conflict': { title: 'Stale resourceVersion: 409 Conflict', narration: 'The PUT is based on resourceVersion {sent}, but {key} has been written since: its mod_revision is now {current}. Nothing was locked when the client read the object; the API server checks only now, at write time, and refuses rather than silently overwrite the newer change. Nothing is written to etcd.' },
};
