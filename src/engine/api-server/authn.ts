// WithAuthentication: the x509 authenticator reads the client certificate; every authenticated
// user also gets system:authenticated.
import type { Credential } from '../core/messages';

export interface UserInfo {
  name: string;
  groups: string[];
}

export interface AuthnResult {
  user: UserInfo;
  authenticator: string;
}

export function authenticate(credential: Credential): AuthnResult {
  const groups = [...credential.organizations];
  if (!groups.includes('system:authenticated')) groups.push('system:authenticated');
  return {
    user: { name: credential.commonName, groups },
    authenticator: credential.type === 'x509' ? 'x509 client certificate (--client-ca-file)' : 'bearer token',
  };
}
