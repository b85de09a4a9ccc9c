// The letterhead and the labels above a release's headline: the issuing body's name (in any
// case, in the languages desks read), a label set in spaced letters, a contact line.

import { wordCount } from './text.ts';

/** A line in capitals is a headline, however long and whatever it ends on ("TÌM HIỂU …: … TẠI TRUNG QUỐC!"). */
export const isCapitals = (line: string): boolean => (line.match(/\p{Lu}/gu) ?? []).length >= 12 && !/\p{Ll}/u.test(line);

/**
 * A letterhead: the name of a government body alone on a line above the title ("Ministry of
 * Foreign Affairs of Japan", "U.S. Department of State · Office of the Spokesperson").
 */
const LETTERHEAD =
  /^(?:The\s+)?(?:U\.S\.\s+|United States\s+)?(?:Ministry|Department|Embassy|Office|(?:Permanent\s+)?Mission|Government|Consulate(?:\s+General)?|High Commission|Minist[eè]re|Ambassade|Ministerio|Ministério|Embajada|Embaixada|Bundesministerium|Ministerium|Botschaft|Kementerian|Kedutaan Besar)\s+(?:of|for|de|des|du|de la|del|da|do|für|der|des)\s+(?:the\s+|l['’]\s*)?[\p{Lu}](?:[^.!?]|(?<=(?:^|[\s.])\p{Lu})\.)*$/u;
/**
 * A mission named by its country before it, and the city it sits in ("Papua New Guinea High Commission,
 * London", "Philippine Embassy in Berlin", "British Consulate General"): a letterhead as well. A headline
 * says what the mission did; this names it and no more.
 */
const MISSION_LETTERHEAD =
  /^(?:The\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:Embassy|High Commission|Consulate(?:[\s-]General)?|Permanent Mission|Botschaft|Generalkonsulat|Ambassade|Consulat(?: général)?|Embajada|Consulado(?: General)?)(?:(?:,\s*|\s+(?:in|to|at|en|à|a|in der|zu)\s+)\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?$/u;
/** A letterhead set in capitals ("MINISTRY OF FOREIGN AFFAIRS", "MINISTÈRE DE L'EUROPE …"), read in title case. */
const titleCased = (line: string): string =>
  line
    .toLowerCase()
    .replace(/(^|[\s'’(-])(\p{Ll})/gu, (_, b: string, c: string) => b + c.toUpperCase())
    .replace(/\b(Of|For|De|Des|Du|La|Del|Da|Do|Für|Der|The)\b/g, (w) => w.toLowerCase());
/**
 * A label set with a space between its letters, a document's kind or body ("보 도 자 료", "외 교 부",
 * "P R E S S"): the letterhead's furniture, never the headline.
 */
export const SPACED_LETTERS = /^(?:\S\s+){2,}\S$/u;
/** A contact line: an e-mail address or a telephone number ("Media contact: press@… | +1 555 0100"). */
export const CONTACT = /[\w.+-]+@[\w-]+\.[\w.]+|(?:^|\s)(?:\+\d{1,3}[\s-]?)?\(?\d{2,4}\)?[\s-]\d{3,4}[\s-]?\d{3,4}(?:\s|$)/u;
/**
 * The same in the scripts whose bodies are one word: "외교부", "통일부", "外務省", "外交部", and
 * "Bộ Ngoại giao", "Đại sứ quán …", a paper's masthead "Báo Đồng Nai điện tử" in Vietnamese.
 */
const LOCAL_LETTERHEAD =
  /^(?:[\p{Script=Hangul}]{1,8}(?:부|처|청|대사관|총영사관|대표부|위원회)|[\p{Script=Han}]{1,6}(?:省|部|大使馆|大使館|总领事馆|總領事館)|Bộ\s+[\p{Lu}][\p{L}]*(?:\s+[\p{L}]+){0,4}|Đại sứ quán\s+[\p{L}\s]{2,40}|Tổng lãnh sự quán\s+[\p{L}\s]{2,40}|Báo\s+\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,3}(?:\s+điện\s+tử)?)$/u;
export const letterheadOf = (line: string): string | null =>
  ((LETTERHEAD.test(line) || (isCapitals(line) && LETTERHEAD.test(titleCased(line))) || MISSION_LETTERHEAD.test(line)) &&
    wordCount(line) <= 14) ||
  LOCAL_LETTERHEAD.test(line)
    ? (line.split(/\s+[·|•–—]\s+/)[0] ?? line).trim()
    : null;
