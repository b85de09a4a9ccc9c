// People slice: the people directory (a searchable list), the person open in the detail pane,
// and the edits a desk officer makes there (name, country, role, forms, merging two entries).
import type { PersonDetail } from '../../../electron/shared/types.ts';
import type { PeopleSlice } from './state/people.ts';
import type { SliceCreator } from './types.ts';

export type { PeopleSlice, PersonPatch } from './state/people.ts';

export const createPeopleSlice: SliceCreator<PeopleSlice> = (set, get, { client, run }) => {
  let seq = 0;
  /** The person as the server now has them, in the pane and in the list. */
  const show = async (person: PersonDetail | null): Promise<boolean> => {
    if (!person) return false;
    set({ person });
    await get().loadPeople();
    return true;
  };
  return {
    people: [],
    peopleStatus: 'idle',
    peopleQuery: '',
    person: null,

    loadPeople: async (query = get().peopleQuery) => {
      const mine = ++seq;
      set({ peopleQuery: query, peopleStatus: 'loading' });
      const q = query.trim();
      const res = await client.call('people.list', q ? { query: q } : {});
      if (mine !== seq) return;
      if (res.ok) set({ people: res.value, peopleStatus: 'ready' });
      else {
        set({ peopleStatus: 'error' });
        get().showError('Could not load the people directory', res.error);
      }
    },

    openPerson: async (id) => {
      const person = await run(client.call('people.get', { id }), 'Could not open the person');
      if (person) set({ person });
    },

    updatePerson: async (id, patch) => show(await run(client.call('people.update', { id, patch }), 'Could not save the person')),

    addPersonForm: async (id, form) =>
      show(await run(client.call('people.addForm', { id, form }), 'Could not add the form of the name')),

    removePersonForm: async (id, form) =>
      show(await run(client.call('people.removeForm', { id, form }), 'Could not remove the form of the name')),

    mergePeople: async (keepId, mergeId) => {
      const merged = await run(client.call('people.merge', { keepId, mergeId }), 'Could not merge the two entries');
      if (!merged) return false;
      get().notify('success', `Merged into ${merged.name}`, `${merged.forms.map((f) => f.form).join(' = ')}`);
      return show(merged);
    },
  };
};
