// Polish, Czech, Slovak, Croatian and Serbian words of a meeting and of what is still to come,
// shared by the date, place and participant rules (words.ts and participants/meeting.ts join them to
// their lists). Whole words only, past forms for the meeting: "spotkał się", "rozmawiał"; "setkal se",
// "sešel se", "jednal s"; "stretol sa", "rokoval"; "sastao se", "primio", "razgovarao"; "spotkanie",
// "setkání", "stretnutie", "sastanak". Not "przyjął", "přijal", "prijal" (also "adopted": "vláda přijala
// demisi"), nor a bare "jednání" (a cabinet's session): "jednání s" is talks with someone.

/** A meeting, talks, a call, a reception: past verbs and the nouns; not one denied ("nie spotkał się", "se nije sastao"). */
export const WEST_SLAVIC_MEETING = String.raw`(?<![\p{L}])(?<!(?:nie|nije|nisu|nismo|nisam)\s+(?:se\s+)?)(?:spotka(?:ł|ła|li|ły)|spotka[nń]\p{L}*|rozmow\p{L}*|rozmawia(?:ł|ła|li)|gości(?:ł|ła|li)|setkal[aiy]?|setkání\p{L}*|sešl[aiy]|sešel|schůzk\p{L}*|(?:jednal[aiy]?|jednání|hovořil[aiy]?)(?=\s+se?\s)|stretol|stretl[aiy]|stretnut\p{L}*|rokoval[aiy]?|rokovani\p{L}*|sastao|sastal[aie]|sastan\p{L}*|susreo|susrel[aie]|primio|primil[aie]|razgovara(?:o|la|li|le)|razgovor\p{L}*|listy\s+uwierzytelniające|pověřovací\s+listiny|poverovacie\s+listiny|vjerodajnic\p{L}*|akreditiv\p{L}*)(?![\p{L}])`;

/** What is to come: "spotka się", "odwiedzi", "przyjmie", "mają odbyć się" (are to be held), "odbędzie się"; "setká se", "navštíví", "sejde se"; "stretne sa", "navštívi"; "sastaće se", "sastat će se". Not a bare "będzie", "bude" or "će": reported speech uses them beside a meeting already held. */
export const WEST_SLAVIC_FUTURE = String.raw`(?<![\p{L}])(?:spotka(?=\s+się)|odbędzie|odbędą|dojdzie|dojdą|(?:ma|mają|miał[aoy]?|mieli)\s+(?:się\s+)?\p{L}+ć|nadchodząc\p{L}*|uskuteční|uskutoční|konat|održat\s+će|spotkają|odwiedzi|odwiedzą|przyjmie|zapowiedzi\p{L}*|setká|setkají|sejde|sejdou|navštíví|přijme|příští\p{L}*|stretne|stretnú|navštívi|prijme|budúc\p{L}*|sastat\s+će|sastaće|sastat\s+ćemo|posjetit\s+će|posetiće|idućeg|idući|sljedeć\p{L}*|sledeć\p{L}*|najbliższ\p{L}*|przyszł(?:y|ym|ego|ej|ą))(?![\p{L}])`;

/**
 * A visit or a reception, as German "Besuch" and French "visite" count for the people present: "návštěva",
 * "navštívila", "wizyta", "odwiedził", "posjet", "poseta", "recepce", "slavnostní přijetí" (a bare "přijetí" is also
 * the adoption of a law). The participant rules only: a visit spans days ("rozpoczął wizytę w poniedziałek"), so its
 * day is no meeting's.
 */
export const WEST_SLAVIC_VISIT = String.raw`(?<![\p{L}])(?:návštěv\p{L}*|navštívil[aiy]?|návštev\p{L}*|recepc(?:e|i|í|ia|ii)|(?:slavnostní|oficiální)\s+přijetí|wizyt(?:a|y|ę|ą|ie|om|ach|ami)|odwiedził\p{L}*|odwiedzil[iy]|posjet(?:a|e|u|om|io|ila|ili)?|poset(?:a|e|u|om|io|ila|ili))(?![\p{L}])`;
