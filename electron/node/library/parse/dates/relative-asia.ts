// Hindi, Malay, Tagalog and Thai (asia28) words that date something against the record's own date:
// Hindi "आज", "शुक्रवार को", and "कल" only where the sentence ends on a past verb ("कल … मुलाकात की।": yesterday;
// "कल … मुलाकात करेंगे।" is tomorrow, never read); Malay "semalam"; Tagalog "kahapon", "ngayong araw",
// "noong Huwebes"; Thai "วันนี้", "เมื่อวานนี้", "เมื่อวันศุกร์". relative.ts reads them with the other languages' words.

import type { RelativeWord as Word } from './relative-word.ts';

/** Weekdays, Sunday first: Hindi (Thursday twice), Tagalog, Thai. */
const HI_DAYS = ['रविवार', 'सोमवार', 'मंगलवार', 'बुधवार', 'गुरुवार', 'शुक्रवार', 'शनिवार'];
const TL_DAYS = ['Linggo', 'Lunes', 'Martes', 'Miyerkules', 'Huwebes', 'Biyernes', 'Sabado'];
const TH_DAYS = ['อาทิตย์', 'จันทร์', 'อังคาร', 'พุธ', 'พฤหัสบดี', 'ศุกร์', 'เสาร์'];
const hiDay = (d: string): number => (d === 'बृहस्पतिवार' ? 4 : HI_DAYS.indexOf(d));

const DEVANAGARI = /\p{Script=Devanagari}/u;
/** Hindi: letters and vowel signs on neither side. */
const hi = (body: string): RegExp => new RegExp(`(?<![\\p{L}\\p{M}])(?:${body})(?![\\p{L}\\p{M}])`, 'gu');
/** A past verb closing the sentence: "मुलाकात की।", "बैठक हुई।", "बात की थी।". */
const PAST_END = '(?=[^।]{0,160}?(?:की|किया|किए|कीं|हुई|हुआ|हुए|थी|था|थे|रहे|रही|गया|गई|गए)\\s*।)';

export const ASIA_WORDS: Word[] = [
  // Hindi.
  { re: hi('आज'), kind: 'today', gate: /आज/u },
  { re: hi(`कल${PAST_END}`), kind: 'yesterday', gate: /कल/u },
  {
    // Not a weekday heading a date ("सोमवार, जुलाई 6, 2020"), nor "अगले सोमवार" (next Monday).
    re: hi(
      `(?<!अगले\\s)(${HI_DAYS.join('|')}|बृहस्पतिवार)(?:\\s+को)?(?!\\s*,?\\s*(?:[\\d०-९]|जनवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|अक्टूबर|नवंबर|दिसंबर))`,
    ),
    kind: 'weekday',
    gate: DEVANAGARI,
    weekday: (m) => hiDay(m[1] ?? ''),
  },
  // Malay and Indonesian: "semalam" (yesterday, last night).
  { re: /(?<![\p{L}])[Ss]emalam(?![\p{L}])/gu, kind: 'yesterday', gate: /emalam/ },
  // Tagalog.
  { re: /(?<![\p{L}])[Kk]ahapon(?![\p{L}])/gu, kind: 'yesterday', gate: /ahapon/ },
  // Not "ngayong araw ng Huwebes", which the weekday reads.
  { re: /(?<![\p{L}])[Nn]gayong\s+(?:araw|umaga|hapon|gabi)(?![\p{L}])(?!\s+ng\s+\p{Lu})/gu, kind: 'today', gate: /gayong/ },
  {
    // "noong Huwebes", "nitong Lunes", "ngayong araw ng Huwebes"; "Linggo" only so, as it is also "week".
    re: /(?<![\p{L}])(?:noong|nitong|ngayong(?:\s+araw\s+ng)?|araw\s+ng)\s+(Linggo|Lunes|Martes|Miyerkules|Huwebes|Biyernes|Sabado)(?![\p{L}])(?!\s*,?\s*\(?\s*\d|\s*,?\s*(?:Enero|Pebrero|Marso|Abril|Mayo|Hunyo|Hulyo|Agosto|Setyembre|Oktubre|Nobyembre|Disyembre))/gu,
    kind: 'weekday',
    gate: /Linggo|Lunes|Martes|Miyerkules|Huwebes|Biyernes|Sabado/,
    weekday: (m) => TL_DAYS.indexOf(m[1] ?? ''),
  },
  // Thai: not "วันนี้ (14 ก.ย. 63)", which its date restates, nor a weekday range of opening hours ("วันจันทร์ - ศุกร์").
  { re: /วันนี้(?!\s*\(?\s*[\d๐-๙])/gu, kind: 'today', gate: /วันนี้/u },
  { re: /เมื่อวาน(?:นี้)?(?!\s*\(?\s*[\d๐-๙])/gu, kind: 'yesterday', gate: /เมื่อวาน/u },
  {
    re: new RegExp(`(?:เมื่อ)?วัน(${TH_DAYS.join('|')})(?:ที่ผ่านมา)?(?!\\s*(?:ที่)?\\s*[\\d๐-๙]|\\s*[-–]|ที่)`, 'gu'),
    kind: 'weekday',
    gate: /วัน(?:อาทิตย์|จันทร์|อังคาร|พุธ|พฤหัส|ศุกร์|เสาร์)/u,
    weekday: (m) => TH_DAYS.indexOf(m[1] ?? ''),
  },
];
