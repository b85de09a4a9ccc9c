// The captions a page marks up, kept out of what the text itself tells.

/** Letters and digits only, lower case: a caption's text and its paragraph compared whatever the spacing. */
const captionKey = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The paragraphs that are not a caption the page marked up: a paragraph that is one of them, or one
 * of them with its credit after it ("… in Moscow. (Gavriil Grigorov/AFP)").
 */
export function withoutCaptions(paragraphs: string[], captions: readonly string[]): string[] {
  if (captions.length === 0) return paragraphs;
  const keys = captions.map(captionKey).filter((k) => k.length >= 12);
  return paragraphs.filter((p) => {
    const k = captionKey(p);
    return k.length < 12 || !keys.some((c) => c.includes(k) || (k.startsWith(c) && k.length - c.length <= 80));
  });
}
