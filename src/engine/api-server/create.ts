// createHandler + Store.Create for Pods and Events: decode with defaulting, mutating admission,
// system fields + validation, validating admission, then a compare-and-put in etcd (reference B3).
import type { JsonObject } from '../types';
import type { EtcdResult, Exchange } from '../core/messages';
import { send, type Ctx } from '../core/ctx';
import { jsonResponse, respond } from '../core/http';
import { extend, isObject, obj, str } from '../core/json';
import { nameSuffix, uuid } from '../core/prng';
import { APPS, defaultApps, RESOURCE_OF_KIND } from './apps';
import { timestamp } from '../core/time';
import { apiStep } from './step';
import { deeper } from './levels';
import { statusFailure } from './status';
import { defaultPod } from './pods/defaulting';
import { mutatePod } from './pods/admission';
import { validatePodAdmission } from './pods/validating';
import { invalidMessage, validatePod } from './pods/validation';
import { defaultManager, forStorage, prepareCreate, withResourceVersion } from './registry';
import { unknownPodFields } from './pods/fields';
import type { Admitted } from './filters';
import { apiServerOf } from '../config/of';
import { storeSecret } from './transformer';
import { fieldsV1, withApplyEntry } from './managed-fields';

// Events expire through an etcd lease: --event-ttl, 1h unless set.


function fail(ctx: Ctx, ex: Exchange, code: number, reason: string, message: string, details?: JsonObject): void {
  respond(ctx, ex, jsonResponse(code, statusFailure(code, reason, message, details)), {
    text: { key: 'apiserver.response.error', params: { status: code, reason: reason || '(none)' } },
  });
}

/** `apply`: a server-side apply found no object, so it creates one; its fields are owned by an Apply entry. */
export function handleCreate(ctx: Ctx, ex: Exchange, { user, info }: Admitted, apply = false): void {
  const chain = ex.story.chain;
  const body: JsonObject = ex.request.body ?? {};
  const isPod = info.resource === 'pods';
  const bodyNs = str(body, 'metadata.namespace');
  if (bodyNs && bodyNs !== info.namespace) {
    return fail(ctx, ex, 400, 'BadRequest', 'the namespace of the provided object does not match the namespace sent on the request');
  }
  const manager = info.query.fieldManager ?? defaultManager(ex.request.headers['User-Agent']);
  const validation = info.query.fieldValidation ?? 'Warn';
  const unknown = isPod ? unknownPodFields(body) : [];
  const strictFail = unknown.length > 0 && validation === 'Strict';
  const defaulted = isPod ? defaultPod(body) : APPS.includes(info.resource) ? defaultApps(body) : info.resource === 'secrets' ? defaultSecret(body) : { pod: body, changes: [] };
  apiStep(ctx, {
    id: 'apiserver.decode',
    level: strictFail ? chain : deeper(chain),
    stage: 'decode',
    text: {
      key: strictFail ? 'apiserver.decode.strict' : isPod ? 'apiserver.decode.pod' : 'apiserver.decode',
      params: { kind: str(body, 'kind') ?? '', changes: defaulted.changes.length, fieldValidation: validation, unknown: unknown.join(', ') },
    },
    detail: { fieldManager: manager, fieldValidation: info.query.fieldValidation ?? 'Warn (server default)', unknownFields: unknown, defaulted: strictFail ? [] : defaulted.changes },
  });
  if (strictFail) {
    const message = `Pod in version "v1" cannot be handled as a Pod: strict decoding error: ${unknown.map((f) => `unknown field "${f}"`).join(', ')}`;
    return fail(ctx, ex, 400, 'BadRequest', message);
  }
  const warnings = unknown.map((f) => `299 - "unknown field \\"${f}\\""`);
  let object = defaulted.pod;
  if (isPod) {
    const mutated = mutatePod(ctx.state.etcd, ctx.rng, info.namespace, object, user, apiServerOf(ctx.cluster).admissionPlugins);
    apiStep(ctx, {
      id: 'apiserver.admission.mutating',
      level: chain,
      stage: 'mutating-admission',
      text: { key: mutated.ok ? 'apiserver.admission.mutating' : 'apiserver.admission.mutating.rejected', params: { plugin: mutated.ok ? '' : mutated.plugin } },
      misconception: 'validation-after-authn',
      detail: { plugins: mutated.plugins.map((p) => ({ ...p })) },
    });
    if (!mutated.ok) return fail(ctx, ex, mutated.code, mutated.reason, mutated.message, mutated.plugin === 'NamespaceLifecycle' ? { name: info.namespace, kind: 'namespaces' } : { name: str(object, 'metadata.name') ?? '', kind: 'pods' });
    object = mutated.pod;
  } else {
    apiStep(ctx, { id: 'apiserver.admission.mutating', level: chain, stage: 'mutating-admission', text: { key: 'apiserver.admission.mutating.none', params: { resource: info.resource } } });
  }
  const uid = uuid(ctx.rng);
  // generateName: the registry picks the name (BeforeCreate), a 5-character random suffix.
  const generate = str(object, 'metadata.generateName');
  if (!str(object, 'metadata.name') && generate) object = { ...object, metadata: extend(obj(object, 'metadata'), { name: `${generate}${nameSuffix(ctx.rng)}` }) };
  object = prepareCreate(object, { uid, now: timestamp(ctx.state.clock), namespace: info.namespace, manager, isPod });
  if (apply) object = withApplyEntry({ ...object, metadata: { ...obj(object, 'metadata'), managedFields: [] } }, manager, timestamp(ctx.state.clock), fieldsV1(body));
  if (APPS.includes(info.resource)) object = { ...object, metadata: { ...obj(object, 'metadata'), generation: 1 } };
  const name = str(object, 'metadata.name') ?? '';
  const causes = isPod ? validatePod(object) : [];
  apiStep(ctx, {
    id: 'apiserver.validation',
    level: chain,
    stage: 'validation',
    text: { key: causes.length ? 'apiserver.validation.failed' : isPod ? 'apiserver.validation.pod' : 'apiserver.validation', params: { uid, name, count: causes.length } },
    detail: { uid, creationTimestamp: timestamp(ctx.state.clock), causes: causes.map((c) => ({ ...c })) },
  });
  if (causes.length) {
    return fail(ctx, ex, 422, 'Invalid', invalidMessage('Pod', name, causes), { name, kind: 'Pod', causes: causes.map((c) => ({ ...c })) });
  }
  const validating = isPod ? validatePodAdmission(ctx.state.etcd, ctx.cluster, info.namespace, object, apiServerOf(ctx.cluster).admissionPlugins) : null;
  const rejected = validating && !validating.ok ? validating : null;
  apiStep(ctx, {
    id: 'apiserver.admission.validating',
    level: rejected ? chain : deeper(chain),
    stage: 'validating-admission',
    text: { key: rejected ? 'apiserver.admission.validating.rejected' : isPod ? 'apiserver.admission.validating' : 'apiserver.admission.validating.none', params: { resource: info.resource, plugin: rejected?.plugin ?? '' } },
    detail: validating ? { plugins: validating.plugins.map((p) => ({ ...p })) } : {},
  });
  if (rejected) return fail(ctx, ex, rejected.code, rejected.reason, rejected.message, rejected.reason ? { name, kind: 'pods' } : undefined);
  const key = `/registry/${info.resource}/${info.namespace}/${name}`;
  const stored = info.resource === 'secrets' ? transformSecret(ctx, ex, object) : undefined;
  const op = info.resource === 'events'
    ? { op: 'Create' as const, key, value: forStorage(object), leaseTtl: apiServerOf(ctx.cluster).eventTtlSeconds }
    : { op: 'Create' as const, key, value: forStorage(object), ...(stored ? { stored } : {}) };
  send(ctx, { type: 'etcd.request', exchange: ex, op, then: { kind: 'create', object, warnings } }, 1);
}

