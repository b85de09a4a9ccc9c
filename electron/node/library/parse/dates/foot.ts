// A page that dates itself only at its foot: "Cập nhật ngày 17/10/2019", "最終更新日 14/10/2016",
// "Publicado: 7/8/2022", "Last updated: 3 May 2021". The line is short and labelled; its date is
// the page's, weaker evidence than a date above the text, and an update weaker than a publication.

import { type Candidate, candidate } from '../evidence.ts';
import { detectLanguage } from '../language.ts';
import { type DateReader, dateOfDateLine, firstFullDate, iso } from './forms.ts';

const PUBLISHED =
  /^(?:Publicado|Publicada|Publié|Publiée|Published|Posted|Pubblicato|Veröffentlicht|Đăng\s+ngày|Ngày\s+đăng|게시일|등록일|発行日|掲載日|发布时间|發布時間)/iu;
const UPDATED =
  /^(?:(?:Last\s+)?(?:updated|modified)|Cập\s+nhật|最終更新日?|更新日|Actualizado|Actualizada|Mis\s+à\s+jour|Dernière\s+mise\s+à\s+jour|Aggiornato|Aktualisiert|Stand|수정일|最后更新|更新时间)/iu;

/** How many lines from the end a foot date may stand (a "back to top" link or a counter may follow it). */
const FOOT = 6;

export function footDateCandidates(lines: string[], dates: DateReader): Candidate[] {
  const last = lines
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .slice(-FOOT);
  for (const line of last.reverse()) {
    if ((line.match(/\S+/g) ?? []).length > 8) continue;
    const published = PUBLISHED.test(line);
    if (!published && !UPDATED.test(line)) continue;
    const date = firstFullDate(line, dates);
    if (!date) continue;
    return candidate(
      'publishedAt',
      date,
      'byline',
      published ? 0.6 : 0.5,
      `from the ${published ? 'publication' : 'update'} date at the foot of the page, "${line}"`,
    );
  }
  return [];
}

/** "…, gepubliceerd op donderdag 5 september 2013.", "publicado el 3 de mayo de 2021": a publication date told in a sentence of chrome. */
const PUBLISHED_ON =
  /(?<![\p{L}])(?:published|posted|gepubliceerd|publicado|publicada|publié|publiée|veröffentlicht|pubblicato)\s+(?:on|op|el|le|am|il)?\s*/giu;

/**
 * Near the top, below a standfirst the byline reader stops at: a line that is only a date
 * ("Jueves 14 de Enero de 2016 - 00:00"), or a publication date a line of chrome tells.
 */
export function headDateCandidates(lines: string[], dates: DateReader): Candidate[] {
  const first = lines
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .slice(0, 8);
  for (const [i, line] of first.entries()) {
    // The page's top line, or a line over a menu or a weather list, is a site's clock ("2024.04.19 (금)"), not the record's date.
    if (i === 0 || /^[•·▪*-]/.test(first[i + 1] ?? '')) continue;
    // A sentence of Chinese or Japanese prose is no date line, however few its spaces.
    if (/。/.test(line) || (line.match(/[\u3040-\u30ff\u4e00-\u9fff]/g)?.length ?? 0) >= 20) continue;
    // An update's date is weaker: the foot rule reads it.
    const only = (line.match(/\S+/g) ?? []).length <= 10 && !UPDATED.test(line) ? dateOfDateLine(line, dates) : null;
    if (only) return candidate('publishedAt', only, 'byline', 0.6, `from the line "${line}" near the top, which is only a date`);
    // "03/11/2023" alone, either order a date: a page in a language that writes the day first (not English, which may be American) means 3 November.
    const bare = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(line);
    if (bare && Number(bare[1]) <= 12 && Number(bare[2]) <= 12 && bare[1] !== bare[2]) {
      const lang = detectLanguage(lines.join('\n'));
      if (lang && lang !== 'en')
        return candidate(
          'publishedAt',
          iso(Number(bare[3]), Number(bare[2]), Number(bare[1])),
          'byline',
          0.55,
          `from the line "${line}" near the top, day first as ${lang} writes it`,
        );
    }
    PUBLISHED_ON.lastIndex = 0;
    for (let m = PUBLISHED_ON.exec(line); m; m = PUBLISHED_ON.exec(line)) {
      const told = firstFullDate(line.slice(m.index + m[0].length, m.index + m[0].length + 40), dates);
      if (told)
        return candidate('publishedAt', told, 'byline', 0.65, `from "${line.slice(m.index, m.index + m[0].length + 40).trim()}"`);
    }
  }
  return [];
}
