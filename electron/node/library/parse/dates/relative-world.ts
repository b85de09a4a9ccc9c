// "Today", "yesterday" and "the day before yesterday" in the languages the other tables lack, one row a family:
// Hungarian "ma", "tegnap"; Greek "σήμερα", "χθες"; Hebrew "היום", "אתמול"; Estonian "täna", "eile"; Lithuanian
// "šiandien", "vakar"; Latvian "šodien", "vakar"; Finnish "tänään", "eilen"; Slovene "danes", "včeraj"; Serbian and
// Macedonian in Cyrillic "данас", "денес", "јуче"; Bulgarian "днес"; Romanian "azi", "astăzi", "aseară"; Albanian
// "sot", "dje"; Malay "kelmarin"; Bengali "আজ", "গতকাল"; Urdu "آج", "گزشتہ روز"; Tamil, Malayalam, Khmer, Lao, Burmese,
// Mongolian, Kazakh, Georgian, Armenian, Icelandic, Swahili, Zulu and Xhosa. A word that is another language's too
// (Finnish "eilen" is German "to hurry", Estonian "eile" German "haste", Hungarian "ma" Italian "but", Swahili "jana"
// a name) is read only in a text written in its language, known by the letters or words only that language writes.
// relative.ts reads them with the others.

import { type RelativeWord as Word, wordPattern } from './relative-word.ts';

/** Letters (and, for the Indic and Southeast Asian scripts, vowel signs) on neither side. */
const w = (body: string, flags = 'giu'): RegExp => wordPattern(body, flags, '\\p{L}\\p{M}');

/** Hungarian writes ő or ű in nearly every paragraph, and no other language does; else its everyday words. */
const HUNGARIAN = /[őűŐŰ]|(?<![\p{L}])(?:hogy|között|valamint|szerint|számára|illetve|fogadta|tegnap)(?![\p{L}])/u;
/** Estonian writes õ (Portuguese too, which has no "Eile"); German writes its "Eile" (haste) with a capital only. */
const ESTONIAN = /õ/u;
/** Lithuanian and Latvian letters (Turkish "vakar", dignity, writes none of them). */
const BALTIC = /[ąčęėįšųūžāēīģķļņ]/iu;
/** Finnish: its doubled "ää", the endings "-ssä", "-llä", or a word every paragraph has ("with", "that", "also", "he/she"). */
const FINNISH = /ää|ssä|llä|(?<![\p{L}])(?:kanssa|että|myös|sekä|hän|jossa|joka|ovat|tänään)(?![\p{L}])/iu;
/** Slovene and the other South Slavic languages in Latin letters (English "Danes" writes none). */
const SOUTH_SLAVIC = /[čšž]/iu;
/** Albanian writes ë in nearly every sentence. */
const ALBANIAN = /ë/u;
/** Swahili's everyday small words. */
const SWAHILI = /(?<![\p{L}])(?:kwa|katika|pamoja|kuwa|ambapo|hiyo)(?![\p{L}])/iu;
/** Zulu and Xhosa: the words for "and, with", "that", "of". */
const NGUNI = /(?<![\p{L}])(?:kanye|nge|ukuthi|ukuba|kwa|uma)(?![\p{L}])/iu;

