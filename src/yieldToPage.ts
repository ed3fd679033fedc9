/** Resolves in a later task: the page can paint and take input before the work that follows. */
export const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
