// Built by scripts/export-embed-plugin.ts from scenarios/*.yaml.
declare module 'virtual:kubewalk-scenario-titles' {
  export const titles: { id: string; title: string; summary: string }[];
}
