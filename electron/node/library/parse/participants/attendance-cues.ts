// The words that open a list of those present, in the languages the desks read: "Attending the
// meeting were", "accompanied by", "en présence de", "Também participaram do encontro", "turut
// dihadiri", "Från kommunen deltog", "Во встрече участвовал" (attendance.ts reads the list after).

import { compiledEarly } from '../compiled-early.ts';

/** Cheap test before the cue pattern: most records have none of these words. */
export const GATE =
  /attend|present|présence|presen[cç]|accompa|acompa|hadir|tampak|dampingi|iringi|Anwesenheit|begleitet|udział|участвова|присутствова|particip|asistieron|côtés|company of|delegation|wakili|behalf|on hand|terdiri|integrad|compuest|compost|composée|vergezeld|delt[oa][gk]|(?:together|along) with|led by|headed by|dipimpin|diketuai|encabezad|presidid|liderad|chefiad|men[ée]e par|conduite par|guidata da/iu;

export const CUE = compiledEarly(
  new RegExp(
    [
      String.raw`\b(?:also )?(?:attending|present|joining)(?: (?:(?:at|during|in|on) )?(?:the )?(?:[\p{L}-]+ ){0,3}?(?:meeting|talks|call|occasion|event|ceremony|reception|audience|discussions?))? (?:were|was)\b`,
      String.raw`\b(?:was|were) (?:also )?attended by\b`,
      // "Also in attendance were …", "Those in attendance at the ceremony were …": the same list, said with the noun.
      String.raw`\b(?:also )?in attendance(?: (?:at|during|for) (?:the )?(?:[\p{L}-]+ ){0,3}?(?:meeting|talks|call|occasion|event|ceremony|reception|audience|discussions?|visit|signing))? (?:were|was)\b`,
      // "Also on hand to receive him was the Head of Mission, …", "On hand were …": there to meet the guest.
      String.raw`\b(?:also )?on hand(?: to (?:receive|welcome|greet|meet)(?: (?:him|her|them|the \p{L}+))?)? (?:were|was)\b`,
      // The signatories of an agreement signed at the meeting: "Signing on behalf of the two universities were A and B".
      String.raw`\bsign(?:ing|ed) on behalf of (?:[\p{L}’'-]+ ){1,4}?(?:were|was)\b`,
      String.raw`\bin the presence of\b`,
      String.raw`\b(?:accompanied|joined|flanked) by\b`,
      // "A, Director of …, together with Dr B, Dean of …, and C visited": those who came with the first.
      String.raw`\b(?:together|along) with\b`,
      String.raw`\ben (?:la )?présence d(?:e|u|es)\b`,
      String.raw`\baccompagnée?s? (?:de|par|du|des)\b`,
      // Italian, Catalan, Dutch: "accompagnata da …", "acompanyat del cònsol …, A", "vergezeld door minister … A".
      String.raw`\baccompagnat[oaie] da(?:l|lla|llo|i|gli|lle)?\b`,
      String.raw`\bacompanya(?:t|ts|da|des) (?:de|del|dels|per)\b`,
      String.raw`\bvergezeld (?:door|van)\b`,
      // Swedish, Norwegian, Danish: "Från kommunen deltog A, B samt C", "I møtet deltok også …".
      String.raw`(?<![\p{L}])(?:deltog|deltok)(?: (?:även|också|også|dessutom))?(?= \p{Lu})`,
      String.raw`\b(?:en|con la) presencia de(?:l)?\b`,
      String.raw`\bacompañ\p{L}* (?:por|de|del|al|a la)\b`,
      String.raw`\bcom a presença d[eoa]s?\b`,
      String.raw`\bacompanhad[oa]s? (?:de|por|pel[oa]s?|d[oa]s?)\b`,
      // Malay names them after "ialah" or "adalah" (is, are): "Turut hadir ialah Kaunselor A dan Setiausaha Pertama B".
      String.raw`\b(?:turut )?hadir(?: pula| juga| sama)?(?: (?:pada|dalam) (?:\p{Ll}+ ){0,3}?(?:ini|tersebut|itu))?(?: (?:ialah|adalah)(?<=\bturut hadir[^.]{0,40}))?(?=[\s,:])`,
      // Malay "diiringi (oleh)": accompanied by.
      String.raw`\b(?:didampingi(?: oleh)?|mendampingi|diiringi(?: oleh)?)\b`,
      // "Tampak hadir Bupati A, Bupati B", "Dalam pertemuan ini tampak pula Wali Kota A": seen there, so present.
      String.raw`\btampak (?:pula|juga|hadir)(?: (?:di|pada) (?:\p{Ll}+ ){0,2}\p{Ll}+)?(?= \p{Lu})`,
      // "Acara ini turut dihadiri Menteri Luar Negeri A, Sekretaris Kabinet B …": attended by.
      String.raw`\b(?:turut |juga )?dihadiri(?: (?:oleh|pula|juga))?\b`,
      // "von" or, with the article, "vom" (von dem); Dutch "vergezeld door": accompanied by.
      String.raw`\b(?:in Anwesenheit von|begleitet vo[nm]|anwesend waren|vergezeld (?:door|van))\b`,
      // The verb first, the one accompanied after it: "Begleitet wurde er von …", "Accompanying the President are …".
      String.raw`\bBegleitet (?:wurde|wird|wurden|werden) (?:er|sie) vo[nm]\b`,
      // Who a delegation is, in German: "Zur Delegation gehörten (auch) A und B".
      String.raw`\b[Zz]ur Delegation gehörte[n]?\b`,
      String.raw`\b(?:officials )?accompanying (?:the|him|her)\b[^.;:\n]{0,60}? (?:are|were)\b`,
      // Polish and Russian: "W spotkaniu wzięli również udział …", "Во встрече участвовал …", in the nominative.
      String.raw`(?<![\p{L}])(?:wzi(?:ął|ęła|ęli|ęły)|brał[aoy]?|brali) (?:(?:również|także|też|ponadto) )?udział(?![\p{L}])`,
      String.raw`(?<![\p{L}])(?:[Вв]о? (?:встрече|переговорах|беседе) )?(?:также )?(?:участвовал[аи]?|присутствовал[аи]?)(?![\p{L}])`,
      // Spanish, Portuguese, French, Italian: the verb of attending, what was attended, then offices each
      // with its holder after a comma ("Também participaram do encontro o vice-cônsul …, A; o procurador …, B").
      // Only before an article or possessive: a list that opens on a name is present-lists.ts's.
      String.raw`(?<![\p{L}])(?:participaron|participaram|participam|participan|asistieron|estuvieron|estiveram|acompañaron|acompanharam|(?:ont|avaient) (?:également )?(?:participé|assisté)|(?:hanno )?partecipato|(?:avait|avaient) à (?:ses|leurs) côtés)(?:,? (?:también|además|também|ainda|également|anche|presentes))*(?: (?:de|del|da|do|dos|das|a|al|à|au|en|no|na|nos|nas|nel|alla) (?:\p{Ll}+ ){0,3}?\p{Ll}+)?(?:,? (?:también|además|também|ainda|également|anche))*,?(?= (?:o|a|os|as|el|la|los|las|le|les|l['’]|il|lo|gli|son|sa|ses|su|sus|seu|sua|seus|suas)\s)`,
      // Who a delegation is: "the President's delegation include …", "yang terdiri dari …", "integrada por …".
      String.raw`\bdelegation (?:include[sd]?|comprise[sd]?|consist(?:s|ed)? of|(?:is|was) made up of)\b`,
      // Its members named after the verb "be": "The members of the delegation are A, B, and C", "Delegation members were …".
      String.raw`\b(?:members of the (?:[\p{L}-]+ ){0,3}?delegation|delegation members) (?:are|were|(?:also )?include[sd]?)\b`,
      // Indonesian: one stands in for a host, "Wali Kota diwakili Asisten … A", "Konsulat … yang diwakili oleh Mr. A".
      String.raw`(?<![\p{L}])di ?wakili(?: oleh)?(?![\p{L}])`,
      String.raw`(?<![\p{L}])(?:terdiri (?:dari|atas)|(?:integrad|compuest|compost)[oa]s? por|composée? de)(?![\p{L}])`,
      String.raw`\bin (?:the )?company of\b`,
      // Who leads a delegation came with it: "A delegation from Nepal led by the Speaker …, A", "la delegación estuvo
      // encabezada por el Secretario General …, A", "une délégation … menée par le Président … A", "Delegasi … dipimpin Wakil Presiden … A".
      String.raw`(?<![\p{L}])(?:delegations?|delegasi|rombongan|delegaci[óo]n|delega[çc][ãa]o|comitiva|d[ée]l[ée]gation|delegazione)(?![\p{L}])[^.,;:\n]{0,80}?(?<![\p{L}])(?:(?:led|headed) by|(?:yang )?(?:dipimpin|diketuai)(?: oleh)?|encabezad[oa] por|presidid[oa] por|liderad[oa] por|chefiad[oa] por|men[ée]e par|conduite par|guidata da)(?![\p{L}])`,
    ].join('|'),
    'giu',
  ),
);

/** Words that go on an office after a comma: capitalised, joined by "and", "of", "y", "de" ("Promoción Comunitaria y Salud Pública"). */
export const officeGoesOn = (words: string[]): boolean =>
  words.length <= 6 &&
  /^\p{Lu}/u.test(words[0] ?? '') &&
  words.every(
    (w) => /^\p{Lu}/u.test(w) || /^(?:and|of|for|on|the|y|e|et|de|del|la|las|los|des|du|da|do|dos|das|und|für|der|и)$/u.test(w),
  ) &&
  !/^(?:and|of|y|e|et|und|и)$/u.test(words.at(-1) ?? '');
