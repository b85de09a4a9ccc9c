// Thai writes a phrase without spaces and puts a space between phrases: a name is the words
// between an honorific ("นาย", "นาง", "พล.อ.", "ดาตุ๊ก", "เจ้าชาย") or the start of a clause and
// the office that follows it ("นายดอน ปรมัตถ์วินัย รัฐมนตรีว่าการกระทรวงการต่างประเทศ", "นาย Derek
// Chollet ที่ปรึกษากระทรวงการต่างประเทศสหรัฐฯ"). The office may carry the country glued to it; the
// role is kept without it, and "ประจำประเทศไทย" (accredited to Thailand) is not the person's country.

import { execAll } from '../patterns.ts';
import { namedMention } from './named-mention.ts';
import type { Mention } from './types.ts';

export const HONORIFIC =
  '(?:นางสาว|นาง|นาย|พล\\.อ\\.อ\\.|พล\\.ร\\.อ\\.|พล\\.ต\\.อ\\.|พล\\.อ\\.|พล\\.ต\\.|พล\\.ท\\.|พ\\.ต\\.อ\\.|พ\\.ต\\.ท\\.|พ\\.ต\\.|พ\\.ท\\.|พ\\.อ\\.|ร\\.อ\\.|ดร\\.|ม\\.ร\\.ว\\.|ดาตุ๊ก|ตันศรี|เจ้าชาย|เจ้าหญิง|ชีค|สมเด็จ)';

/**
 * Offices that open the phrase after a name, "รอง" (deputy) before any of them; an embassy's ranks too: "เลขานุการเอก"
 * (first secretary), "ผู้ช่วยทูตฝ่ายทหาร" (defence attaché), "กงสุล" (consul).
 */
export const OFFICE =
  '(?:รอง)?(?:รองนายกรัฐมนตรี|นายกรัฐมนตรี|ผู้ช่วยรัฐมนตรี|รัฐมนตรี|มนตรีแห่งรัฐ|ที่ปรึกษา|เอกอัครราชทูต|อัครราชทูต|อุปทูต|กง[สศ]ุลใหญ่|กง[สศ]ุล|เลขานุการ|ผู้ช่วยทูต|อธิบดี|รองอธิบดี|ปลัดกระทรวง|รองปลัดกระทรวง|ประธานาธิบดี|รองประธานาธิบดี|ประธาน|เลขาธิการ|รองเลขาธิการ|ผู้แทนพิเศษ|ผู้แทน|มกุฎราชกุมาร|สมเด็จพระราชาธิบดี|กษัตริย์|รองผู้ว่าราชการ|ผู้ว่าราชการ|หัวหน้าคณะผู้แทน|หัวหน้าสำนักงาน|ผู้อำนวยการ|รองประธาน|ผู้บัญชาการ|ผู้บังคับการ|นายกเทศมนตรี|นายกองค์การบริหารส่วน\\S*|นายก อบ[จต]\\.)';

/** Countries as Thai writes them, longest first, to the names the labels use. */
const COUNTRIES: [string, string][] = [
  ['สหรัฐอเมริกา', 'United States'],
  ['สหรัฐฯ', 'United States'],
  ['สหราชอาณาจักร', 'United Kingdom'],
  ['ซาอุดีอาระเบีย', 'Saudi Arabia'],
  ['สาธารณรัฐเกาหลี', 'Republic of Korea'],
  ['เกาหลีใต้', 'Republic of Korea'],
  ['เกาหลีเหนือ', "Democratic People's Republic of Korea"],
  ['นิวซีแลนด์', 'New Zealand'],
  ['ออสเตรเลีย', 'Australia'],
  ['มาเลเซีย', 'Malaysia'],
  ['สิงคโปร์', 'Singapore'],
  ['อินโดนีเซีย', 'Indonesia'],
  ['ฟิลิปปินส์', 'Philippines'],
  ['เวียดนาม', 'Viet Nam'],
  ['กัมพูชา', 'Cambodia'],
  ['เมียนมา', 'Myanmar'],
  ['บาห์เรน', 'Bahrain'],
  ['ญี่ปุ่น', 'Japan'],
  ['อินเดีย', 'India'],
  ['รัสเซีย', 'Russia'],
  ['ฝรั่งเศส', 'France'],
  ['เยอรมนี', 'Germany'],
  ['อังกฤษ', 'United Kingdom'],
  ['แคนาดา', 'Canada'],
  ['ยูเครน', 'Ukraine'],
  ['จีน', 'China'],
  ['ลาว', 'Laos'],
];

/** Offices only Thailand's own government writes without a country: its ministers, departments, permanent secretaries and provincial and sub-district administrations (อบจ., อบต.). */
const HOME_OFFICE =
  /^(?:(?:รอง)?นายกรัฐมนตรี|นายก อบ[จต]\.|นายกองค์การบริหารส่วน|รัฐมนตรีว่าการ|(?:ที่ปรึกษา|ผู้ช่วย)รัฐมนตรีว่าการ|(?:รอง)?อธิบดีกรม|(?:รอง)?ปลัดกระทรวง)/u;

const THAI = /\p{Script=Thai}/u;

/** The country glued to an office, and the office without it; "ประจำประเทศไทย" is where an envoy serves. */
export function splitOffice(office: string): { role: string; country: string | null } {
  const own = office.replace(/ประจำ(?:ประเทศ)?\S*$/u, '');
  for (const [thai, country] of COUNTRIES) {
    const at = own.indexOf(thai);
    if (at > 0) return { role: office.slice(0, at) + office.slice(at + thai.length), country };
  }
  return { role: office, country: null };
}

