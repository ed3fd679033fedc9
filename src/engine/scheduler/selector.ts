/** The scheduler's pod informer selector: all non-terminal pods (reference B6, D14). */
export const SCHEDULER_POD_SELECTOR = 'status.phase!=Succeeded,status.phase!=Failed';
