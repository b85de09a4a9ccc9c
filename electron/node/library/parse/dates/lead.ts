// Where a record tells when its meeting took place: the lead, its first paragraphs of prose.

export const LEAD = 3;

/**
 * The lead: the first three paragraphs of prose, with the short lines among and before them
 * (a date line, a heading left in the text), where records say when their meeting took place.
 */
export function lead(texts: string[], paragraphs = LEAD): { text: string; prose: number }[] {
  const out: { text: string; prose: number }[] = [];
  let prose = 0;
  const seen = new Set<string>();
  // A page's leftover widgets above the story ("일조회수", "게시물이 없습니다.", "Share", "Print") are passed over without
  // using up the lines the lead may start within, up to a page of them.
  let lines = 0;
  for (const text of texts.slice(0, paragraphs + 7 + WIDGETS)) {
    out.push({ text, prose });
    if (isProse(text) && !seen.has(text.trim())) prose += 1;
    else if (!widget(text)) lines += 1;
    seen.add(text.trim());
    if (prose >= paragraphs) break;
    if (prose + lines >= paragraphs + 7) break;
  }
  return out;
}

/** How many widget lines the lead passes over. */
const WIDGETS = 20;
/** A line of page widgets: a few words and no digit (a date line is never one). */
const widget = (text: string): boolean => !/\d/.test(text) && (text.match(/\S+/g) ?? []).length <= 3 && text.trim().length <= 24;

/**
 * A paragraph of the story: long enough, and ending as a sentence ends. A deck or a photo's caption
 * under the headline ("Palácio do Itamaraty: a cerimônia … (José Assenco/Divulgação)") ends without
 * one, or on its credit; a caption repeated is counted once. Thai writes no full stops.
 */
function isProse(text: string): boolean {
  const long = (text.match(/\S+/g) ?? []).length >= 8 || /[\uac00-\ud7af\u4e00-\u9fff]{20}/.test(text) || cjkProse(text);
  if (!long) return false;
  if (/\p{Script=Thai}/u.test(text)) return true;
  return SENTENCE_END.test(text) && !CREDIT_END.test(text);
}
const SENTENCE_END = /[.!?。！？…»”"'’)）」』:]\s*$/u;
const CREDIT_END =
  /[(（][^()（）]*(?:\/|Foto|Photo|Ảnh|사진|Divulgação|Reuters|AFP|Getty|EPA|Xinhua|TTXVN|Yonhap|연합뉴스)[^()（）]*[)）]\s*$/iu;

/**
 * Chinese and Japanese prose: no spaces, and a comma every few characters ("路透社报道,日本内阁秘书长…说:…"), so a
 * paragraph is known by its length (two clauses and more), not by a run of characters.
 */
const CJK_CHAR = /[\u3040-\u30ff\u4e00-\u9fff]/g;
const cjkProse = (text: string): boolean => text.length >= 40 && (text.match(CJK_CHAR) ?? []).length >= 40;
