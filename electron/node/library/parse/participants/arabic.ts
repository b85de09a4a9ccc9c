// Arabic writes no capitals: a name is found by what stands around it. A title before it ("وزير
// الخارجية سامح شكري", "وزير خارجية نيجيريا يوسف مايتاما توجار"), "his counterpart" with the
// country's adjective ("نظيره المغربي صلاح الدين مزوار"), or an honorific ("الأمير", "الدكتور")
// with the title after the name ("الأمير فيصل بن فرحان وزير الخارجية السعودي"). The name runs
// until a word that cannot be part of one (a preposition, "اليوم", a title) or a comma.

import { execAll } from '../patterns.ts';
import { namedMention } from './named-mention.ts';
import type { Mention } from './types.ts';

/** Honorifics and ranks written before a name; not part of it. */
const HONORIFIC =
  '(?:الأمير|الأميرة|الشيخ|الشيخة|الدكتور|الدكتورة|السفير|السفيرة|السيد|السيدة|المهندس|المهندسة|اللواء|الفريق|معالي|سمو|فخامة|دولة|الملك|الملكة|جلالة|سعادة)';
/** An honorific standing alone as a word: skipped before a name, never inside one. */
// "لسعادة السفير" (to his excellency): the preposition glued to the honorific.
export const HONORIFIC_WORD = new RegExp(`^[وبل]?${HONORIFIC}$`, 'u');

/**
 * Offices, longest first, as the record writes them (the country adjective after them is read apart); an embassy's ranks
 * too: "المستشار" (counsellor), "السكرتيرة الأولى" (first secretary).
 */
export const OFFICE =
  '(?:وزير(?:ة)? الدولة لل?شؤون الخارجية|وزير(?:ة)? الخارجية والمغتربين|وزير(?:ة)? الخارجية والعلاقات الدولية|وزير(?:ة)? الخارجية والتعاون الدولي|وزير(?:ة)? الشؤون الخارجية|وزير(?:ة)? الخارجية|وزير(?:ة)? خارجية|نائب وزير الخارجية|مساعد وزير الخارجية|رئيس (?:الوزراء|مجلس الوزراء|الجمهورية|الحكومة)|ولي العهد|الأمين العام لل?[^\\s،,.]+(?: [^\\s،,.]+)?|المبعوث الخاص|سفير|سفيرة|القائم بالأعمال|الرئيس|مستشار(?:ة)?(?: (?:ال)?(?:اقتصادي|سياسي|ثقافي|تجاري|إعلامي|عسكري|قانوني|صحفي)(?:ة)?)?(?= [^\\s،,.]+ [^\\s،,.]+)(?! (?:ال)?(?:مدير|وزير|رئيس|نائب|أمين|الأمين|محافظ|أمير|ملك|ولي|خادم|صاحب|سمو|مجلس|وزارة|جامعة|مكتب))|سكرتير(?:ة)? (?:ال)?(?:أول|أولى|ثاني|ثان|ثانية|ثالث|ثالثة))';

/** The counterpart, named by the other side's adjective: "نظيره المصري". */
const COUNTERPART = '(?:نظير(?:ه|ها|ته|يه))';

