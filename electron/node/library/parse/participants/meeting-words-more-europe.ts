// The verbs that tell a meeting held in the European languages the main lists lack (Finnish, Hungarian, Romanian,
// Bulgarian, Greek, Hebrew, Slovene, Serbian in Cyrillic), and Czech, Polish, Russian and Ukrainian "received" with
// its guest. These languages have no future words in the tense gates, so only their past verbs are listed: a
// meeting noun alone ("întâlnire", "συνάντηση", "találkozó") may name talks still to come. "Received" is a meeting
// only with the guest after it (an office, a delegation): the same verbs say "adopted a law", "accepted an award".

import { RECEIVED_GUEST } from '../dates/words-received.ts';

/** The guest of a reception, in the languages below: an envoy, a minister, a delegation, a head of a body. */
const FINNISH_GUEST = String.raw`(?:suurlähettilä|lähettilä|ministeri|pääministeri|presidenti|valtuuskun|delegaatio|vieraa?t|konsuli|pormestari|kuvernööri|puhemie)\p{L}*`;
const HUNGARIAN_GUEST = String.raw`(?:nagykövet|miniszter|küldöttség|delegáció|elnök|polgármester|főkonzul|konzul|kormányzó|vendég|államtitkár|nagykövetség)\p{L}*`;
const SLOVENE_GUEST = String.raw`(?:veleposlanik|veleposlanic|minist|predsednik|predsednic|delegacij|župan|konzul|gost)\p{L}*`;

/**
 * Finnish: received ("otti vastaan Japanin suurlähettilään", "otti suurlähettilään vastaan"), hosted ("isännöi").
 * "Tapasi", "keskusteli", "vieraili" are in the main list.
 */
const FINNISH = String.raw`(?:otti|ottivat)\s+(?:\p{L}+\s+){0,2}?vastaan\s+(?:\p{L}+\s+){0,2}?${FINNISH_GUEST}|(?:otti|ottivat)\s+(?:\p{L}+\s+){0,3}?${FINNISH_GUEST}\s+(?:\p{L}+\s+){0,1}?vastaan|isännöi(?:vät)?`;

/**
 * Hungarian: met ("találkozott", "találkoztak"), held talks ("tárgyalt", "tárgyaltak"; not "tárgyalta", discussed a
 * matter), received a guest ("fogadta Japán nagykövetét", "a nagykövetet fogadta"; not "fogadta el", accepted), visited
 * ("meglátogatta", "látogatást tett"), held talks at length ("tárgyalást folytatott", "megbeszélést folytatott").
 */
const HUNGARIAN = String.raw`találkoz(?:ott|tak|tam|tunk)|tárgyal(?:t|tak)|fogadt(?:a|ák)\s+(?!el(?![\p{L}]))(?:\p{L}+\s+){0,3}?${HUNGARIAN_GUEST}|${HUNGARIAN_GUEST}\s+(?:\p{L}+\s+){0,2}?fogadt(?:a|ák)|meglátogatt(?:a|ák)|látogatást\s+tett(?:ek)?|(?:megbeszélést|tárgyalást|tárgyalásokat)\s+folytatt?(?:ott|ak)`;

/**
 * Romanian: met ("s-a întâlnit", "s-au întâlnit", written with or without its marks), received a person ("l-a primit
 * pe", "a primit-o pe": "pe" marks the person; "a primit vizita"), had talks ("a avut o întrevedere", "o convorbire",
 * "a avut astăzi întrevederi cu", the day or a plural without the article), was visited by ("a fost vizitat de"),
 * visited ("a vizitat"), talked with ("a discutat cu", "s-a întreținut cu").
 */
const ROMANIAN = String.raw`s-(?:a|au)\s+[îi]nt[âa]lnit|(?:l-|i-|le-)?(?:a|au)\s+primit(?:-o|-i)?\s+(?:pe|vizita)|(?:a|au)\s+avut\s+(?:(?:astăzi|azi|ieri|luni|marți|marţi|miercuri|joi|vineri|sâmbătă|duminică)\s+)?(?:(?:o|un|mai\s+multe|două|trei)\s+)?(?:[îi]ntreveder[ei]|[îi]nt[âa]lnir[ei]|convorbir[ei]|discuți[ei]|discuţi[ei]|dialog)|(?:a|au)\s+fost\s+vizita(?:t|tă|ți|ţi|te)\s+de|(?:a|au)\s+vizitat|(?:a|au)\s+discutat\s+cu|s-(?:a|au)\s+între[țţ]inut\s+cu`;

/** Bulgarian: met with ("се срещна с", "се срещнаха със", a day or two words between: "се срещна вчера с"), talked with ("разговаря с"), visited ("посети"), held a meeting ("проведе среща"). */
const BULGARIAN = String.raw`срещна(?:ха|л[аи]?)?\s+(?:\p{L}+\s+){0,2}?с(?:ъс)?|разговаря(?:ха|л[аи]?)?\s+(?:\p{L}+\s+){0,2}?с(?:ъс)?|посети(?:ха|л[аи]?)?|провед(?:е|оха)\s+(?:\p{L}+\s+)?(?:среща|срещи|разговор|разговори)`;

/** Greek: met ("συναντήθηκε με", "συνάντησε"), received a guest ("υποδέχθηκε"), visited ("επισκέφθηκε"), talked ("συνομίλησε"), held a meeting ("είχε συνάντηση"). */
const GREEK = String.raw`συναντήθηκ\p{L}*|συνάντησ(?:ε|αν)|υποδέχ[θτ]ηκ\p{L}*|επισκέφ[θτ]ηκ\p{L}*|συνομίλησ(?:ε|αν)|(?:είχ(?:ε|αν)|πραγματοποίησ(?:ε|αν))\s+(?:\p{L}+\s+)?(?:συνάντηση|συνομιλία|συνομιλίες|επίσκεψη)`;

/**
 * Hebrew, a conjunction "ו" before the verb or not: met ("נפגש עם"), talked ("שוחח עם"), hosted ("אירח"), welcomed
 * ("קיבל את פני": received the face of). Not "ביקר", which is spelled as "criticised" as well.
 */
const HEBREW = String.raw`ו?(?:נפגש|נפגשה|נפגשו|שוחח|שוחחה|שוחחו|אירח|אירחה|אירחו|קיבל\s+את\s+פני|קיבלה\s+את\s+פני|קיבלו\s+את\s+פני)`;

/** Slovene: met ("se je srečal z"), received a guest ("je sprejel japonskega veleposlanika"; not "sprejel zakon", adopted a law), visited ("obiskal"), talked ("se je pogovarjal z"). */
const SLOVENE = String.raw`srečal[aie]?|sprejel[aie]?\s+(?:\p{L}+\s+){0,2}?${SLOVENE_GUEST}|obiskal[aie]?|pogovarjal[aie]?|pogovoril[aie]?`;

/** Serbian in Cyrillic, as its Latin spelling in the West Slavic list: met ("састао се", "сусрео"), received ("примио"), talked ("разговарао"), visited ("посетио"). */
const SERBIAN =
  'састао|састал[аие]|сусрео|сусрел[аие]|примио|примил[аие]|разговара(?:о|ла|ли|ле)|посетио|посетил[аие]|посјетио|посјетил[аие]';

/** The words above, as one alternation for meeting.ts to join. */
export const MORE_EUROPE_MEETING = `(?<![\\p{L}])(?:${FINNISH}|${HUNGARIAN}|${ROMANIAN}|${BULGARIAN}|${GREEK}|${HEBREW}|${SLOVENE}|${SERBIAN})(?![\\p{L}])|${RECEIVED_GUEST}`;
