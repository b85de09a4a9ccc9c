// Hindi and Bengali write the office, then the name, with no capitals to say where the name ends.
// Hindi ends it with a postposition or a conjunction ("राष्ट्रपति द्रौपदी मुर्मू ने", "राजदूत
// मोहम्मद फथली, …", "उच्चायुक्त सिटी अरनीफरिजा हाजी मोहम्मद जैनी और"); Bengali glues the case
// ending to the name ("প্রধানমন্ত্রী শেখ হাসিনাকে", "পররাষ্ট্রমন্ত্রী মেভলুত কাভুসোগলুর সঙ্গে"),
// so the name is the two words after the office, less the ending. An office followed by its own
// ending ("প্রধানমন্ত্রীর প্রেস সচিব", the prime minister's press secretary) names nobody.

import { normalizeCountry } from '../../../../shared/countries.ts';
import { execAll } from '../patterns.ts';
import { namedMention } from './named-mention.ts';
import type { Mention } from './types.ts';

const HINDI_OFFICE =
  /(?<![\p{L}\p{M}])(उपराष्ट्रपति|राष्ट्रपति|प्रधानमंत्री|प्रधान मंत्री|विदेश मंत्री|विदेश राज्य मंत्री|उपमुख्यमंत्री|उप मुख्यमंत्री|मुख्यमंत्री|मंत्री|राज्यपाल|उपराज्यपाल|राजदूत|उच्चायुक्त|महावाणिज्यदूत|महासचिव|अपर मुख्य सचिव|मुख्य सचिव|सीएम|CM|डिप्टी हाई कमिश्नर|हाई कमिश्नर|समकक्ष)(?= )/gu;
/** Words that end a Hindi name: postpositions, conjunctions, "was/were", "present"; the office's building or staff ("राष्ट्रपति भवन", "राष्ट्रपति कार्यालय"). */
const HINDI_STOP =
  /^(?:ने|से|को|का|की|के|और|में|पर|तथा|एवं|शामिल|थे|था|थी|है|हैं|जी|द्वारा|कार्यालय|भवन|सचिवालय|पद|चुनाव|आज|कल|इन|इस|उस|भी|यहां|यहाँ|सहित|दिनों|सोमवार|मंगलवार|बुधवार|गुरुवार|शुक्रवार|शनिवार|रविवार)$/u;
/** Honorifics before a Hindi name (asia28): "श्री शिवराज सिंह चौहान", "श्रीमती …", "डॉ. एस जयशंकर"; the name is what follows. */
const HINDI_HONORIFIC = /^(?:श्री|श्रीमती|सुश्री|डॉ\.?|डॉक्टर)$/u;

const BENGALI_OFFICE = /(?<![\p{L}\p{M}-])((?:উপ-)?পররাষ্ট্রমন্ত্রী|প্রধানমন্ত্রী|রাষ্ট্রপতি|প্রেসিডেন্ট|রাষ্ট্রদূত|হাইকমিশনার|মন্ত্রী)(?= )/gu;
/** Ranks before a Bengali name: engineer, doctor. */
const BENGALI_RANK = /^(?:ইঞ্জিনিয়ার|ড\.|ডা\.|ডক্টর)$/u;
/** Words that are no name: days, "with", "from", "and", call and meeting words. */
const BENGALI_STOP =
  /^(?:সোমবার|মঙ্গলবার|বুধবার|বৃহস্পতিবার|শুক্রবার|শনিবার|রবিবার|সঙ্গে|সাথে|কাছ|থেকে|এবং|ও|টেলিফোন|ফোন|বৈঠক|দুপুর|সকালে|বিকেলে|এর|বলেন|জানান|করেন)$/u;
/** The accusative -কে, and the genitive -র after a vowel sign (মোদীর, কাভুসোগলুর; not জয়শঙ্কর). */
const BENGALI_ENDING = /(?:কে|(?<=[\u09BE-\u09CC])র)$/u;
/** "দুই প্রধানমন্ত্রী", "উভয় …": two offices at once, no one name after it. */
const BENGALI_PLURAL = /(?:দুই|উভয়|তিন)\s*$/u;

