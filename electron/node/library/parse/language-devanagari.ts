// Hindi, Marathi and Nepali (asia28) all write in Devanagari; each has its own short words. Hindi "है",
// "हैं", "और", "में", "था"; Marathi "आहे", "आहेत", "आणि", "यांनी", "केली", "होते"; Nepali "छ", "छन्", "र",
// "भएको", "गरेको", "थियो". The language whose words the text uses most; Hindi, the commonest, on a tie.

const WORDS: [string, Set<string>][] = [
  ['hi', new Set('है हैं और में था थी थे गया गई किया कहा'.split(' '))],
  ['mr', new Set('आहे आहेत आणि यांनी यांच्या केली केले होते झाली झाले'.split(' '))],
  ['ne', new Set('छ छन् र भएको गरेको थियो गर्नुभयो भने हुने'.split(' '))],
];

/** 'hi', 'mr' or 'ne' for a text in Devanagari. */
export function devanagariLanguage(text: string): string {
  const counts = WORDS.map(() => 0);
  for (const w of text.match(/[\p{L}\p{M}]+/gu) ?? [])
    for (const [i, [, set]] of WORDS.entries()) if (set.has(w)) counts[i] = (counts[i] ?? 0) + 1;
  const hindi = counts[0] ?? 0;
  let best = 0;
  for (const [i, n] of counts.entries()) if (n > (counts[best] ?? 0)) best = i;
  return best === 0 || (counts[best] ?? 0) < 2 || (counts[best] ?? 0) <= hindi ? 'hi' : (WORDS[best]?.[0] ?? 'hi');
}
