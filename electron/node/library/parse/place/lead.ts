// The lead of a record, where its place is read: the first paragraphs of prose, photo captions left out.

/** A photo caption: its place is the photo's. */
export const CAPTION = /\b(?:photograph|Picture by|Photo:|file photo)\b|\(Ảnh:|사진=|\/사진/i;

/** The first three paragraphs of prose, with the short lines among them (a headline left in the text). */
export function leadOf(paragraphs: string[]): string[] {
  const out: string[] = [];
  let prose = 0;
  for (const p of paragraphs.slice(0, 10)) {
    if (CAPTION.test(p)) continue;
    out.push(p);
    // A deck or a share bar above the lead is not prose: prose ends its sentence, or runs long.
    const n = (p.match(/\S+/g) ?? []).length;
    const ended = /[.!?。][\s"'”’»)\]]*$/u.test(p.trim());
    if ((n >= 8 && ended) || n >= 25 || /[\uac00-\ud7af\u3040-\u30ff\u4e00-\u9fff]{20}/.test(p)) prose += 1;
    if (prose >= 3) break;
  }
  return out;
}