/** "मैक्सिको की विदेश मंत्री", "ओमान के अपने समकक्ष", "सीरियाई अरब गणराज्य के राजदूत": the country before the office (asia28). */
const HINDI_COUNTRY_BEFORE = /((?:[\p{L}\p{M}]+ ){0,2}[\p{L}\p{M}]+) (?:के|की|का)(?: अपने| अपनी)? $/u;

/** The country a Hindi office is said to be of; null when the words before it name none. */
function hindiCountry(text: string, at: number): string | null {
  const words = HINDI_COUNTRY_BEFORE.exec(text.slice(Math.max(0, at - 60), at))?.[1]?.split(' ') ?? [];
  for (let i = 0; i < words.length; i++) {
    const country = normalizeCountry(
      words
        .slice(i)
        .join(' ')
        .replace(/ गणराज्य$/u, ''),
    );
    if (country) return country;
  }
  return null;
}

const WORDS = /^ ((?:[\p{L}\p{M}.-]+ ?){1,6})/u;

function hindiName(text: string, at: number): string | null {
  const words: string[] = [];
  for (const w of WORDS.exec(text.slice(at, at + 120))?.[1]
    ?.trim()
    .split(' ') ?? []) {
    if (words.length === 0 && HINDI_HONORIFIC.test(w)) continue;
    if (HINDI_STOP.test(w)) break;
    words.push(w);
    if (words.length === 5) break;
  }
  // A comma closes the name: "राजदूत मोहम्मद फथली, ब्रुनेई …".
  const rest = text.slice(at, at + 120);
  const comma = rest.search(/[,।]/u);
  const name = words.join(' ');
  const upTo =
    comma < 0
      ? name
      : rest
          .slice(1, comma)
          .trim()
          .replace(/^(?:श्री|श्रीमती|सुश्री|डॉ\.?|डॉक्टर) /u, '');
  const kept = upTo.length < name.length ? upTo : name;
  return kept.split(' ').length >= 2 ? kept : null;
}

function bengaliName(text: string, at: number): string | null {
  const words: string[] = [];
  for (const raw of WORDS.exec(text.slice(at, at + 120))?.[1]
    ?.trim()
    .split(' ') ?? []) {
    if (words.length === 0 && BENGALI_RANK.test(raw)) continue;
    const w = raw.replace(/[।,]$/u, '');
    if (BENGALI_STOP.test(w)) break;
    const ending = BENGALI_ENDING.test(w) && words.length > 0;
    words.push(ending ? w.replace(BENGALI_ENDING, '') : w);
    if (ending || w !== raw || words.length === 2) break;
  }
  return words.length >= 2 ? words.join(' ') : null;
}

export function indicMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  const hindi = /\p{Script=Devanagari}/u.test(text);
  const bengali = /\p{Script=Bengali}/u.test(text);
  if (!hindi && !bengali) return [];
  const out: [Mention, number][] = [];
  const rules = [
    ...(hindi ? [{ re: HINDI_OFFICE, read: hindiName, how: 'named after the office (Hindi)' }] : []),
    ...(bengali ? [{ re: BENGALI_OFFICE, read: bengaliName, how: 'named after the office (Bengali)' }] : []),
  ];
  for (const { re, read, how } of rules)
    for (const m of execAll(re, text)) {
      if (re === BENGALI_OFFICE && BENGALI_PLURAL.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
      const at = m.index + m[0].length;
      const name = read(text, at);
      if (!name) continue;
      const start = text.indexOf(name.split(' ')[0] ?? name, at);
      const end = start + name.length;
      if (start < 0 || !free(m.index, end)) continue;
      out.push(
        namedMention(text, m.index, end, {
          name,
          // "अपने समकक्ष बद्र अल बूसैदी" (his counterpart): a side, not an office.
          role: m[1] === 'समकक्ष' ? null : (m[1] ?? null),
          country: re === HINDI_OFFICE ? hindiCountry(text, m.index) : null,
          // "আরাঘচির কাছ থেকে … বার্তা": the sender of a message is not in the room.
          ...(/^\S*\s+কাছ থেকে/u.test(text.slice(end, end + 20)) ? { passing: true } : {}),
          how,
        }),
      );
    }
  return out;
}
