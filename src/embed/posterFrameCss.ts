// The styles of the embed poster's first-step picture (src/embed/posterFrame.ts), apart from it so
// the build plugin can inline them without loading the app's modules.
/** A component name's size, in the picture's units (src/embed/posterFrame.ts fits long names by it). */
export const NAME_SIZE = 22;

/** The frame's styles, in the theme colours the embed's poster already uses. */
export const POSTER_FRAME_CSS = `
.kw-pf { margin: 0; width: min(100%, 40rem); display: grid; gap: 0.5rem; text-align: left; }
.kw-pf-graph { width: 100%; height: auto; font-family: system-ui, sans-serif; }
.kw-pf-group { fill: none; stroke: #8a97a8; stroke-width: 1.5; stroke-dasharray: 6 4; }
.kw-pf-groupname { fill: currentColor; opacity: 0.75; font-size: 18px; font-weight: 700; }
.kw-pf-link { stroke: #8a97a8; stroke-width: 1.5; fill: none; }
.kw-pf-link.kw-pf-on { stroke: #1d4ed8; stroke-width: 4; }
.kw-pf-box { fill: #fff; stroke: #8a97a8; stroke-width: 1.5; }
.kw-pf-box.kw-pf-on { fill: #dbe7ff; stroke: #1d4ed8; stroke-width: 3; }
.kw-pf-name { fill: #111827; font-size: ${NAME_SIZE}px; font-weight: 700; text-anchor: middle; }
.kw-pf-role { fill: #1d4ed8; font-size: 15px; font-weight: 700; text-anchor: middle; }
.kw-pf-packet { fill: #111827; }
.kw-pf-packettext { fill: #fff; font: 700 14px ui-monospace, monospace; text-anchor: middle; }
.kw-pf figcaption { font-size: 1rem; line-height: 1.4; overflow-wrap: anywhere; }
[data-theme="dark"] .kw-pf-box { fill: #161b22; } [data-theme="dark"] .kw-pf-name { fill: #e6edf3; }
[data-theme="dark"] .kw-pf-box.kw-pf-on { fill: #1f3a7a; } [data-theme="dark"] .kw-pf-role { fill: #9cc0ff; }
@media (prefers-color-scheme: dark) {
  [data-theme="auto"] .kw-pf-box { fill: #161b22; } [data-theme="auto"] .kw-pf-name { fill: #e6edf3; }
  [data-theme="auto"] .kw-pf-box.kw-pf-on { fill: #1f3a7a; } [data-theme="auto"] .kw-pf-role { fill: #9cc0ff; }
}
`;
