// The one release the engine models. Every version-gated behaviour (consistent list from the watch
// cache since 1.31, informers doing LIST then WATCH, event wording) is written for it.

export const MODEL_VERSION = '1.34';
export const SUPPORTED_VERSIONS: readonly string[] = [MODEL_VERSION];

/** Binary version of every component in the default cluster (kubeadm installs matching ones). */
export const GIT_VERSION = 'v1.34.1';
/** Short git commit of v1.34.1, as kubectl puts it in its User-Agent. */
export const GIT_COMMIT = '93248f9';

export const CONTAINERD_VERSION = 'containerd://2.1.4';
export const PAUSE_IMAGE = 'registry.k8s.io/pause:3.10.1';

/** client-go's default User-Agent: `<binary>/<version> (<os>/<arch>) kubernetes/<commit>`. */
export const userAgent = (binary: string): string => `${binary}/${GIT_VERSION} (linux/amd64) kubernetes/${GIT_COMMIT}`;
