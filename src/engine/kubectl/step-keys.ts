// Which narration key a kubectl step uses, by command and flags.
import type { KubectlCommand } from './parse';

export function requestKey(command: KubectlCommand): string {
  const suffix = command.flags.as ? '.as' : '';
  switch (command.verb) {
    case 'get':
      if (command.name) return `kubectl.request.GET.one${suffix}`;
      return command.flags.output === 'yaml' || command.flags.output === 'json' ? `kubectl.request.GET.object${suffix}` : `kubectl.request.GET${suffix}`;
    case 'auth-can-i':
      return `kubectl.request.POST.review${suffix}`;
    case 'run':
    case 'create':
      return `kubectl.request.POST${suffix}`;
    case 'delete':
      return `kubectl.request.DELETE${suffix}`;
    case 'create-deployment':
      return `kubectl.request.POST.deployment${suffix}`;
    case 'create-secret':
      return `kubectl.request.POST.secret${suffix}`;
    case 'scale':
      return `kubectl.request.PATCH.scale${suffix}`;
    case 'logs':
      return `kubectl.request.GET.logs${suffix}`;
    case 'exec':
      return `kubectl.request.GET.exec${suffix}`;
    case 'cordon':
    case 'uncordon':
    case 'taint':
      return `kubectl.request.GET.node${suffix}`;
    case 'describe':
      return `kubectl.request.GET.describe${suffix}`;
    case 'replace':
      return `kubectl.request.PUT.replace${suffix}`;
    case 'apply':
      return command.flags.serverSide ? `kubectl.request.PATCH.apply.server-side${suffix}` : `kubectl.request.GET.apply${suffix}`;
  }
}

export function printKey(command: KubectlCommand): string {
  if (command.verb === 'get' && (command.flags.output === 'yaml' || command.flags.output === 'json')) return 'kubectl.print.get.object';
  if (command.verb === 'apply' && command.flags.serverSide) return 'kubectl.print.apply.server-side';
  return `kubectl.print.${command.verb}`;
}

export function discoveryResource(command: KubectlCommand): string {
  if (command.verb === 'get') return command.resource;
  if (command.verb === 'create-deployment' || command.verb === 'scale' || command.verb === 'replace') return 'deployments';
  if (command.verb === 'create-secret') return 'secrets';
  if (command.verb === 'cordon' || command.verb === 'uncordon' || command.verb === 'taint') return 'nodes';
  return command.verb === 'auth-can-i' ? 'selfsubjectaccessreviews' : 'pods';
}
