// 两个入门场景的标题、摘要、教学提示、演讲备注和问题（简体中文）。选项顺序与场景文件一致。
import type { ScenarioWords } from './lang-pack';

const getNodes: ScenarioWords = {
  title: 'kubectl get nodes',
  summary: '一次读取。kubectl 发送 GET，kube-apiserver 对它认证和授权，watch 缓存以 Table 作答。',
  notes: {
    'kubectl.request': '动词是 GET，绝不是 POST。limit=500 来自 kubectl 默认的 --chunk-size。',
    'apiserver.list': '节点存放在 etcd 的 /registry/minions/ 下，这个名字是 Kubernetes 早期留下来的。',
  },
  speakerNotes: {
    'kubectl.request': '指给大家看 Accept 请求头。kubectl 请服务器把结果排成表格（服务端打印）。',
    'apiserver.authn': '认证回答“你是谁？”，依据是客户端证书；凭据无效的话这里就是 401。',
    'apiserver.authz': 'RBAC 判断 kubernetes-admin 能否 list 节点。读请求不会到达准入控制。',
    'apiserver.list': '从 1.31 起，一致性 list 在对 etcd 做一次新鲜度检查后由 watch 缓存提供。',
    'kubectl.print': 'kubectl 打印服务器发来的列；这些列不是它算出来的。',
  },
  checkpoints: {
    'apiserver.authz': {
      question: 'API server 已经知道是谁在请求。它接下来检查什么？',
      choices: [
        { text: '这个用户能否 list 节点（授权，RBAC）', explanation: '认证之后是授权。RBAC 查找用户的角色，对“list nodes”给出允许或不表态。' },
        { text: '对请求运行准入 webhook', explanation: '准入只对 create、update、delete 和 connect 运行。list 永远不会到达准入。' },
        { text: '什么也不查，直接读 etcd', explanation: '每个请求都要先经过授权。没有相应 RBAC 权限的用户会得到 403 Forbidden。' },
        { text: '校验 Node 对象的 schema', explanation: '校验属于写请求。这里什么都不写。' },
      ],
    },
    'apiserver.list': {
      question: '这个列表里的节点从哪里来？',
      choices: [
        { text: 'API server 的 watch 缓存，在它追上 etcd 当前 revision 之后', explanation: '没有设置 resourceVersion，这是一次一致性 list。从 1.31 起，API server 向 etcd 询问当前 revision，等 watch 缓存追上它，再由缓存提供结果。' },
        { text: '每次都对所有节点做一次新的 etcd range 读', explanation: '这是 1.31 之前的行为，或者 etcd 不支持 progress notify 时的行为。这里只向 etcd 询问当前 revision。' },
        { text: '来自各个 kubelet，API server 向它们询问状态', explanation: 'Node 是存放在 /registry/minions/ 下的 API 对象。API server 列出节点时不会调用 kubelet。' },
      ],
    },
    'apiserver.response': {
      question: 'API server 给 kubectl 回了什么？',
      choices: [
        { text: '一个 Table，包含 kubectl 要打印的列', explanation: 'kubectl 的 Accept 请求头要求 as=Table，所以由服务器排好行和列（服务端打印）。' },
        { text: '完整的 NodeList JSON，由 kubectl 转成列', explanation: '那是服务器无法生成 Table 时的退路。kubectl 首先请求的是 Table。' },
        { text: '可以直接打印的纯文本', explanation: '回答是 JSON；Table 是一个结构化对象，由 kubectl 排版。' },
      ],
    },
  },
};