/** Adjectives (nisba) and names of countries, as Arabic writes them, to the name the labels use. */
const COUNTRIES: [RegExp, string][] = [
  [/^(?:ال)?سعودي(?:ة)?$|^المملكة العربية السعودية$/u, 'Saudi Arabia'],
  [/^(?:ال)?مصري(?:ة)?$|^مصر$/u, 'Egypt'],
  [/^(?:ال)?مغرب[يى](?:ة)?$|^المغرب$/u, 'Morocco'],
  [/^(?:ال)?سوري(?:ة)?$|^سوريا$|^الجمهورية العربية السورية$/u, 'Syria'],
  [/^(?:ال)?عراقي(?:ة)?$|^العراق$/u, 'Iraq'],
  [/^(?:ال)?أردني(?:ة)?$|^الأردن$/u, 'Jordan'],
  [/^(?:ال)?لبناني(?:ة)?$|^لبنان$/u, 'Lebanon'],
  [/^(?:ال)?إماراتي(?:ة)?$|^الإمارات$/u, 'United Arab Emirates'],
  [/^(?:ال)?قطري(?:ة)?$|^قطر$/u, 'Qatar'],
  [/^(?:ال)?كويتي(?:ة)?$|^الكويت$/u, 'Kuwait'],
  [/^(?:ال)?بحريني(?:ة)?$|^البحرين$/u, 'Bahrain'],
  [/^(?:ال)?عماني(?:ة)?$|^عمان$|^سلطنة عمان$/u, 'Oman'],
  [/^(?:ال)?يمني(?:ة)?$|^اليمن$/u, 'Yemen'],
  [/^(?:ال)?تونسي(?:ة)?$|^تونس$/u, 'Tunisia'],
  [/^(?:ال)?جزائري(?:ة)?$|^الجزائر$/u, 'Algeria'],
  [/^(?:ال)?ليبي(?:ة)?$|^ليبيا$/u, 'Libya'],
  [/^(?:ال)?سوداني(?:ة)?$|^السودان$/u, 'Sudan'],
  [/^(?:ال)?فلسطيني(?:ة)?$|^فلسطين$/u, 'Palestine'],
  [/^(?:ال)?تركي(?:ة)?$|^تركيا$/u, 'Turkey'],
  [/^(?:ال)?إيراني(?:ة)?$|^إيران$/u, 'Iran'],
  [/^(?:ال)?أم[ي]?ر[ي]?كي(?:ة)?$|^الولايات المتحدة(?: الأم[يى]?ر[ي]?كية)?$/u, 'United States'],
  [/^(?:ال)?روسي(?:ة)?$|^روسيا$/u, 'Russia'],
  [/^(?:ال)?صيني(?:ة)?$|^الصين$/u, 'China'],
  [/^(?:ال)?فرنسي(?:ة)?$|^فرنسا$/u, 'France'],
  [/^(?:ال)?بريطاني(?:ة)?$|^بريطانيا$/u, 'United Kingdom'],
  [/^(?:ال)?ألماني(?:ة)?$|^ألمانيا$/u, 'Germany'],
  [/^(?:ال)?إسباني(?:ة)?$|^إسبانيا$|^مملكة إسبانيا$/u, 'Spain'],
  [/^(?:ال)?كمبودي(?:ة)?$|^كمبوديا$/u, 'Cambodia'],
  [/^(?:ال)?نيجيري(?:ة)?$|^نيجيريا$/u, 'Nigeria'],
  [/^(?:ال)?ياباني(?:ة)?$|^اليابان$/u, 'Japan'],
  [/^(?:ال)?هندي(?:ة)?$|^الهند$/u, 'India'],
  [/^(?:ال)?باكستاني(?:ة)?$|^باكستان$/u, 'Pakistan'],
  [/^(?:ال)?كوري(?:ة)? الجنوبي(?:ة)?$|^كوريا الجنوبية$/u, 'Republic of Korea'],
  [/^(?:ال)?فيتنامي(?:ة)?$|^فيتنام$/u, 'Viet Nam'],
  [/^(?:ال)?إندونيسي(?:ة)?$|^إندونيسيا$/u, 'Indonesia'],
];

/** A state's long form around its name ("جمهورية مصر العربية", "روسيا الاتحادية"); the king's title names Saudi Arabia. */
const STATE_FORM = /^(?:ال)?(?:جمهورية|مملكة|دولة|سلطنة|إمارة) | (?:العربية|الاتحادية|الشعبية|الإسلامية|الديمقراطية|الهاشمية)$/gu;

export function countryOf(words: string): string | null {
  // Egyptian print writes a final ى for ي ("السورى"): the same word.
  const w = words.trim().replace(/ى(?= |$)/gu, 'ي');
  if (w === 'خادم الحرمين الشريفين') return 'Saudi Arabia';
  const found = COUNTRIES.find(([re]) => re.test(w))?.[1];
  if (found) return found;
  const bare = w.replace(STATE_FORM, '').replace(STATE_FORM, '');
  return bare !== w && bare !== '' ? (COUNTRIES.find(([re]) => re.test(bare))?.[1] ?? null) : null;
}

