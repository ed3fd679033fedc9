// 常见误解与实际情况（简体中文）：覆盖 get-nodes 和 create-pod 用到的全部条目。
import type { Misconception } from './types';

export const zhMisconceptions: Record<string, Misconception> = {
  'get-is-post': { often: 'kubectl get nodes 发送的是 POST。', really: '它是 GET（GET /api/v1/nodes?limit=500），Accept 请求头要求返回 Table。' },
  'apf-before-authn': { often: '限流发生在认证之前。', really: 'API Priority and Fairness 在认证和身份模拟之后、授权之前运行，因为它按用户分类。' },
  'admission-on-reads': { often: '准入控制器也会检查读请求。', really: '准入只对 create、update、delete 和 connect 运行，从不对 get、list 或 watch 运行。' },
  'nodes-registry-path': { often: '节点存储在 /registry/nodes 下。', really: '它们存储在 /registry/minions/<name> 下，这是一个历史遗留的名字。' },
  'every-get-reads-etcd': { often: '每次 get 都会读 etcd。', really: '从 v1.31 起，一致性 list 在对 etcd 做一次 revision 检查后由 watch 缓存返回。watch 始终由缓存提供。' },
  'run-creates-deployment': { often: 'kubectl run 会创建一个 Deployment。', really: '从 v1.18 起，它只创建一个带标签 run=<name> 的裸 Pod。' },
  'validation-after-authn': { often: '顺序是认证、校验、然后 etcd。', really: '顺序是认证、审计、身份模拟、APF、授权、解码和默认值、变更型准入、校验、验证型准入，然后才是 etcd。' },
  'etcd-stores-json': { often: 'etcd 以 YAML 或 JSON 存储对象。', really: '内置类型以带 k8s\\x00 前缀的 protobuf 存储；只有自定义资源以 JSON 存储。' },
  'created-means-running': { often: '“pod/nginx created”表示 Pod 正在运行。', really: '201 只表示 Pod 已存入 etcd：phase Pending，没有 nodeName。调度和启动随后异步发生。' },
  'scheduler-watches-unscheduled': { often: '调度器只 watch 未调度的 Pod（spec.nodeName=）。', really: '它 watch 所有未终止的 Pod（status.phase!=Succeeded,status.phase!=Failed），并在自己的事件处理程序中分拣。' },
  'scheduler-uses-usage': { often: '调度器按实际 CPU 和内存用量放置 Pod。', really: '它比较的是请求的资源与 allocatable（以及污点、亲和性和端口），而不是实时指标。' },
  'scheduler-writes-pod': { often: '调度器更新 Pod 或把 nodeName 写入 etcd。', really: '它向 pods/<name>/binding POST 一个 Binding。由 kube-apiserver 设置 nodeName；只有 kube-apiserver 和 etcd 通信。' },
  'podscheduled-by-kubelet': { often: 'kubelet 设置 PodScheduled。', really: 'PodScheduled=True 由 kube-apiserver 中的 Binding 处理程序与 spec.nodeName 一起写入。' },
  'rv-per-object': { often: 'resourceVersion 是每个对象自己的版本号。', really: '它是对象最后一次写入时 etcd 的全局 revision。请把它当作不透明的值。' },
  'same-event-for-everyone': { often: 'watch 给每个人发送相同的事件。', really: '使用字段选择器的 watcher 对同一个变更可能看到不同的类型：绑定对调度器是 MODIFIED，对 kubelet 却是 ADDED。' },
  'kubelet-pushed': { often: 'API server 把 Pod 交给 kubelet。', really: 'kubelet 打开了一个 watch（fieldSelector spec.nodeName=<node>），并在上面以事件形式收到已绑定的 Pod。kube-apiserver 从不为了启动 Pod 而连接 kubelet。' },
  'apiserver-updates-status': { often: 'API server 更新 Pod 的状态。', really: 'kubelet PATCH pods/<name>/status；kube-apiserver 只负责校验和存储。' },
  'kubelet-calls-cni': { often: 'kubelet 调用 CNI 并拉取镜像。', really: 'kubelet 调用 CRI。容器运行时（containerd）运行 CNI 插件并拉取镜像。' },
};
