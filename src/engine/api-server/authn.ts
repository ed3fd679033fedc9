// WithAuthentication: the first authenticator that accepts the request names the user, who also
// gets system:authenticated. A credential nobody accepts is a 401; no credential at all is the
// anonymous user (reference B1 step 6, C4).
import type { Credential } from '../core/messages';

export interface UserInfo {
  name: string;
  groups: string[];
}

export type AuthnResult =
  | { ok: true; user: UserInfo; authenticator: string }
  | { ok: false; user: UserInfo; authenticator: string };

export const ANONYMOUS: UserInfo = { name: 'system:anonymous', groups: ['system:unauthenticated'] };

function tokenAuthenticator(name: string): string {
  return name.startsWith('system:serviceaccount:') ? 'service account token (--service-account-key-file)' : 'bearer token';
}

/** The authenticators the flags configure: x509 needs --client-ca-file; anonymous needs --anonymous-auth. */
export interface AuthnConfig {
  x509: boolean;
  anonymous: boolean;
}

const KUBEADM_AUTHN: AuthnConfig = { x509: true, anonymous: true };

export function authenticate(credential: Credential, config: AuthnConfig = KUBEADM_AUTHN): AuthnResult {
  // Without --client-ca-file nobody verifies the certificate: the request carries no credential any
  // authenticator reads, so it is anonymous, or a 401 when anonymous auth is off.
  const none = credential.type === 'none' || (credential.type === 'x509' && !config.x509);
  if (none && !config.anonymous) return { ok: false, user: { name: '', groups: [] }, authenticator: credential.type === 'x509' ? 'no x509 authenticator (no --client-ca-file) and --anonymous-auth=false' : '--anonymous-auth=false: no authenticator accepts a request without credentials' };
  if (none && credential.type === 'x509') return { ok: true, user: ANONYMOUS, authenticator: 'anonymous (no --client-ca-file: the client certificate is not verified, so it identifies nobody)' };
  if (credential.type === 'none') return { ok: true, user: ANONYMOUS, authenticator: 'anonymous (no credentials; --anonymous-auth defaults to true)' };
  if (credential.invalid) return { ok: false, user: { name: '', groups: [] }, authenticator: 'no authenticator accepted the bearer token' };
  const groups = [...credential.organizations];
  if (!groups.includes('system:authenticated')) groups.push('system:authenticated');
  return {
    ok: true,
    user: { name: credential.commonName, groups },
    authenticator: credential.type === 'x509' ? 'x509 client certificate (--client-ca-file)' : tokenAuthenticator(credential.commonName),
  };
}