/** An office opening a phrase: " รัฐมนตรีว่าการกระทรวงการต่างประเทศ", " เอกอัครราชทูตมาเลเซียประจำประเทศไทย…". */
const OFFICE_PHRASE = new RegExp(`(?<= )${OFFICE}[^\\s,]*`, 'gu');

/** An honorific, glued to the name or standing before it; "นายก…" is the start of "นายกรัฐมนตรี", not "นาย". */
const HONORIFIC_IN = new RegExp(`${HONORIFIC}(?!กรัฐมนตรี|กฯ|กเทศมนตรี|กองค์การ|ก อบ)(?=\\s?[\\p{Script=Thai}\\p{Lu}])`, 'u');

/** Words that open a clause, not a name: "เมื่อวันที่", "โดยมี", "ได้", "และ". */
export const NOT_NAME = /^(?:เมื่อ|โดย|ได้|และ|ซึ่ง|ที่|ใน|ณ|กับ|พร้อม|ทั้งนี้|นอกจากนี้|วันนี้|ขณะที่|ระหว่าง|ร่วมกับ|พบปะ|หารือ)|[๐-๙\d]/u;
const OFFICE_START = new RegExp(`^${OFFICE}`, 'u');
/** Where an office glued to the sentence's verb ends: "ได้", "เข้าเยี่ยมคารวะ", "พบหารือ", "มาเยือน". */
const VERB_ON = /(?:ได้|เข้า(?:เยี่ยม|พบ|ร่วม)|พบ(?:ปะ|หารือ)?|หารือ|เยี่ยมคารวะ|มาเยือน|เดินทาง|กล่าว|ให้การ|ต้อนรับ|เป็นประธาน|เปิดเผย).*$/u;
/** Not a word of a name: punctuation, the repeat mark, a polite particle, Thai and Latin run together. */
const NOT_NAME_WORD = /[:：!?ๆ]|ค่ะ|ครับ|\p{Script=Thai}\p{Script=Latin}|\p{Script=Latin}\p{Script=Thai}/u;
const LATIN_WORD = /^\p{Lu}[\p{L}.'-]*$/u;
/** A bracketed Latin-script name at the end of the words before an office: "(H.E. Mr. Zhao Leji)". */
const LATIN_GLOSS = /\s*\(((?:[A-Z][\p{L}.'-]*\s?){2,8})\)\s*$/u;
/** Courtesy titles inside such a bracket. */
const COURTESY_LATIN = /^(?:(?:H\.E\.|Mr\.|Mrs\.|Ms\.|Dr\.|Gen\.)\s*)+/u;

/** The name just before `at`: after an honorific in the last five words, else the last two Thai words or the Latin words. */
function nameBefore(text: string, at: number): { name: string; start: number; alias?: string } | null {
  const from0 = Math.max(0, text.lastIndexOf('\n', at - 1) + 1, at - 160);
  const raw = text.slice(from0, at - 1);
  // "นายสตะนิสลาฟ อะปิลา (H.E. Mr. Stanislav Opiela)": the name as its own country writes it, in brackets after the Thai.
  const gloss = LATIN_GLOSS.exec(raw);
  const line = gloss ? raw.slice(0, gloss.index) : raw;
  const words = line.split(' ').slice(-5);
  let from = -1;
  let cut = '';
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] ?? '';
    const h = HONORIFIC_IN.exec(w);
    if (h) {
      from = i;
      cut = w.slice(h.index + h[0].length);
      break;
    }
    if (NOT_NAME.test(w) || OFFICE_START.test(w)) break;
  }
  let name: string[];
  if (from >= 0) name = cut === '' ? words.slice(from + 1) : [cut, ...words.slice(from + 1)];
  else {
    const tail: string[] = [];
    for (const w of [...words].reverse()) {
      if (w === '' || NOT_NAME.test(w) || OFFICE_START.test(w) || tail.length >= (LATIN_WORD.test(w) ? 4 : 2)) break;
      tail.unshift(w);
    }
    name = tail.length >= 2 ? tail : [];
  }
  if (name.length === 0 || name.length > 5 || name.some((w) => w === '' || NOT_NAME.test(w) || NOT_NAME_WORD.test(w)))
    return null;
  // "Ms.Gu Qiong" (asia28): a Latin courtesy title glued to the name is not part of it.
  const joined = name.join(' ').replace(/^(?:Mr|Mrs|Ms|Dr)\.\s?(?=\p{Lu})/u, '');
  const alias = gloss?.[1]?.replace(COURTESY_LATIN, '').trim();
  return { name: joined, start: from0 + line.length - joined.length, ...(alias ? { alias } : {}) };
}

export function thaiMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!THAI.test(text)) return [];
  const out: [Mention, number][] = [];
  for (const m of execAll(OFFICE_PHRASE, text)) {
    const n = nameBefore(text, m.index);
    if (!n) continue;
    // The phrase may run on into the verb: "…คณบดีคณะทูตได้เข้าเยี่ยมคารวะนายมาริษ".
    const office = m[0].replace(VERB_ON, '');
    const { role, country } = splitOffice(office);
    const end = m.index + office.length;
    if (!free(n.start, end)) continue;
    const home = country === null && THAI.test(n.name) && HOME_OFFICE.test(role) ? 'Thailand' : null;
    out.push(
      namedMention(text, n.start, end, {
        name: n.name,
        ...(n.alias ? { alias: n.alias } : {}),
        role,
        country: country ?? home,
        ...(home ? { countryFrom: 'an unqualified Thai government office, written the way its own press writes it' } : {}),
        how: 'named before an office (Thai)',
      }),
    );
  }
  return out;
}
