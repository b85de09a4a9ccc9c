// "Received" as a meeting: Russian "принял", Ukrainian "прийняв", Czech "přijal", Slovak "prijal", Polish
// "przyjął" also mean "adopted", "accepted", "took" ("принял закон", "принял участие", "přijala demisi"). They tell
// a meeting only with the guest right after them, an office or a delegation, at most an adjective or a place
// between ("принял посла Японии", "принял у себя японского посла", "přijal japonského velvyslance",
// "przyjął w Belwederze ambasadora"); not denied ("не принял"). The date rules read it as a meeting word.

/** The verb, past, any gender or number. */
const VERB = String.raw`(?<![\p{L}])(?<!(?:не|ні|nie)\s)(?:принял[аи]?|прийня(?:в|ла|ли)|přijal[aiy]?|prijal[aiy]?|przyj(?:ął|ęła|ęli|ęły))`;
/** At most a place ("у себя", "в Кремле", "w Belwederze") and two adjectives ("японского", "japonského", "japońskiego"). */
const BETWEEN = String.raw`(?:\s+(?:у\s+себя|у\s+себе|(?:в|во|у|v|ve|w|we|na)\s+\p{L}+))?(?:\s+\p{L}+(?:ого|его|ую|юю|ых|их|ього|ої|ého|ých|ích|ou|ej|ú|é|í|ego|ą|ych|ich)){0,2}`;
/** The guest: an office, a delegation, a guest, credentials. */
const GUEST = String.raw`(?:посл[аов]|министр|делегаци|глав[уы]|президент|премьер|губернатор|мэр|консул|гост|представител|верительн|председател|канцлер|спикер|сенатор|міністр|делегаці|голов[уи]|прем['’]єр|мер[аів]|представник|вірчі|velvyslan|veľvyslan|ministr|delegac|prezident|premiér|předsed|predsed|hejtman|starost|primátor|konzul|host[ay]|pověřovací|poverovacie|kancléř|ambasador|delegacj|prezydent|premier|przewodnicząc|marszałk|burmistrz|gości|list(?:y|ów)\s+uwierzytelniając)\p{L}*`;

export const RECEIVED_GUEST = String.raw`${VERB}${BETWEEN}\s+${GUEST}(?![\p{L}])`;
