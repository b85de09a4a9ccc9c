// Desk slice: whether this library has joined the desk's server, and the live link's state. The
// host sends `desk.changed` as the link's state moves; the store keeps the latest.

import type { DeskSlice } from './state/desk.ts';
import type { SliceCreator } from './types.ts';

export type { DeskSlice } from './state/desk.ts';

export const createDeskSlice: SliceCreator<DeskSlice> = (set, _get, { client }) => ({
  desk: null,
  deskLive: null,

  loadDesk: async () => {
    const res = await client.call('desk.status', {});
    if (res.ok) set({ desk: res.value });
  },

  watchDeskBook: async (bookId) => {
    const res = await client.call('desk.live', { bookId });
    if (res.ok) set({ deskLive: res.value });
  },

  receiveDeskLive: (state) => set({ deskLive: state }),

  joinDesk: async (url, token) => {
    const joined = await client.call('desk.join', { url: url.trim(), token: token.trim() });
    if (!joined.ok) return joined.error.message;
    const status = await client.call('desk.status', {});
    if (status.ok) set({ desk: status.value });
    return null;
  },
});
