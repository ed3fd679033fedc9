// 配置浏览器（?mode=config）中每个 kube-apiserver 参数的说明（简体中文），与 en-config.ts 的 enFlags、enRemoved 一一对应（zh.test.ts 检查）。
// 参数名、插件名、Kubernetes 的对象名保持原样。
export const zhFlags: Record<string, string> = {
  'authorization-mode': '认证之后由哪些授权器做决定，按顺序进行；第一个 Allow 或 Deny 生效。kubeadm 设置为 Node,RBAC；单独运行二进制文件时默认为 AlwaysAllow。',
  'authorization-webhook-config-file': 'Webhook 授权器把 SubjectAccessReview POST 给哪个服务器，这里是它的 kubeconfig（使用 Webhook 模式时必需）。',
  'enable-admission-plugins': '在默认插件之外额外启用的准入插件。它们按代码中固定的顺序运行，而不是按这里列出的顺序。kubeadm 添加了 NodeRestriction。',
  'disable-admission-plugins': '要关闭的默认准入插件。',
  'anonymous-auth': '没有任何认证器能识别的请求是否成为 system:anonymous（通常随后得到 403），而不是直接得到 401。授权模式中有 AlwaysAllow 时强制关闭。',
  'client-ca-file': '签发客户端证书的 CA。没有它就没有 x509 认证器：kubectl 的证书识别不出任何人。',
  'audit-policy-file': '审计策略：记录哪些请求、记录到什么级别。还需要一个后端（--audit-log-path）；kubeadm 两者都不设置。',
  'audit-log-path': '审计事件写入的文件，每个阶段一行 JSON。',
  'encryption-provider-config': '一个 EncryptionConfiguration：为某种资源列出的第一个 provider 在写入 etcd 之前加密它，所以 Secret 存成 k8s:enc:aescbc:v1:<key>: 密文，而不是明文 protobuf。kubeadm 不设置它。',
  'etcd-servers': 'kube-apiserver 写入的 etcd 成员。有三个成员时，每次写入都由 raft 多数派（3 个中的 2 个）提交。',
  'secure-port': 'kube-apiserver 监听的 HTTPS 端口（kubeadm：6443），也就是每个 kubeconfig 中 server 地址里的端口。',
  'service-cluster-ip-range': 'Service 的 ClusterIP 从这个范围中分配；kubernetes Service 得到其中第一个地址。',
  'kubelet-client-certificate': 'kube-apiserver 为 logs 和 exec 访问 kubelet 的 :10250 时出示的客户端证书。',
  'kubelet-client-key': '这个证书的私钥。',
  'event-ttl': 'Event 存在多久：写入 Event 时附带一个这个 TTL 的 etcd 租约（默认 1h）。',
};

export const zhRemoved: Record<string, string> = {
  'insecure-port': '通过不做认证和授权的明文 HTTP 提供 API。先被弃用，后被移除（v1.24）：现在二进制文件会以 "unknown flag: --insecure-port" 退出。',
  'insecure-bind-address': '那个明文 HTTP 端口的地址；随它一起被移除。',
  'experimental-encryption-provider-config': '--encryption-provider-config 的旧名字；先改名，后移除。请使用 --encryption-provider-config。',
  'enable-swagger-ui': '在 /swagger-ui 提供旧的 Swagger UI；随 Swagger 1.2 一起移除。API 在 /openapi/v2 和 /openapi/v3 发布 OpenAPI。',
  'admission-control': '旧的单一准入插件列表，按给出的顺序运行；已被 --enable-admission-plugins 和 --disable-admission-plugins 取代，它们的顺序无关紧要。',
  Initializers: '一个 alpha 准入插件（配合 InitializerConfiguration），让控制器在对象可见之前修改它；已被移除，由变更型准入 webhook 取代。现在列出它会失败：enable-admission-plugins plugin "Initializers" is unknown。',
};
