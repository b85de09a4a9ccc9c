// Urdu writes as Hindi does, in Arabic letters: the office, then the name, and a postposition or a
// conjunction ends it ("گورنر سندھ کامران خان ٹیسوری سے … ملاقات کی", "وزیر خارجہ مخدوم شاہ محمود
// قریشی نے", "اپنی ہم منصب ریٹنو ایل پی مرسودی سے"). A governor's office takes its province after it
// ("گورنر پنجاب": the governor of Punjab). Persian, with the office after the name, is read in persian.ts.

import { execAll } from '../patterns.ts';
import { namedMention } from './named-mention.ts';
import type { Mention } from './types.ts';

/** Letters Urdu writes and Persian and Arabic do not: ٹ ڈ ڑ ں ے ہ and the full stop ۔. */
const URDU = /[\u0679\u0688\u0691\u06BA\u06D2\u06C1\u06D4]/gu;

/** Offices, the longest first; "گورنر" with its province, "ہم منصب" (counterpart) names a side, no office. */
const OFFICE =
  /(?<![\p{L}\p{M}])(وزیر اعظم|وزیراعظم|وزیر خارجہ|وزیر اعلیٰ|وزیراعلیٰ|وزیر اعلی|وزیراعلی|صدر مملکت|گورنر (?:سندھ|پنجاب|خیبر پختونخوا|بلوچستان|گلگت بلتستان|اسٹیٹ بینک)|گورنر(?! ہاؤس)|سفیر|ہائی کمشنر|قونصل جنرل|ہم منصب)(?= )/gu;
/** Words no name holds: postpositions, conjunctions, "was", days, "today"; a comma or full stop also ends the name. */
const STOP =
  /^(?:نے|سے|کو|کی|کا|کے|اور|میں|پر|بھی|نیز|تھے|تھا|تھی|ہے|ہیں|سمیت|جبکہ|آج|کل|پیر|منگل|بدھ|جمعرات|جمعہ|ہفتہ|اتوار|صاحب|جناب)$/u;
/** A title before the name, not part of it: "جناب", "ڈاکٹر". */
const HONORIFIC = /^(?:جناب|محترم|محترمہ|ڈاکٹر)$/u;

function urduName(text: string, at: number): string | null {
  const clause = /^ ([^،,۔.()\n]{2,80})/u.exec(text.slice(at, at + 90))?.[1] ?? '';
  const words: string[] = [];
  for (const w of clause.trim().split(/\s+/u)) {
    if (words.length === 0 && HONORIFIC.test(w)) continue;
    if (STOP.test(w) || !/^[\p{L}\p{M}\u200c]+$/u.test(w)) break;
    words.push(w);
    if (words.length === 5) return null;
  }
  return words.length >= 2 ? words.join(' ') : null;
}

export function urduMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  // Urdu only: a few of its own letters, not one borrowed word in an Arabic or Persian record.
  if ((text.match(URDU) ?? []).length < 10) return [];
  const out: [Mention, number][] = [];
  for (const m of execAll(OFFICE, text)) {
    const at = m.index + m[0].length;
    const name = urduName(text, at);
    if (!name) continue;
    const start = text.indexOf(name, at);
    const end = start + name.length;
    if (start < 0 || !free(m.index, end)) continue;
    const role = m[1] === 'ہم منصب' ? null : (m[1] ?? null);
    out.push(namedMention(text, m.index, end, { name, role, how: 'named after the office (Urdu)' }));
  }
  return out;
}
