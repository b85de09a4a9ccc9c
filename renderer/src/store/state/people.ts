// The shape of the store's people slice (types only: the slice's behaviour is in ../people.ts).
import type { PersonDetail, PersonSummary } from '../../../../electron/shared/types.ts';
import type { Status } from './status.ts';

export type PersonPatch = { name?: string; country?: string | null; role?: string | null };

export type PeopleSlice = {
  people: PersonSummary[];
  peopleStatus: Status;
  peopleQuery: string;
  person: PersonDetail | null;

  loadPeople: (query?: string) => Promise<void>;
  openPerson: (id: string) => Promise<void>;
  updatePerson: (id: string, patch: PersonPatch) => Promise<boolean>;
  addPersonForm: (id: string, form: string) => Promise<boolean>;
  removePersonForm: (id: string, form: string) => Promise<boolean>;
  mergePeople: (keepId: string, mergeId: string) => Promise<boolean>;
};