/** The country written right after an office: one or two words ("السعودي", "نيجيريا", "كوريا الجنوبية"). */
export function countryAfter(text: string, at: number): { country: string; end: number } | null {
  const m = /^ ((?:في )?(?:ال)?[\p{L}]+(?: [\p{L}]+){0,3})/u.exec(text.slice(at, at + 60));
  if (!m?.[1]) return null;
  const words = m[1].replace(/^في /u, '').split(' ');
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const country = countryOf(words.slice(0, n).join(' '));
    if (country)
      return {
        country,
        end:
          at +
          1 +
          m[1]
            .split(' ')
            .slice(0, n + (m[1].startsWith('في ') ? 1 : 0))
            .join(' ').length,
      };
  }
  return null;
}

/** Where an envoy is posted, after "لدى" or "ب": a country the table knows, the kingdom, or a state's formal name ("لدى جمهورية السنغال", "بالسعودية"); the end of it, or null. */
function postedAt(text: string, at: number): number | null {
  if (text[at + 1] === 'ب') {
    const word = /^ ب([\p{L}]+)/u.exec(text.slice(at, at + 30));
    return word?.[1] && countryOf(word[1]) ? at + word[0].length : null;
  }
  const known = countryAfter(text, at + 4);
  if (known) return known.end;
  // "لدى المملكة أحمد فاروق": the Kingdom (the host) stands alone, and the word after it is the
  // name; a state's own name follows only "مملكة"/"جمهورية" without the article, or an adjective
  // with it ("لدى الجمهورية اللبنانية").
  const form =
    /^ (?:مملكة|جمهورية|دولة|سلطنة|إمارة) [\p{L}]+|^ ال(?:مملكة|جمهورية|دولة|سلطنة|إمارة) ال[\p{L}]+|^ المملكة(?![\p{L}])/u.exec(
      text.slice(at + 4, at + 44),
    );
  return form ? at + 4 + form[0].length : null;
}

/** Words a name does not run into: prepositions, time words, verbs of the lead, offices, "accompanied by" ("يرافقها القنصل"), the thanks one offers ("قدمت … أليسون ديلورث الشكر"). */
export const STOP =
  /^(?:[وفبل]?(?:في|فى|هي|هو|هما|مع|كل|على|إلى|الى|من|عن|بعد|قبل|خلال|حيث|الذي|التي|الذين|اليوم|أمس|غدا|غداً|صباح|مساء|عصر|ظهر|وذلك|حول|بين|عقب|أثناء|لدى|لبحث|لمناقشة|بمقر|بمناسبة|وزير|وزيرة|صاحب|السمو|الملكي|النائب|الثاني|خادم|الحرمين|حفظه|ملك|ملكة|المملكة|ما|مما|تحيات|تحياته|تقدير|تقديره|جولة|زيارة|الدولي|الدولية|مطار|الوطني|المستشار|المستشارة|سكرتير|سكرتيرة|السكرتير|السكرتيرة|المبعوث|الخاص|نظيره|نظيرته|رئيس|سفير|مدير|مستشار|مساعد|نائب|أن|إن|قد|كما|بحث|يبحث|التقى|استقبل|يستقبل|يلتقي|الإثنين|الاثنين|منذ|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد|حاليا|حالياً|مأدبة|غداء|عشاء|اجتماع|اجتماعا|اجتماعاً|جلسة|لقاء|مباحثات|محادثات|رسالة|وفد|الوفد|تكريما|تكريمًا|تلقى|يتلقى|تتلقى|اتصال|اتصالا|هاتفيا|هاتفي|متحدث|المتحدث|الرسمي|باسم|عبر|يرافقه|يرافقها|يرافقهم|برفقة|الشكر))$/u;

