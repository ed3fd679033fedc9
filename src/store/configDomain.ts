// What the configuration explorer needs from the engine and catalog; it ships in the domain chunk.
import { resolveApiServer, effectiveFlags } from '../engine/config/resolve';
import { MODELLED_FLAGS, REMOVED_FLAGS } from '../engine/config/flags';
import { KUBEADM_APISERVER_FLAGS } from '../engine/config/kubeadm';
import { enFlags, enRemoved } from '../catalog/en-config';

export const configDomain = { resolveApiServer, effectiveFlags, MODELLED_FLAGS, REMOVED_FLAGS, KUBEADM_APISERVER_FLAGS, enFlags, enRemoved };
