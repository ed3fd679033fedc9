// Cluster policy a scenario can add (RBAC bindings, quotas, webhooks): part of ClusterSpec.

/** A RoleBinding (with namespace) or ClusterRoleBinding of a built-in ClusterRole. */
export interface BindingSpec {
  name: string;
  /** Absent: a ClusterRoleBinding. */
  namespace?: string;
  /** A built-in ClusterRole: `admin`, `edit`, `view` or `cluster-admin`. */
  clusterRole: string;
  subjects: { kind: 'User' | 'Group' | 'ServiceAccount'; name: string; namespace?: string }[];
}

/** A ResourceQuota: `hard` limits such as `pods: "2"`, `requests.cpu: "1"`. */
export interface QuotaSpec {
  name: string;
  namespace: string;
  hard: Record<string, string>;
}

/** A ValidatingWebhookConfiguration whose webhook denies Pod creates (optionally in one namespace). */
export interface WebhookSpec {
  name: string;
  message: string;
  namespace?: string;
  /** The code the webhook answers with; kube-apiserver raises anything under 400 to 400. */
  code?: number;
}
