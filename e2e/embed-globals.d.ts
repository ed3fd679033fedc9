import type { KubewalkEmbed } from '../src/embed/host';

declare global {
  interface Window {
    kubewalk: { version: number; get: (target: HTMLIFrameElement | string) => KubewalkEmbed | null; embeds: () => KubewalkEmbed[] };
  }
}
