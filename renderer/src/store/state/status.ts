/** Where a piece of the store's data is: not asked for yet, on its way, here, or failed. */
export type Status = 'idle' | 'loading' | 'ready' | 'error';
