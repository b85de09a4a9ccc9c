// A page that dates itself only at its foot: "Cập nhật ngày 17/10/2019", "最終更新日 14/10/2016",
// "Publicado: 7/8/2022", "Last updated: 3 May 2021". The line is short and labelled; its date is
// the page's, weaker evidence than a date above the text, and an update weaker than a publication.

import { type Candidate, candidate } from '../evidence.ts';
import { type DateReader, firstFullDate } from './forms.ts';

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
