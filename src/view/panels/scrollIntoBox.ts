/**
 * Scrolls the nearest panel body (never the page, unlike scrollIntoView) so `el` is visible.
 * The panel body is `position: relative`, so it is the offset parent of what it holds.
 */
export function scrollIntoBox(el: HTMLElement): void {
  const box = el.closest<HTMLElement>('.kw-panel-body');
  if (!box || box.scrollHeight <= box.clientHeight) return;
  let top = 0;
  for (let node: HTMLElement | null = el; node && node !== box; node = node.offsetParent as HTMLElement | null) {
    top += node.offsetTop;
  }
  if (top < box.scrollTop || top + el.offsetHeight > box.scrollTop + box.clientHeight) {
    box.scrollTop = top - box.clientHeight / 3;
  }
}

/**
 * The same, in the next animation frame: the layout it reads is then the one that frame needs
 * anyway, not an extra one forced in the middle of a key press. A failure goes to `onError` (the
 * frame is outside React, so the panel's boundary would not see it). Returns a cancel function.
 */
export function scrollIntoBoxSoon(find: () => HTMLElement | null | undefined, onError: (error: unknown) => void): () => void {
  const frame = requestAnimationFrame(() => {
    try {
      const el = find();
      if (el) scrollIntoBox(el);
    } catch (error) {
      onError(error);
    }
  });
  return () => cancelAnimationFrame(frame);
}