export const WORLD_WORDS: Word[] = [
  // Hungarian: "ma", "ma délelőtt", "a mai napon"; "tegnap", "tegnap este", "a tegnapi napon"; "tegnapelőtt" (two days).
  // A capital "Ma" only before a word in lower case: "Ma Zhaoxu" is a name.
  { re: w('ma|Ma(?=\\s+\\p{Ll})|a\\s+mai\\s+napon', 'gu'), kind: 'today', gate: HUNGARIAN },
  { re: w('[Tt]egnap|a\\s+tegnapi\\s+napon', 'gu'), kind: 'yesterday', gate: HUNGARIAN },
  { re: w('[Tt]egnapelőtt', 'gu'), kind: 'twoDaysAgo', gate: /egnapelőtt/u },
  // Greek: "σήμερα", "χθες"/"χτες", "προχθές"; "την ίδια ημέρα" (the same day).
  { re: w('σήμερα'), kind: 'today', gate: /ήμερα|ΗΜΕΡΑ/iu },
  { re: w('χθες|χθές|χτες'), kind: 'yesterday', gate: /χ[θτ]/iu },
  { re: w('προχθές|προχτές|προχθες'), kind: 'twoDaysAgo', gate: /προχ/iu },
  { re: w('την\\s+ίδια\\s+(?:ημέρα|μέρα)|αυθημερόν'), kind: 'thatDay', gate: /ίδια|αυθημερόν/iu },
  // Hebrew, a conjunction or "that" joined before it ("והיום", "שאתמול"): not "the day" of a phrase ("סדר היום", the
  // agenda; "עד היום", until this day; "היום הראשון", the first day), "אמש" (last night), "שלשום" (two days ago).
  {
    re: /(?<![\u05d0-\u05ea])(?<!(?:סדר|עד|מן|מאז)[\s-])[וש]?היום(?![\u05d0-\u05ea])(?!\s+ה[\u05d0-\u05ea])/gu,
    kind: 'today',
    gate: /היום/u,
  },
  { re: /(?<![\u05d0-\u05ea])[וש]?(?:אתמול|אמש)(?![\u05d0-\u05ea])/gu, kind: 'yesterday', gate: /אתמול|אמש/u },
  { re: /(?<![\u05d0-\u05ea])[וש]?שלשום(?![\u05d0-\u05ea])/gu, kind: 'twoDaysAgo', gate: /שלשום/u },
  // Estonian.
  { re: w('täna'), kind: 'today', gate: /täna/iu },
  { re: w('eile', 'gu'), kind: 'yesterday', gate: /eile/u },
  { re: w('Eile', 'gu'), kind: 'yesterday', gate: ESTONIAN },
  { re: w('üleeile'), kind: 'twoDaysAgo', gate: /üleeile/iu },
  // Lithuanian and Latvian: "šiandien", "šįryt", "šodien", "šorīt"; "vakar" in both; "užvakar", "aizvakar".
  { re: w('šiandien|šįryt|šodien|šorīt'), kind: 'today', gate: /šiandien|šįryt|šodien|šorīt/iu },
  { re: w('vakar(?:\\s+vakar[eā])?'), kind: 'yesterday', gate: BALTIC },
  { re: w('užvakar|aizvakar'), kind: 'twoDaysAgo', gate: /(?:už|aiz)vakar/iu },
  // Finnish: "tänään", "tänä aamuna" (this morning); "eilen", "eilisiltana" (last night).
  { re: w('tänään|tänä\\s+aamuna'), kind: 'today', gate: /tänään|tänä\s/iu },
  { re: w('eilen|eilisiltana|eilisiltaan'), kind: 'yesterday', gate: FINNISH },
  // Slovene "danes", "včeraj", "predvčerajšnjim"; Serbian and Macedonian in Cyrillic "данас", "денес", "јуче", "јучер",
  // "прекјуче"; Bulgarian "днес" ("вчера" is read with Russian's); Belarusian "сёння", "учора".
  { re: w('danes'), kind: 'today', gate: SOUTH_SLAVIC },
  { re: w('včeraj'), kind: 'yesterday', gate: /včeraj/iu },
  { re: w('predvčerajšnjim'), kind: 'twoDaysAgo', gate: /predvčeraj/iu },
  { re: w('данас|денес|днес|сёння'), kind: 'today', gate: /данас|денес|днес|сёння/iu },
  { re: w('јуче|јучер|учора'), kind: 'yesterday', gate: /јуче|учора/iu },
  { re: w('прекјуче|прекјучер'), kind: 'twoDaysAgo', gate: /прекјуч/iu },
  // Romanian: "azi", "astăzi", "în această dimineață"; "aseară" (last night); "alaltăieri" ("ieri" is read with Italian's).
  {
    re: w('azi|ast[ăa]zi|[îi]n\\s+aceast[ăa]\\s+diminea[țţt][ăa]'),
    kind: 'today',
    gate: /[aă]zi|aceast/iu,
  },
  { re: w('asear[ăa]'), kind: 'yesterday', gate: /asear/iu },
  { re: w('alalt[ăa]ieri'), kind: 'twoDaysAgo', gate: /alalt/iu },
  // Albanian: "sot", "dje", "pardje".
  { re: w('sot'), kind: 'today', gate: ALBANIAN },
  { re: w('dje'), kind: 'yesterday', gate: ALBANIAN },
  { re: w('pardje'), kind: 'twoDaysAgo', gate: /pardje/iu },
  // Malay "kelmarin" (yesterday; Indonesian "kemarin" is read with the Indonesian words).
  { re: w('kelmarin'), kind: 'yesterday', gate: /kelmarin/iu },
  // Bengali "আজ", "গতকাল", "গত রাতে" (last night).
  { re: w('আজ'), kind: 'today', gate: /আজ/u },
  { re: w('গতকাল|গত\\s+রাতে'), kind: 'yesterday', gate: /গত/u },
  // Urdu "آج"; "گزشتہ روز"/"گذشتہ روز" (the day gone by), "کل رات" (last night). A bare "کل" is also tomorrow: not read.
  { re: w('آج'), kind: 'today', gate: /آج/u },
  { re: w('گ[زذ]شتہ\\s+روز|کل\\s+رات'), kind: 'yesterday', gate: /شتہ|کل\s+رات/u },
  // Tamil "இன்று", "நேற்று"; Malayalam "ഇന്ന്", "ഇന്നലെ".
  { re: w('இன்று|ഇന്ന്'), kind: 'today', gate: /இன்று|ഇന്ന്/u },
  { re: w('நேற்று|ഇന്നലെ'), kind: 'yesterday', gate: /நேற்று|ഇന്നലെ/u },
  // Khmer "ថ្ងៃនេះ", "ម្សិលមិញ"; Lao "ມື້ນີ້", "ມື້ວານ(ນີ້)"; Burmese "ယနေ့", "မနေ့က": these scripts write no spaces
  // between words, so the word is read where it stands.
  { re: /ថ្ងៃនេះ|ມື້ນີ້|ယနေ့/gu, kind: 'today', gate: /ថ្ងៃនេះ|ມື້ນີ້|ယနေ့/u },
  { re: /ម្សិលមិញ|ມື້ວານ(?:ນີ້)?|မနေ့က/gu, kind: 'yesterday', gate: /ម្សិលមិញ|ມື້ວານ|မနေ့က/u },
  // Mongolian "өнөөдөр", "өчигдөр"; Kazakh "бүгін", "кеше"; Kyrgyz "бүгүн", "кечээ".
  { re: w('өнөөдөр|бүгін|бүгүн'), kind: 'today', gate: /өнөөдөр|бүгі|бүгү/iu },
  { re: w('өчигдөр|кеше|кечээ'), kind: 'yesterday', gate: /өчигдөр|кеше|кечээ/iu },
  // Georgian "დღეს", "გუშინ", "გუშინწინ"; Armenian "այսօր", "երեկ".
  { re: w('დღეს|այսօր'), kind: 'today', gate: /დღეს|այսօր/u },
  { re: w('გუშინ|երեկ'), kind: 'yesterday', gate: /გუშინ|երեկ/u },
  { re: w('გუშინწინ'), kind: 'twoDaysAgo', gate: /გუშინწინ/u },
  // Icelandic "í dag", "í gær", "í gærkvöldi" (last night), "í fyrradag" (the day before yesterday).
  { re: w('í\\s+dag'), kind: 'today', gate: /í\s+dag/iu },
  { re: w('í\\s+gær(?:kvöldi|morgun)?'), kind: 'yesterday', gate: /í\s+gær/iu },
  { re: w('í\\s+fyrradag'), kind: 'twoDaysAgo', gate: /fyrradag/iu },
  // Swahili "leo", "jana", in lower case ("Jana" and "Leo" are names); Zulu "namuhla", Xhosa "namhlanje", both "izolo".
  { re: w('leo', 'gu'), kind: 'today', gate: SWAHILI },
  { re: w('jana', 'gu'), kind: 'yesterday', gate: SWAHILI },
  { re: w('namuhla|namhlanje'), kind: 'today', gate: /namuhla|namhlanje/iu },
  { re: w('izolo'), kind: 'yesterday', gate: NGUNI },
];
