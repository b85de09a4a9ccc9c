// Credit lines that name the outlet inside or at the end of the text, in each language's form
// (copyright lines are read with the page's furniture, owner.ts): an agency sign-off glued to the
// last sentence ("…소개했다./연합"), an outlet before its reporter without brackets ("CNB=왕진오
// 기자"), an agency the text says it reports from ("…, rapporte la MENA"). Weaker than a dateline
// or the site's own name: they fill the field only when nothing stronger names the publisher.

import { japaneseCredit } from './credits-japanese.ts';
import { persianCredit } from './credits-persian.ts';
import { ukrainianCredits } from './credits-ukrainian.ts';
import { type Candidate, candidate } from './evidence.ts';
import { pipeBylineOutlet } from './publisher-korean.ts';

/** "…고 말했다./연합", "…밝혔다. /뉴시스": an agency's sign-off run into the last sentence. */
const GLUED_SIGN_OFF = /[.다]\s*\/\s*(\p{Script=Hangul}{2,8}|[A-Z]{2,8})\s*$/u;

/** "CNB=왕진오 기자": the outlet, "=", then its reporter, on a line of its own. */
const OUTLET_EQUALS_REPORTER = /^([\p{Script=Hangul}A-Za-z\d]{2,12})\s*=\s*\p{Script=Hangul}{2,4}\s*(?:기자|특파원|통신원)$/u;

/**
 * "[전국매일신문] 이신우기자", "[중앙통신뉴스]강진군(군수 강진원)이 …", "[전남인터넷신문/유길남.서성열 기자]…": an outlet's
 * tag in brackets opening a paragraph below the page's chrome, known by its outlet ending or by the reporter after it
 * (a section's tag, "[정치]", "[포토]", is neither).
 */
const OUTLET_TAG =
  /^\[([\p{Script=Hangul}A-Za-z\d]{2,10}(?:뉴스|일보|신문|방송|통신|타임즈|타임스|저널|투데이|미디어|TV))(?:\s*[/=]\s*\p{Script=Hangul}{2,4}(?:\s*[.·,]\s*\p{Script=Hangul}{2,4})*\s*(?:기자|특파원))?\]/u;

/**
 * "Theo phóng viên TTXVN tại Seoul, …", "Theo Đặc phái viên TTXVN, chiều 19/9 …": the story is the agency's
 * correspondent's, so the agency (its tag in capitals) published it.
 */
const VN_CORRESPONDENT =
  /(?:^|[\s(])[Tt]heo\s+(?:các\s+)?(?:phóng viên|PV|[Đđ]ặc phái viên)(?:\s+thường trú)?\s+([A-Z][A-Z\d+]{1,8}(?:\/[A-Z][\p{L}+]{1,12})?)(?![\p{L}\d])/u;

/** ", rapporte la MENA", ", selon l'agence APS", ", informó la agencia EFE", "reported Xinhua": the agency in capitals. */
const REPORTED_BY =
  /(?:rapporte|rapportent|selon|d['’]après|informó|según|segundo|informou)\s+(?:la|le|l['’]|el|a|o)?\s*(?:agence|agencia|agência)?\s*([A-Z][A-Z-]{1,9})(?![\p{L}])/u;

/**
 * "… pada tahun berikutnya. – BERNAMA", "-- BERNAMA", "- Bernama", "-Kosmo Online" (asia28): a wire or paper's
 * sign-off after a dash closing the last paragraphs, as Malaysian papers credit the story they carry; not initials.
 */
const DASH_SIGN_OFF = /(?:^|[.!?”"’)]\s*)[-–—]{1,2}\s*(\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?)\s*$/u;

/** "… sa Mandaluyong. (Infinite Radio Calbayog)": the outlet in brackets after the last sentence (asia28). */
const PAREN_SIGN_OFF = /[.!?”"’]\s*\((\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+){0,3})\)\s*$/u;

export function creditCandidates(texts: string[]): Candidate[] {
  const found: Candidate[] = [];
  const last = texts.length - 1;
  for (const [i, text] of texts.entries()) {
    const line = text.trim();
    const reporter = line.length <= 30 ? OUTLET_EQUALS_REPORTER.exec(line)?.[1] : undefined;
    if (reporter) found.push(...candidate('publisher', reporter, 'byline', 0.65, `from the credit "${line}"`));
    const tag = i < 10 && line.startsWith('[') ? OUTLET_TAG.exec(line)?.[1] : undefined;
    if (tag) found.push(...candidate('publisher', tag, 'byline', 0.6, `from the outlet's tag "[${tag}]" opening a paragraph`));
    const piped = i < 15 ? pipeBylineOutlet(line) : null;
    if (piped)
      found.push(...candidate('publisher', piped, 'byline', 0.65, `from the byline "${piped} … 기자 |" opening the story`));
    const correspondent = i < 6 && text.includes('heo') ? VN_CORRESPONDENT.exec(text)?.[1] : undefined;
    if (correspondent)
      found.push(
        ...candidate(
          'publisher',
          correspondent,
          'body',
          0.55,
          `from the agency's correspondent the text reports from ("${correspondent}")`,
        ),
      );
    // Persian: "به گزارش خبرگزاری مهر، …", "دیدارنیوز - …" opening one of the first paragraphs (credits-persian.ts).
    const persian = i < 6 && (text.includes('به گزارش') || /[-–ـ]/u.test(text.slice(0, 40))) ? persianCredit(text) : null;
    if (persian)
      found.push(...candidate('publisher', persian, 'body', 0.55, `from the outlet the text says reports it ("${persian}")`));
    if (i < 3) {
      const by = REPORTED_BY.exec(text)?.[1];
      if (by) found.push(...candidate('publisher', by, 'body', 0.55, `from the agency the text says it reports from ("${by}")`));
    }
    if (i >= last - 3) {
      const glued = GLUED_SIGN_OFF.exec(line)?.[1];
      if (glued)
        found.push(...candidate('publisher', glued, 'byline', 0.6, `from the agency's sign-off "/${glued}" closing the text`));
      const dashed = DASH_SIGN_OFF.exec(line)?.[1];
      // Not a reporter's or editor's initials ("- PR", "-- AA", "-VC"): a name of five letters or more.
      if (dashed && dashed.length >= 5)
        found.push(...candidate('publisher', dashed, 'byline', 0.55, `from the sign-off "– ${dashed}" closing the text`));
      const bracketed = PAREN_SIGN_OFF.exec(line)?.[1];
      // Not an office's or a writer's code in capitals ("(ADPSB)", "(RM)"): a name, in words or in mixed case.
      if (bracketed && bracketed.length >= 5 && bracketed !== bracketed.toUpperCase())
        found.push(...candidate('publisher', bracketed, 'byline', 0.55, `from the sign-off "(${bracketed})" closing the text`));
    }
  }
  // Ukrainian: "…, пише ПІК.", "Як повідомляє "Європейська правда"": the first outlet the text credits (credits-ukrainian.ts).
  const credited = texts.map(ukrainianCredits).find((c) => c.length > 0)?.[0];
  if (credited)
    found.push(...candidate('publisher', credited, 'body', 0.55, `from the outlet the text says reports it ("${credited}")`));
  // Japanese: the agency's or paper's name on a line of its own ("共同通信", "提供 - 函館新聞社"): credits-japanese.ts.
  const japanese = japaneseCredit(texts);
  if (japanese) found.push(...candidate('publisher', japanese, 'byline', 0.55, `from the outlet's credit line "${japanese}"`));
  return found;
}
