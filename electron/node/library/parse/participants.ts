// Who was in the room: the rules live in participants/ (one file per way of writing a person,
// the sentence context, merging, the people directory); this module is what the rest imports.

import { countryIn } from '../../../shared/countries.ts';

export { findParticipants, participantKey } from './participants/find.ts';
export type { KnownPerson, ParticipantContext, PeopleDirectory } from './participants/types.ts';

/** The host country: the country the place is in ("guest house of the Ministry … of Viet Nam", "Vietnam"). */
export const hostCountryOf = (place: string | null): string | null => (place === null ? null : countryIn(place));
