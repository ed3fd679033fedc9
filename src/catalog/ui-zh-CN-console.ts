// 沙盒控制台自己的文字（简体中文）：帮助、拒绝、链接或集群编辑带来的变化，以及集群编辑为何无法应用。
// kubectl 打印的输出不在这里：它保持 kubectl 的原样。
import type { uiEnConsole } from './ui-en-console';

export const uiZhCNConsole: Record<keyof typeof uiEnConsole, string> = {
  'console.help': '支持的命令：\n{commands}\n控制台：help、clear；↑/↓ 翻看历史；Tab 补全命令、参数和名称。',
  'console.rejected': 'kubectl 拒绝了这条命令：{error}',
  'console.supported': '支持的命令：\n{commands}\n参数：{flags}',
  'console.hint': '提示：{hint}',
  'console.replayed.one': '已重新运行 1 条命令。',
  'console.replayed.other': '已重新运行 {count} 条命令。',
  'console.replayedFrom.one': '已从场景“{title}”重新运行 1 条命令。',
  'console.replayedFrom.other': '已从场景“{title}”重新运行 {count} 条命令。',
  'console.user': '现在以 {user} 的身份运行；会话中的命令已重新运行。',
  'console.clusterChanged': '集群已更改；会话中的命令已在新集群上重新运行。',
  'sandbox.title': '沙盒',
  'sandbox.summary': '你自己的 kubectl 命令',
  'sandbox.editLeftOut': '未应用的集群修改：{error}',

  'sandbox.url.scenario': '未知场景“{asked}”；从默认集群开始',
  'sandbox.url.tooMany': '链接中有 {count} 条命令；只重新运行前 {max} 条',
  'sandbox.url.user': '未知用户“{asked}”；使用集群自己的用户（可选：{presets}）',
  'sandbox.url.leftOut': '{error}；已忽略',

  'edit.nodeName': '“{node}”不是有效的节点名（只能用小写字母、数字和 -）',
  'edit.nodeExists': '节点 {node} 已存在',
  'edit.noNode': '没有节点 {node}',
  'edit.controlPlane': '{node} 运行着控制平面；只能移除工作节点',
  'edit.quantity': '“{value}”不是有效的 {resource} 数量（例如 {example}）',
  'edit.quantityOr': '{a} 或 {b}',
  'edit.taintKey': '“{key}”不是有效的污点键（例如 dedicated 或 example.com/gpu）',
  'edit.taintValue': '“{value}”不是有效的污点值',
  'edit.taintEffect': '“{effect}”不是污点效果（{effects}）',
  'edit.taintExists': '{node} 已经有一个键为 {key}、效果为 {effect} 的污点',
  'edit.noNamespace': '没有命名空间 {namespace}',
  'edit.quotaResource': '“{resource}”不是这里可用的配额资源（{resources}）',
  'edit.quotaQuantity': '“{value}”不是 {resource} 的有效数量',
  'edit.unreadable': '“{part}”不是集群修改',
};
