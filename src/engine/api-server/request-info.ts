// WithRequestInfo: the path and method become the attributes authorization and the handlers use.
import type { HttpMethod } from '../core/messages';

export interface RequestInfo {
  verb: string;
  apiGroup: string;
  apiVersion: string;
  namespace: string;
  resource: string;
  subresource: string;
  name: string;
  query: Record<string, string>;
}

export function requestInfo(method: HttpMethod, fullPath: string): RequestInfo {
  const [path = '', queryText = ''] = fullPath.split('?');
  const query: Record<string, string> = {};
  for (const pair of queryText.split('&').filter(Boolean)) {
    const [k = '', v = ''] = pair.split('=');
    query[decodeURIComponent(k)] = decodeURIComponent(v);
  }
  const parts = path.split('/').filter(Boolean);
  let rest: string[];
  let apiGroup = '';
  let apiVersion: string;
  if (parts[0] === 'api') {
    apiVersion = parts[1] ?? '';
    rest = parts.slice(2);
  } else {
    apiGroup = parts[1] ?? '';
    apiVersion = parts[2] ?? '';
    rest = parts.slice(3);
  }
  let namespace = '';
  if (rest[0] === 'namespaces' && rest.length >= 3) {
    namespace = rest[1] ?? '';
    rest = rest.slice(2);
  }
  const [resource = '', name = '', subresource = ''] = rest;
  return { verb: verbOf(method, name, query), apiGroup, apiVersion, namespace, resource, subresource, name, query };
}

function verbOf(method: HttpMethod, name: string, query: Record<string, string>): string {
  switch (method) {
    case 'GET':
      if (query.watch === 'true' || query.watch === '1') return 'watch';
      return name ? 'get' : 'list';
    case 'POST':
      return 'create';
    case 'PUT':
      return 'update';
    case 'PATCH':
      return 'patch';
    case 'DELETE':
      return name ? 'delete' : 'deletecollection';
  }
}
