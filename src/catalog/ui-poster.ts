// The embed poster's few words, in every language we ship. The poster paints before the UI
// catalogs load (they come with the walkthrough), so its words travel in this small table.
import type { Lang } from './lang';

export interface PosterWords {
  label: string;
  brand: string;
  start: string;
  custom: string;
  from: string;
}

export const POSTER_WORDS: Record<Lang, PosterWords> = {
  en: {
    label: 'kubewalk walkthrough',
    brand: 'kubewalk · the Kubernetes control plane, step by step',
    start: 'Start the walkthrough',
    custom: 'A custom scenario',
    from: 'From {src}',
  },
  'zh-CN': {
    label: 'kubewalk 演练',
    brand: 'kubewalk · 一步一步看 Kubernetes 控制平面',
    start: '开始演练',
    custom: '自定义场景',
    from: '来自 {src}',
  },
};
