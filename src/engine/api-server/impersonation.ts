// WithImpersonation: Impersonate-User / Impersonate-Group headers switch the request's user, if
// the caller may `impersonate` that user, group or service account (reference B1 step 9).
import type { UserInfo } from './authn';
import type { AuthzAttributes } from './authz';

export interface ImpersonationRequest {
  user: string;
  groups: string[];
}

export function impersonationOf(headers: Record<string, string>): ImpersonationRequest | null {
  const user = headers['Impersonate-User'];
  if (!user) return null;
  const groups = (headers['Impersonate-Group'] ?? '').split(',').filter(Boolean);
  return { user, groups };
}

/** The checks the filter makes, one SubjectAccessReview per impersonated identity. */
export function impersonationChecks(req: ImpersonationRequest): AuthzAttributes[] {
  const sa = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(req.user);
  const userCheck: AuthzAttributes = sa
    ? { verb: 'impersonate', apiGroup: '', resource: 'serviceaccounts', subresource: '', namespace: sa[1] ?? '', name: sa[2] ?? '' }
    : { verb: 'impersonate', apiGroup: '', resource: 'users', subresource: '', namespace: '', name: req.user };
  const groupChecks = req.groups.map((g): AuthzAttributes => ({ verb: 'impersonate', apiGroup: '', resource: 'groups', subresource: '', namespace: '', name: g }));
  return [userCheck, ...groupChecks];
}

/** The identity the rest of the chain sees: the named user, its groups, system:authenticated. */
export function impersonatedUser(req: ImpersonationRequest): UserInfo {
  const sa = /^system:serviceaccount:([^:]+):/.exec(req.user);
  const groups = [...req.groups];
  if (sa) groups.push('system:serviceaccounts', `system:serviceaccounts:${sa[1] ?? ''}`);
  if (!groups.includes('system:authenticated')) groups.push('system:authenticated');
  return { name: req.user, groups };
}
