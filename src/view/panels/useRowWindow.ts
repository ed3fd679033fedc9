// Renders only the rows of a long list that are in view, plus a margin: at the deep level a scaled
// cluster has 160k steps and thousands of etcd keys. Windowed rows are one line each (window.css),
// so every row has the height of the first one and where a row sits is arithmetic: following the
// current row never reads the layout in the middle of a key press.
import { useCallback, useEffect, useRef, useState } from 'react';

/** Lists shorter than this render every row, wrapped, as before. */
export const WINDOW_FROM = 200;
/** Rows rendered above and below the view: a scroll of a few lines never shows a gap. */
const MARGIN = 24;

export interface RowWindow {
  /** False for a short list: every row is rendered. */
  on: boolean;
  /** Rendered rows: [start, end). */
  start: number;
  end: number;
  /** Heights (px) of what stands in for the rows above and below. */
  before: number;
  after: number;
  /** Ref callback for the list (an `ol`, or a `tbody`): its scroller is the nearest panel body. */
  list: (el: HTMLElement | null) => void;
}

interface View {
  /** Where the view's top is (or is about to be, after a jump). */
  top: number;
  height: number;
  rowHeight: number;
  /** Offset of the first row from the scroller's top (a heading, a table head above it). */
  base: number;
  /** The row last followed, and how many times the view jumped to keep one in view. */
  followed: number;
  jumps: number;
}

function scrollerOf(el: HTMLElement): HTMLElement | null {
  return el.closest<HTMLElement>('.kw-panel-body');
}

/** Where the view's top must go so `index` shows a third of the way down; null when it shows. */
function jumpTo(v: View, index: number): number | null {
  const top = v.base + index * v.rowHeight;
  if (top >= v.top && top + v.rowHeight <= v.top + v.height) return null;
  return Math.max(0, Math.round(top - v.height / 3));
}

/** `follow`: the row to keep in view when it changes (-1 for none). */
export function useRowWindow(count: number, follow: number, estimate: number): RowWindow {
  const on = count >= WINDOW_FROM;
  // A ref, not state: a state update from a ref callback lands in the commit, which then runs every
  // effect of the page at once (a hydrating page's longest task).
  const listRef = useRef<HTMLElement | null>(null);
  const [view, setView] = useState<View>({ top: 0, height: 600, rowHeight: estimate, base: 0, followed: -1, jumps: 0 });

  // A new row to follow: move the window to it in this very render, so the frame that shows the
  // new step already holds its row; the scroller itself moves just before that frame is painted.
  if (on && follow !== view.followed) {
    const top = follow >= 0 ? jumpTo(view, follow) : null;
    setView(top === null ? { ...view, followed: follow } : { ...view, top, followed: follow, jumps: view.jumps + 1 });
  }

  useEffect(() => {
    const listEl = listRef.current;
    const scroller = listEl && on ? scrollerOf(listEl) : null;
    if (!scroller || !listEl) return;
    const onScroll = () => setView((v) => (v.top === scroller.scrollTop ? v : { ...v, top: scroller.scrollTop }));
    // Resize observers report after layout: reading sizes there costs no extra layout. Every row
    // is as high as the first one that is not a spacer.
    const resized = new ResizeObserver(() => {
      const base = listEl.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
      const first = [...listEl.children].find((c) => !c.classList.contains('kw-spacer'));
      const rowHeight = first instanceof HTMLElement && first.offsetHeight > 0 ? first.offsetHeight : estimate;
      const height = scroller.clientHeight;
      setView((v) => (v.height === height && v.base === base && v.rowHeight === rowHeight ? v : { ...v, height, base, rowHeight }));
    });
    resized.observe(scroller);
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      resized.disconnect();
      scroller.removeEventListener('scroll', onScroll);
    };
  }, [on, estimate]);

  // The jump itself, in the next animation frame: the layout it needs is that frame's own.
  const { jumps, top } = view;
  useEffect(() => {
    const listEl = listRef.current;
    if (jumps === 0 || !listEl) return;
    const frame = requestAnimationFrame(() => {
      const scroller = scrollerOf(listEl);
      if (scroller) scroller.scrollTop = top;
    });
    return () => cancelAnimationFrame(frame);
    // Only a new jump moves the scroller; `top` also changes when the reader scrolls.
  }, [jumps]);

  const list = useCallback((el: HTMLElement | null) => {
    listRef.current = el;
  }, []);
  if (!on) return { on, start: 0, end: count, before: 0, after: 0, list };
  const h = Math.max(view.rowHeight, 1);
  const first = Math.floor((view.top - view.base) / h);
  const start = Math.min(count, Math.max(0, first - MARGIN));
  const end = Math.min(count, Math.max(start, first + Math.ceil(view.height / h) + MARGIN));
  return { on, start, end, before: start * h, after: (count - end) * h, list };
}
