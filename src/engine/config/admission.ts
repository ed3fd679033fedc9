// Admission plugin names in AllOrderedPlugins order and the ones on by default (reference B4,
// [ADM] plugins.go and the admission controllers reference). The chain always runs in this
// order, whatever order --enable-admission-plugins lists.

export const ORDERED_PLUGINS: readonly string[] = [
  'AlwaysAdmit', 'NamespaceAutoProvision', 'NamespaceLifecycle', 'NamespaceExists', 'LimitPodHardAntiAffinityTopology',
  'LimitRanger', 'ServiceAccount', 'NodeRestriction', 'TaintNodesByCondition', 'AlwaysPullImages', 'ImagePolicyWebhook',
  'PodSecurity', 'PodNodeSelector', 'Priority', 'DefaultTolerationSeconds', 'PodTolerationRestriction', 'EventRateLimit',
  'ExtendedResourceToleration', 'DefaultStorageClass', 'StorageObjectInUseProtection', 'OwnerReferencesPermissionEnforcement',
  'PersistentVolumeClaimResize', 'RuntimeClass', 'CertificateApproval', 'CertificateSigning', 'ClusterTrustBundleAttest',
  'CertificateSubjectRestriction', 'DefaultIngressClass', 'DenyServiceExternalIPs',
  'MutatingAdmissionPolicy', 'MutatingAdmissionWebhook', 'ValidatingAdmissionPolicy', 'ValidatingAdmissionWebhook',
  'ResourceQuota', 'AlwaysDeny',
];

export const DEFAULT_ON: readonly string[] = [
  'CertificateApproval', 'CertificateSigning', 'CertificateSubjectRestriction', 'ClusterTrustBundleAttest', 'DefaultIngressClass',
  'DefaultStorageClass', 'DefaultTolerationSeconds', 'LimitRanger', 'MutatingAdmissionWebhook', 'NamespaceLifecycle',
  'PersistentVolumeClaimResize', 'PodSecurity', 'Priority', 'ResourceQuota', 'RuntimeClass', 'ServiceAccount',
  'StorageObjectInUseProtection', 'TaintNodesByCondition', 'ValidatingAdmissionPolicy', 'ValidatingAdmissionWebhook',
];

/** Plugins whose effect on a Pod create the engine simulates; the others are listed as not simulated. */
export const SIMULATED_PLUGINS: readonly string[] = [
  'NamespaceLifecycle', 'LimitRanger', 'ServiceAccount', 'NodeRestriction', 'AlwaysPullImages', 'PodSecurity', 'Priority',
  'DefaultTolerationSeconds', 'MutatingAdmissionWebhook', 'ValidatingAdmissionPolicy', 'ValidatingAdmissionWebhook',
  'ResourceQuota', 'AlwaysDeny', 'AlwaysAdmit',
];

const list = (v: string | undefined): string[] => (v ? v.split(',').map((s) => s.trim()).filter((s) => s.length > 0) : []);

/** enabledPluginNames: default-on plus enabled, minus disabled, in the fixed order. */
export function enabledPlugins(enable: string | undefined, disable: string | undefined): string[] {
  const on = new Set([...DEFAULT_ON, ...list(enable)]);
  for (const p of list(disable)) if (!list(enable).includes(p)) on.delete(p);
  return ORDERED_PLUGINS.filter((p) => on.has(p));
}

/** AdmissionOptions.Validate's messages, word for word. */
export function admissionErrors(enable: string | undefined, disable: string | undefined): string[] {
  const errors: string[] = [];
  for (const p of list(enable)) if (!ORDERED_PLUGINS.includes(p)) errors.push(`enable-admission-plugins plugin "${p}" is unknown`);
  for (const p of list(disable)) if (!ORDERED_PLUGINS.includes(p)) errors.push(`disable-admission-plugins plugin "${p}" is unknown`);
  const both = [...new Set(list(enable).filter((p) => list(disable).includes(p)))].sort();
  if (both.length) errors.push(`[${both.join(' ')}] in enable-admission-plugins and disable-admission-plugins overlapped`);
  return errors;
}
