import { defineConfig } from 'vitepress';

export default defineConfig({
  title: 'My docs',
  // The host script sizes every kubewalk iframe on the page.
  head: [['script', { src: 'http://localhost:4173/kubewalk-embed.js', defer: '' }]],
  // <kube-walkthrough> is a custom element, not a Vue component.
  vue: { template: { compilerOptions: { isCustomElement: (tag) => tag === 'kube-walkthrough' } } },
});
