// Go's text/tabwriter as kubectl describe sets it up (minwidth 0, padding 2, pad with spaces).
// Cells end at a tab; a column's width is set per block of consecutive lines that have a cell in
// that column, so "Name:" lines up with "Service Account:" but not with lines after a tab-less one.

const PADDING = 2;

type Line = string[];

function writeLines(lines: Line[], widths: number[], from: number, to: number, out: string[]): void {
  for (let i = from; i < to; i++) {
    const cells = lines[i] ?? [];
    out.push(cells.map((c, j) => (j < widths.length ? c.padEnd(widths[j] ?? 0) : c)).join(''));
  }
}

function format(lines: Line[], widths: number[], line0: number, line1: number, out: string[]): void {
  const column = widths.length;
  let start = line0;
  for (let i = line0; i < line1; i++) {
    if (column >= (lines[i]?.length ?? 0) - 1) continue;
    // A block of lines with a cell in this column starts here.
    writeLines(lines, widths, start, i, out);
    start = i;
    let width = 0;
    for (; i < line1; i++) {
      const cells = lines[i] ?? [];
      if (column >= cells.length - 1) break;
      width = Math.max(width, (cells[column] ?? '').length + PADDING);
    }
    widths.push(width);
    format(lines, widths, start, i, out);
    widths.pop();
    start = i;
  }
  writeLines(lines, widths, start, line1, out);
}

/** Aligns lines whose cells are separated by tabs, exactly as Go's tabwriter would. */
export function tabwrite(lines: string[]): string[] {
  const out: string[] = [];
  format(lines.map((l) => l.split('\t')), [], 0, lines.length, out);
  return out;
}