const createPod: ScenarioWords = {
  title: 'kubectl run nginx --image=nginx',
  summary: '一次写入，然后是调谐。Pod 被存储并得到 201，然后调度器绑定它，所选节点上的 kubelet 通过 containerd 启动它。',
  notes: {
    'apiserver.response': '201 Created 只表示 Pod 已存入 etcd。之后的一切都是异步发生的，由 watch 驱动。',
    'scheduler.bind': '调度器只是请求一个 Binding；写入 spec.nodeName 的是 kube-apiserver。',
    'kubelet.watch': 'kubelet 通过它自己打开的 watch 拉取工作；没有人把 Pod 推送给它。',
  },
  speakerNotes: {
    'kubectl.request': '揭晓之前先问大家 kubectl 用什么动词。答案是向命名空间的 pods 集合 POST；kubectl run 只创建一个裸 Pod，没有 Deployment。',
    'apiserver.authz': 'RBAC 回答“kubernetes-admin 能否在 default 中创建 Pod？”。准入还没运行；授权从不查看 Pod 的内容。',
    'apiserver.admission.mutating': '准入只对写请求运行。先是变更型插件（按固定顺序），然后是验证型插件。',
    'etcd.txn': '这是创建过程中对象唯一一次被写入。指出 revision；Pod 的 resourceVersion 就是这个 revision。',
    'apiserver.response': '在这里停一下。还没有调度，也没有运行任何东西，但 kubectl 已经完成并打印“pod/nginx created”。',
    'scheduler.watch': '调度器 watch 所有未终止的 Pod，自己分拣；未绑定的进入它的队列。',
    'scheduler.bind': '误解检查。调度器从不写 etcd，也从不和 kubelet 通信。',
    'kubelet.watch': '同一个 etcd 变更，不同的事件类型。调度器看到 MODIFIED；kubelet 带过滤的 watch 看到 ADDED。',
    'kubelet.cri.RunPodSandbox': '调用 CNI 并启动 pause 容器的是运行时，不是 kubelet。',
    'kubelet.status': 'kubelet 通过 pods/status 子资源以 strategic merge patch 报告状态。',
  },
  checkpoints: {
    'apiserver.response': {
      question: 'Pod 现在已存入 etcd。API server 给 kubectl 回答什么？',
      choices: [
        { text: '201 Created，带上已存储的 Pod（还没有节点，phase Pending）', explanation: '201 只表示已持久化。spec.nodeName 为空，status.phase 为 Pending；调度和启动随后发生，由 watch 驱动。' },
        { text: '202 Accepted，然后 kubectl 轮询直到 Pod 运行', explanation: '创建在写入 etcd 之前都是同步的，所以服务器回答 201 Created。除非你要求，kubectl run 不会等待 Pod。' },
        { text: '200 OK，在容器启动之后', explanation: 'API server 不会等待调度器或 kubelet。对象一存好它就回答。' },
        { text: '201 Created，在调度器选好节点之后', explanation: '调度器还没看到这个 Pod。它是在写入之后通过 watch 才得知的。' },
      ],
    },
    'scheduler.watch': {
      question: 'Pod 已存储但没有节点。哪个组件注意到它并采取下一步行动？',
      choices: [
        { text: 'kube-scheduler，通过它早已打开的 watch', explanation: '调度器 watch 所有未终止的 Pod。新的未绑定 Pod 以 ADDED 事件到达，进入它的调度队列。' },
        { text: 'node-1 上的 kubelet', explanation: 'kubelet 的 watch 选择 spec.nodeName=node-1。这个 Pod 还没有 nodeName，所以 kubelet 看不到它。' },
        { text: 'kube-apiserver，它自己选一个节点', explanation: 'API server 存储对象并提供 watch；选择节点是调度器的工作。' },
        { text: '控制器管理器，它把 Pod 包进一个 ReplicaSet', explanation: 'kubectl run 创建的是裸 Pod。没有控制器拥有它，也不会创建 ReplicaSet。' },
      ],
    },
    'scheduler.bind': {
      question: '调度器选中了 node-1。它如何记录这个决定？',
      choices: [
        { text: '向 Pod 的 binding 子资源 POST 一个 Binding', explanation: 'DefaultBinder 发送 POST .../pods/nginx/binding。然后 kube-apiserver 在一次 etcd 事务中设置 spec.nodeName 和 PodScheduled=True。' },
        { text: '直接把 spec.nodeName 写入 etcd', explanation: '只有 kube-apiserver 和 etcd 通信。调度器和其他客户端一样通过 API。' },
        { text: '发送整个 Pod 的 PUT 或 PATCH，其中设置了 nodeName', explanation: '调度器不更新 Pod。它请求一个 Binding，由 API server 的 BindingREST 写入 nodeName。' },
        { text: '调用 node-1 上的 kubelet，把 Pod 交给它', explanation: '调度器从不和 kubelet 通信。kubelet 通过自己的 watch 找到这个 Pod。' },
      ],
    },
    'kubelet.watch': {
      question: 'Pod 已绑定到 node-1。node-1 上的 kubelet 如何得知？',
      choices: [
        { text: '它自己的 watch（按 spec.nodeName=node-1 过滤）送来一个 ADDED 事件', explanation: '这个 watch 是 kubelet 自己打开的。绑定使 Pod 匹配了过滤条件，所以 watch 缓存发送 ADDED，尽管 etcd 看到的是一次更新。' },
        { text: 'kube-apiserver 连接 kubelet 的 10250 端口并推送 Pod', explanation: 'API server 只为 logs、exec、attach、port-forward 和 proxy 连接 kubelet，从不为了启动 Pod。' },
        { text: '调度器告诉它', explanation: '调度器只 POST 一个 Binding。它从不联系 kubelet。' },
        { text: '它直接 watch etcd', explanation: '只有 kube-apiserver 和 etcd 通信。客户端的 watch 由 API server 的 watch 缓存提供。' },
      ],
    },
    'kubelet.cri.RunPodSandbox': {
      question: 'kubelet 已接纳这个 Pod。谁给 Pod 网络和 IP 地址？',
      choices: [
        { text: '容器运行时，它在执行 RunPodSandbox 时调用 CNI 插件', explanation: 'kubelet 通过 CRI 向运行时请求一个沙箱。containerd 创建网络命名空间，调用 CNI ADD，并启动 pause 容器。' },
        { text: 'kubelet 在启动任何容器之前调用 CNI 插件', explanation: '自从移除 dockershim 之后，kubelet 只讲 CRI；CNI 由运行时运行。' },
        { text: 'kube-proxy 分配 Pod IP', explanation: 'kube-proxy 编写 Service 规则。它不给 Pod 分配地址。' },
        { text: '调度器在选节点时预留了一个 IP', explanation: '调度器按资源请求放置 Pod；它对 Pod IP 一无所知。' },
      ],
    },
  },
};

export const zhScenarios: Record<string, ScenarioWords> = { 'get-nodes': getNodes, 'create-pod': createPod };
