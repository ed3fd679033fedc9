// 嵌入页的文字（简体中文）：工具栏、下载、无法显示的 `?src=` 场景。
import type { uiEnEmbed } from './ui-en-embed';

export const uiZhCNEmbed: Record<keyof typeof uiEnEmbed, string> = {
  'embed.heading': 'kubewalk：{title}',
  'embed.fullscreen': '全屏',
  'embed.exitFullscreen': '退出全屏',
  'embed.open': '在 kubewalk 中打开',
  'embed.download': '下载图片',
  'embed.animateFrom': '动画步骤',
  'embed.animateTo': '到',
  'embed.downloadAnimation': '下载动画',
  'embed.drawing': '正在绘制…',
  'embed.saved': '已保存 {name}',
  'embed.drawFailed': '无法绘制图片：{error}',
  'embed.image.noStep': '第 {number} 步不存在（{level} 级别共有 {count} 步）',
  'embed.image.noCanvas': '这个浏览器无法在 canvas 上绘图',
  'embed.image.noPng': '无法把 canvas 保存为 PNG',
  'embed.imageHeader': '第 {number} 步，共 {count} 步（{level}）· Kubernetes v{version}',
  'embed.cannotShow': '无法显示这个场景',
  'embed.hint': '提示：{hint}',
  'embed.src.notUrl': '“{src}”不是一个 URL',
  'embed.src.protocol': '只获取 http 和 https 地址，不获取 {protocol}',
  'embed.src.status': '{url} 的响应是 {status}',
  'embed.src.unreachable': '无法获取 {url}：它在线吗？它发送 Access-Control-Allow-Origin 了吗？',
  'embed.src.tooBig': '{url} 超过了 {kb} kB',
  'embed.src.invalid': '{file} 不是有效的 kubewalk 场景',
};
