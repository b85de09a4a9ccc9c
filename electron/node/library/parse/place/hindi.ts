// Hindi (asia28) says where a meeting was with "में" (in) after the place, which carries no capital
// to mark it as a name: "चौहान ने नई दिल्ली में राष्ट्रपति … से भेंट की", "मुलाकात की और बाली में
// … बैठक की", "यहां राष्ट्रपति भवन में आयोजित एक समारोह में", "आज राजभवन में … मुलाकात की". The place
// is the word or two before "में" that follow the subject's "ने", a conjunction or the start of the
// clause, or a building ("… भवन", "… हाउस", "… निवास"); a common noun there ("बैठक में", "समारोह में",
// "बयान में") is no place. Failing that, a Devanagari dateline opening the lead: "पटना: …",
// "बाली। …", "नई दिल्ली, 02 मार्च, (वीएनआई) …". place.ts asks it only of text in Devanagari.

/** A building named before "में": "राष्ट्रपति भवन", "राजभवन", "हैदराबाद हाउस", "आधिकारिक आवास". */
const BUILDING = /(?<![\p{L}\p{M}])((?:[\p{L}\p{M}]+ )?[\p{L}\p{M}]*(?:भवन|हाउस|निवास|आवास|महल|सचिवालय))(?= में(?![\p{L}\p{M}]))/u;

/** One or two words before "में", after the subject's "ने", "और"/"तथा", "यहां", a comma or the clause's start. */
const NAMED_IN =
  /(?:^|[,।:]\s*|(?<![\p{L}\p{M}])(?:ने|और|तथा|आज|कल|यहां|यहाँ) )((?:[\p{L}\p{M}]+ )?[\p{L}\p{M}]+) में(?![\p{L}\p{M}])/gu;

/** Common nouns that stand before "में" and are no place: the meeting, the ceremony, a statement, a tweet, the talks. */
const NOT_A_PLACE =
  /(?:^|\s)(?:बैठक|बैठकों|समारोह|कार्यक्रम|बयान|ट्वीट|सम्मेलन|सत्र|दौरान|संबंध|संबंधों|क्षेत्र|क्षेत्रों|मामले|मामलों|मुद्दों|राज्य|देश|मुलाकात|भेंट|वार्ता|चर्चा|बातचीत|विज्ञप्ति|पत्र|सहयोग|भविष्य|अवसर|मौके|दिशा|रूप|तरह|बारे|साथ|बीच|समय|वर्ष|साल|महीने|दिनों|आयोजन|उपस्थिति|मौजूदगी|प्रयास|प्रयासों|डेस्क|ब्यूरो)$/u;

/** An envoy's post after "X में": "… में श्रीलंका के उच्चायुक्त", "… में पदस्थ भारत के राजदूतों". */
const POST_AFTER = /^\s*(?:पदस्थ\s+)?(?:[\p{L}\p{M}]+\s+){0,2}(?:के|की)\s+(?:राजदूत|उच्चायुक्त|दूत|महावाणिज्यदूत|प्रतिनिधि)/u;

/** A dateline in Devanagari: one or two words, then a colon, a danda or a comma and a date. */
const DATELINE = /^((?:[\p{L}\p{M}]+ )?[\p{L}\p{M}]+)\s*(?::|।|,\s*[\d०-९])/u;

/** The place a Hindi meeting sentence names; null when none does. */
export function hindiPlace(sentence: string): string | null {
  const building = BUILDING.exec(sentence);
  const built = building?.[1]?.replace(/^(?:आज|कल|ने|और|के|की|का|को|से|में|यहां|यहाँ|वहां|वहाँ) /u, '') ?? null;
  for (const m of sentence.matchAll(NAMED_IN)) {
    const name = m[1] ?? '';
    // A building said before the named place wins only when it comes first.
    if (building && (building.index ?? 0) < (m.index ?? 0)) break;
    // "भारत में श्रीलंका के उच्चायुक्त" (Sri Lanka's high commissioner in India): the envoy's post, not the meeting's place.
    const after = sentence.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 40);
    if (POST_AFTER.test(after)) continue;
    if (!NOT_A_PLACE.test(name) && !/(?:भवन|हाउस|निवास|आवास|महल|सचिवालय)$/u.test(name)) return name;
  }
  return built;
}

/** The city a Devanagari dateline opens the lead with ("पटना: …", "नई दिल्ली, 02 मार्च, …"); null when none. */
export function hindiDateline(lead: string[]): string | null {
  for (const p of lead.slice(0, 3)) {
    const city = DATELINE.exec(p.trim())?.[1];
    if (city && /\p{Script=Devanagari}/u.test(city) && !NOT_A_PLACE.test(city)) return city;
  }
  return null;
}