/** SetDefaults_Secret: a Secret without a type is Opaque. */
function defaultSecret(body: JsonObject): { pod: JsonObject; changes: string[] } {
  return str(body, 'type') ? { pod: body, changes: [] } : { pod: { ...body, type: 'Opaque' }, changes: ['type: Opaque'] };
}

/** The storage transformer's step: what --encryption-provider-config does to the bytes etcd gets. */
function transformSecret(ctx: Ctx, ex: Exchange, secret: JsonObject): string {
  const path = apiServerOf(ctx.cluster).encryptionProviderConfig;
  const s = storeSecret(secret, path, ctx.input.files, ctx.rng);
  const encrypted = s.provider !== 'identity';
  apiStep(ctx, {
    id: 'apiserver.transform',
    level: ex.story.chain,
    stage: 'storage',
    text: { key: encrypted ? 'apiserver.transform.encrypted' : 'apiserver.transform.identity', params: { provider: s.provider, keyName: s.keyName, size: s.size, path: path ?? '' } },
    ...(encrypted ? {} : { misconception: 'secrets-encrypted' }),
    detail: { encryptionProviderConfig: path ?? '(not set)', provider: s.provider, ...(encrypted ? { keyName: s.keyName } : {}), stored: s.stored, bytes: s.size, simplified: 'metadata in the protobuf is trimmed to name, namespace and uid; ciphertext is seeded random bytes of the real length' },
  });
  return s.stored;
}

export function finishCreate(ctx: Ctx, ex: Exchange, object: JsonObject, result: EtcdResult, warnings: string[]): void {
  const name = str(object, 'metadata.name') ?? '';
  const resource = RESOURCE_OF_KIND[str(object, 'kind') ?? ''] ?? 'events';
  if (!result.succeeded) {
    return fail(ctx, ex, 409, 'AlreadyExists', `${resource} "${name}" already exists`, { name, kind: resource });
  }
  const stored = withResourceVersion(object, result.modRevision);
  const isUserPod = resource === 'pods' && ex.purpose.kind === 'kubectl';
  const response = jsonResponse(201, stored);
  if (warnings.length) response.headers = { ...response.headers, Warning: warnings.join(', ') };
  respond(ctx, ex, response, {
    text: { key: resource === 'pods' ? 'apiserver.response.created.pod' : 'apiserver.response.created', params: { status: 201, name, resourceVersion: result.modRevision } },
    ...(isUserPod ? { misconception: 'created-means-running' } : {}),
    detail: isObject(stored.metadata) ? { resourceVersion: String(result.modRevision), uid: str(stored, 'metadata.uid') ?? '' } : {},
  });
}