/** Short-vowel and tanween marks, written or not: a word is compared without them ("المُتحدث", "اتصالاً"). */
export const bare = (w: string): string => w.replace(/[\u064B-\u065F\u0670]/gu, '');

const WORD = '[\\p{L}\\p{M}]+';

/** Up to four words of a name from `at`, through "بن"/"بنت" chains; null when no two words stand there. */
export function nameAt(text: string, at: number): { name: string; end: number } | null {
  // "د." (Dr.) before the name, as "الدكتور" is: not part of it.
  const m = new RegExp(`^\\s*["«“]?(?:د\\.\\s*)?((?:${WORD})(?: ${WORD}){0,5})`, 'u').exec(text.slice(at, at + 120));
  if (!m?.[1]) return null;
  const words: string[] = [];
  for (const w of m[1].split(' ')) {
    // "الأمير الدكتور بندر …": a second rank before the name is no part of it; inside a name it ends it.
    if (HONORIFIC_WORD.test(w)) {
      if (words.length === 0) continue;
      break;
    }
    // A name does not open with "and the …", "in the …" ("والعلاقات الدولية"): that is the office going on.
    if (words.length === 0 && /^(?:وال|بال|لل|بم)[\p{L}]{2,}/u.test(w)) break;
    if (STOP.test(bare(w)) || countryOf(w)) break;
    // Nor does it go on into "in the …", "for the …" ("سانشيز بالمغرب"); "بالقاسم" is a given name.
    if (/^(?:بال(?!قاسم)|لل)[\p{L}]{2,}/u.test(w)) break;
    words.push(w);
    // A chain of "بن" and a family "آل سعود" goes on past four words.
    if (words.length >= 4 && !/^(?:بن|بنت|آل)$/u.test(w) && !/^(?:بن|بنت|آل)$/u.test(words.at(-2) ?? '')) break;
  }
  while (words.length > 0 && /^(?:بن|بنت|أبو|عبد|آل)$/u.test(words.at(-1) ?? '')) words.pop();
  if (words.length < 2) return null;
  const name = words.join(' ');
  const start = text.indexOf(name, at);
  return { name, end: start + name.length };
}

// "السفير" before a name is a rank (an honorific), read by the honorific rule.
const OFFICE_BEFORE = new RegExp(`(?<![\\p{L}])(?:[وب]?ال(?!سفير)|[وب])?(${OFFICE})(?![\\p{L}])`, 'gu');
const COUNTERPART_BEFORE = new RegExp(`(?<![\\p{L}])${COUNTERPART}`, 'gu');
const HONORIFIC_BEFORE = new RegExp(`(?<![\\p{L}])[وب]?${HONORIFIC}(?= )`, 'gu');
/** The spokesperson's office in the clause before an honorific, or right after the name. */
const SPOKESPERSON_BEFORE = /(?<![\p{L}])(?:ال)?متحدث(?:ة)? (?:ال)?رسمي(?:ة)?[^،,.]{0,60}$/u;
const SPOKESPERSON_AFTER = /^،?\s*(?:ال)?متحدث(?:ة)?(?![\p{L}])/u;
const OFFICE_AFTER = new RegExp(`^،? (?:ال)?(${OFFICE})`, 'u');

