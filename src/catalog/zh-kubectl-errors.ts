// kubectl 拒绝命令的原因与提示（简体中文），以英文模板为键（src/engine/kubectl 中的 w`…`，{0}、{1} 是填入的值）。
// kubectl 命令和参数保持原样。
export const zhKubectlErrors: Record<string, string> = {
  'supported commands: {0}; flags: {1}': '支持的命令：{0}；参数：{1}',
};
