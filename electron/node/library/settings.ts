// The desk's settings, kept in the library database's `meta` table (key/value): one library is one
// desk, so everyone sharing it shares them. For now one: the desk's own country, asked on first run.

import { normalizeCountry } from '../../shared/countries.ts';
import { fail } from '../../shared/errors.ts';
import type { DeskSettings } from '../../shared/types.ts';
import type { Db } from '../db/statements.ts';
import { knownCountries } from './parse/country-names.ts';

export const DESK_COUNTRY_KEY = 'desk.country';

/** The desk's own country ("Republic of Korea", "United States"); null until someone sets it. */
export function deskCountry(db: Db): string | null {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(DESK_COUNTRY_KEY) as { value: string } | undefined;
  return row?.value ?? null;
}

/** Sets the desk's country from any form of its name ("ROK", "the UK", "American"); an unknown name is refused. */
export function setDeskCountry(db: Db, name: string): string {
  const country = normalizeCountry(name);
  if (!country) fail('BAD_INPUT', unknownCountry(name));
  db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(DESK_COUNTRY_KEY, country);
  return country;
}

export function unknownCountry(name: string): string {
  return `Briefbook does not know the country “${name.trim()}”. Choose one of its countries, for example ${['Japan', 'United Kingdom', 'United States', 'Viet Nam'].join(', ')}.`;
}

export function deskSettings(db: Db): DeskSettings {
  return { country: deskCountry(db), countries: knownCountries() };
}