export function arabicMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!/\p{Script=Arabic}/u.test(text)) return [];
  const out: [Mention, number][] = [];
  const push = (index: number, name: string, end: number, role: string | null, country: string | null, how: string): void => {
    if (!free(index, end)) return;
    out.push(namedMention(text, index, end, { name, role, country, how }));
  };
  // An office, then perhaps the country, an honorific, and the name.
  for (const m of execAll(OFFICE_BEFORE, text)) {
    // An office of the minister's: "مستشار وزير الخارجية", "مدير عام مكتب وزير الخارجية".
    const head =
      /(?:(?:مساعد|مستشار|مدير|نائب|سكرتير|مكتب|عام|ديوان) )+$/u.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[0] ?? '';
    let role = head + (m[1] ?? '').replace(/^ال(?=رئيس|سفير)/u, '');
    let at = m.index + m[0].length;
    const c = countryAfter(text, at);
    if (c) at = c.end;
    // A state's formal name the table does not hold ("بمملكة ليسوتو"): whose office, not a name.
    else at += /^ ب?(?:ال)?(?:مملكة|جمهورية|دولة|سلطنة|إمارة) [\p{L}]+/u.exec(text.slice(at, at + 40))?.[0].length ?? 0;
    // Where an envoy is posted is not whose he is: "سفير خادم الحرمين الشريفين لدى جمهورية مصر العربية أسامة …".
    const posted = /^ (?:لدى|ب(?=ال))/u.test(text.slice(at, at + 5)) ? postedAt(text, at) : null;
    if (posted) at = posted;
    // The office's field: "مستشار وزير الخارجية للشؤون السياسية مصعب …".
    const field = /^ لل[\p{L}]+(?: ال[\p{L}]+)?/u.exec(text.slice(at, at + 40))?.[0] ?? '';
    if (!c) role += field;
    at += field.length;
    const hon = new RegExp(`^ ${HONORIFIC}(?![\\p{L}])`, 'u').exec(text.slice(at, at + 20));
    if (hon) at += hon[0].length;
    // "سفيرة جمهورية العراق لدى المملكة، صفية طالب السهيل": a comma may set the name off its office.
    if (text[at] === '،' && (c || posted)) at++;
    const n = nameAt(text, at);
    if (n && /^[\s"«“]*$/u.test(text.slice(at, text.indexOf(n.name, at)))) {
      push(text.indexOf(n.name, at), n.name, n.end, role, c?.country ?? null, 'named after a title (Arabic)');
    }
  }
  // "نظيره المغربي صلاح الدين مزوار": the counterpart's country, then the name.
  for (const m of execAll(COUNTERPART_BEFORE, text)) {
    let at = m.index + m[0].length;
    const c = countryAfter(text, at);
    if (c) at = c.end;
    const hon = new RegExp(`^ ${HONORIFIC}(?![\\p{L}])`, 'u').exec(text.slice(at, at + 20));
    if (hon) at += hon[0].length;
    const n = nameAt(text, at);
    if (n) push(text.indexOf(n.name, at), n.name, n.end, null, c?.country ?? null, 'named as the counterpart (Arabic)');
  }
  // "الأمير فيصل بن فرحان وزير الخارجية السعودي": honorific, name, and the office after it.
  for (const m of execAll(HONORIFIC_BEFORE, text)) {
    let at = m.index + m[0].length;
    // "السفير السعودي لدى العراق عبد العزيز الشمري": the envoy's country and posting, then the name.
    const envoy = /السفير/u.test(m[0]) ? countryAfter(text, at) : null;
    if (envoy) {
      at = envoy.end;
      if (/^ (?:لدى|ب(?=ال))/u.test(text.slice(at, at + 5))) at = postedAt(text, at) ?? at;
      if (text[at] === '،') at++;
    }
    const n = nameAt(text, at);
    if (!n) continue;
    if (envoy) {
      push(text.indexOf(n.name, at), n.name, n.end, 'سفير', envoy.country, 'named with an honorific (Arabic)');
      continue;
    }
    const office = OFFICE_AFTER.exec(text.slice(n.end, n.end + 80));
    const c = office ? countryAfter(text, n.end + office[0].length) : null;
    // "وصرح المتحدث الرسمي باسم وزارة الخارجية السفير أحمد …", "السفير أحمد حافظ المُتحدث الرسمي": the spokesperson who reports it.
    const spokesperson =
      SPOKESPERSON_BEFORE.test(bare(text.slice(Math.max(0, m.index - 80), m.index))) ||
      SPOKESPERSON_AFTER.test(bare(text.slice(n.end, n.end + 20)));
    const role = spokesperson ? 'المتحدث الرسمي' : (office?.[1] ?? null);
    push(text.indexOf(n.name, at), n.name, n.end, role, c?.country ?? null, 'named with an honorific (Arabic)');
  }
  return out;
}
