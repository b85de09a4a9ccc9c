// Which side a record, and a paragraph in it, speaks for. A desk officer reads "our side" and
// "their side" in two columns, and "East Sea" means a different sea depending on who says it.

import { countryIn, normalizeCountry } from '../../shared/countries.ts';
import { foldKeepingCase } from '../../shared/fold.ts';
import type { Participant } from '../../shared/types.ts';

export type RecordFacts = {
  title: string;
  publisher: string | null;
  language: string;
  participants: Participant[];
};

export type Side = { country: string | null; reason: string };

/** Publishers whose name does not say their country. */
const AGENCY_COUNTRY: [RegExp, string][] = [
  [/\b(?:VNA|TTXVN|VOV|VTV|VnExpress|Nhân Dân|Nhan Dan|Tuổi Trẻ|Tuoi Tre|Thanh Niên|Thanh Nien|Bộ Ngoại giao)\b/i, 'Viet Nam'],
  [/\b(?:Yonhap|KBS|MBC|SBS|Arirang|JoongAng|Chosun|Hankyoreh|Dong-?A|Cheong Wa Dae|외교부|청와대)/i, 'Republic of Korea'],
  [/\b(?:Xinhua|CGTN|Global Times)\b/i, 'China'],
  [/\b(?:Kyodo|NHK|Asahi|Yomiuri|Nikkei|Kantei|Gaimusho)\b|外務省|首相官邸/i, 'Japan'],
  [
    /\b(?:FCDO|Foreign,? Commonwealth (?:and|&) Development Office|Foreign (?:and|&) Commonwealth Office|GOV\.UK|Downing Street|BBC)\b/i,
    'United Kingdom',
  ],
  [/\b(?:State Department|Department of State|White House|Voice of America)\b/i, 'United States'],
  [/新华社|中华人民共和国外交部/, 'China'],
];

const LANGUAGE_COUNTRY: Record<string, string> = {
  vi: 'Viet Nam',
  ko: 'Republic of Korea',
  ja: 'Japan',
  zh: 'China',
  th: 'Thailand',
  id: 'Indonesia',
};

/** The country a record speaks for: its publisher, else its language, else the country its title names first. */
export function recordSide(record: RecordFacts): Side {
  const publisher = record.publisher?.trim() || null;
  if (publisher) {
    for (const [re, country] of AGENCY_COUNTRY) if (re.test(publisher)) return { country, reason: `published by ${publisher}` };
    const named = countryIn(publisher);
    if (named) return { country: named, reason: `published by ${publisher}` };
  }
  const byLanguage = LANGUAGE_COUNTRY[record.language];
  if (byLanguage)
    return {
      country: byLanguage,
      reason: `written in ${record.language === 'vi' ? 'Vietnamese' : record.language === 'ko' ? 'Korean' : record.language}`,
    };
  // Each side names itself first: "ROK-Viet Nam" from Seoul, "Vietnam – RoK" from Hanoi.
  const first = countryIn(record.title);
  const countries = new Set(record.participants.map((p) => p.country).filter(Boolean));
  if (first && (countries.size === 0 || countries.has(first)))
    return { country: first, reason: `the title names ${first} first` };
  return { country: null, reason: 'neither the publisher, the language nor the title says which side wrote it' };
}

/** Ways a participant is referred to, longest first: "Deputy Prime Minister Minh", "FM Son", "the host". */
function referencesOf(p: Participant): string[] {
  const refs = [p.name, ...(p.aliases ?? [])].filter((r): r is string => Boolean(r && r.trim().length > 2));
  return refs.sort((a, b) => b.length - a.length);
}

export type Mention = { index: number; end: number; participant: Participant };

/** Where the paragraph names a participant, in reading order (longest reference wins at one spot). */
export function mentions(text: string, participants: Participant[]): Mention[] {
  const folded = foldKeepingCase(text).toLowerCase();
  const found: Mention[] = [];
  for (const p of participants) {
    for (const ref of referencesOf(p)) {
      const needle = foldKeepingCase(ref).toLowerCase();
      for (let i = folded.indexOf(needle); i !== -1; i = folded.indexOf(needle, i + needle.length)) {
        const before = folded[i - 1];
        const after = folded[i + needle.length];
        if ((before && /[\p{L}\p{N}]/u.test(before)) || (after && /[\p{L}\p{N}]/u.test(after))) continue;
        if (found.some((f) => i < f.end && i + needle.length > f.index)) continue;
        found.push({ index: i, end: i + needle.length, participant: p });
      }
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * Whose voice a paragraph is in: when every participant it names speaks for one country, that
 * country; otherwise the record's own side.
 */
export function paragraphSource(text: string, participants: Participant[], side: Side): { country: string | null; why: string } {
  const countries = new Set(
    mentions(text, participants).map((m) => normalizeCountry(m.participant.country ?? '') ?? m.participant.country),
  );
  countries.delete(null);
  if (countries.size === 1) {
    const country = [...countries][0] as string;
    const speaker = mentions(text, participants)[0]?.participant;
    return { country, why: `${speaker?.name ?? speaker?.role ?? 'the speaker'} speaks for ${country}` };
  }
  if (side.country) return { country: side.country, why: `the record speaks for ${side.country} (${side.reason})` };
  return { country: null, why: side.reason };
}
