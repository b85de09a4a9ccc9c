// People a record recalls from another time: the leader a government served "under", the officer
// "appointed by" someone, the man who "became President" years ago, a Korean 당시 or "지난 6월
// 임명됐다", a Vietnamese "từng", a Chinese 此前 or 曾. They are named around the meeting, not in it.

/**
 * Just before the name, in its clause: "under President", "appointed by US President", "the
 * government, led by Prime Minister" (gobierno encabezado por, …), "an uprising against President",
 * "the clashes between the presidents" (choques entre, Streit zwischen), Korean 당시 (at the time)
 * and "지난 7일 … 진행된" (held on the 7th, before this),
 * Vietnamese khi đó / lúc đó (then), Chinese 此前 / 当时 (earlier, at the time).
 */
const RECALLED_BEFORE =
  /(?:\bunder\s+(?:the\s+)?(?:(?:new|late|former|outgoing)\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$|\b(?:appointed|nominated|named|elected|sworn in)\s+by\s+(?:the\s+)?(?:[\p{L}.’'-]+\s+){0,4}$|\b(?:government|administration|cabinet|regime)s?,?\s+(?:(?:led|headed)\s+by|under)\s+(?:[\p{L}.’'-]+\s+){0,4}$|\b(?:gobierno|gouvernement|governo|Regierung)\s+(?:encabezado por|liderado por|dirigé par|guidato da|geführt von|unter)\s+(?:[\p{L}.’'-]+\s+){0,4}$|\b(?:uprising|protests?|revolt|rebellion|coup|clash(?:es)?|tensions?|disputes?|feud|rift|choques?|tensiones?|disputas?|levantamiento|protestas?|conflits?|Streit|Spannungen|Aufstand)\s+(?:against|between|entre|contra|contre|zwischen|gegen)\s+(?:(?:the|los|las|el|la|les|le|den|die|der)\s+)?(?:[\p{L}.’'-]+\s+){0,4}$|(?<![\p{L}])지난\s*(?:\d{1,2}\s*(?:월|일)|달|주|해)[^.。\n]{0,60}(?:진행된|개최된|열린|있었던)\s*$|(?<![\p{L}])(?:당시|khi đó|lúc đó|此前|當時|当时)(?![\p{L}])[^,;.。，!?\n]{0,40}$)/u;

/**
 * Just after the name: what the person did at another time. "X became President", "when X was
 * appointed", "X took office", "a call with X last week", "X had then said", "X, on 17 May, had said",
 * "X said last month";
 * Korean "…은 지난 6월 임명됐다"; Vietnamese "X từng …"; Chinese "X曾…". Visits counted are visits made
 * before: "X has visited Korea twice", "X 대통령이 한국을 2번이나 방문하였고", "X 총리는 세 차례 방한해" (not the
 * ordinal "두 번째 방문", this one).
 */
// Korean "X 본부장에 대한 관심과 지지를 당부했다": the person whose bid is backed is talked about, not met.
const RECALLED_AFTER =
  /^(?:\s*\([^)]{0,30}\))?(?:에\s*대한\s+(?:[^\s.。\n]+\s+){0,2}(?:지지|성원)(?:를|와|와의)?\s|\s+(?:became|took office|came to power|assumed office|was (?:appointed|elected|sworn in|named|inaugurated)\b)|\s*[은는이가]\s*지난\s*[^.。\n]{0,20}(?:임명|취임|당선|선출|부임)(?:됐|되었|했|하였)|\s+(?:từng|đã từng)(?![\p{L}])|\s*(?:曾|此前曾)|\s+(?:last|earlier this)\s+(?:week|month|year)\b|(?:,\s[^,;.\n]{1,30},)?\s+had\s+(?:then\s+|earlier\s+|previously\s+)?(?:said|told|stated|announced|visited|met)\b|\s+(?:said|told|stated|announced)\s+(?:last|earlier this)\s+(?:week|month|year)\b|\s+(?:has|had)\s+(?:already\s+|now\s+)?visited\s+[^.,;\n]{0,30}?\b(?:twice|three times|\d+ times|several times|many times)\b|\s*[^\s.。,\n]{0,10}?(?:은|는|이|가|께서)\s+(?:[^\s.。,\n]+\s+){0,2}(?:\d+|두|세|네|다섯|여러)\s*(?:번|차례)(?!째)(?:이나|나|씩|도)?\s*(?:방문|방한|찾))/u;

/**
 * Vietnamese history told around the meeting: a sentence that opens in another century ("Sau Chiến
 * thắng Điện Biên Phủ 1954, Chủ tịch Hồ Chí Minh đã đến thăm …", "Năm 1957, …"), and the founders
 * of a friendship ("quan hệ … do Chủ tịch Hồ Chí Minh và Chủ tịch Kim Nhật Thành xây dựng và vun đắp").
 */
// …or opens on a day of another century: "Ngày 2/9/1945, Chủ tịch Hồ Chí Minh … đã đọc bản Tuyên ngôn".
const VI_HISTORY_BEFORE =
  /(?:^|[.!?]\s+)(?:(?:Sau|Năm|Vào năm|Từ năm|Trước đó)\s[^.\n]{0,60}(?<!\d)1[89]\d\d(?!\d)|(?:Vào\s+)?[Nn]gày\s+\d{1,2}[/-]\d{1,2}[/-]1[89]\d\d(?!\d))[^.\n]{0,30}$/u;
const VI_FOUNDED_AFTER =
  /^(?:\s+và\s+[^,.;\n]{0,50})?\s+(?:đã\s+)?(?:dày công\s+)?(?:xây dựng|sáng lập|gây dựng|vun đắp|vun trồng|khai sinh|đặt nền móng|đặt nền tảng)(?![\p{L}])/u;

/**
 * The holder of an office at another time, named by the word for "then" before the office: "to then
 * President J.A. Kufuor", "then-foreign minister", "o então chanceler", "el entonces presidente",
 * "l'allora ministro", "l'alors président", "der damalige Außenminister", "daværende utenriksminister",
 * "ówczesny szef dyplomacji", "тогдашний министр", "时任外交部长", "当時の首相", "तत्कालीन प्रधानमंत्री".
 * English "then" and the Romance words also mean "and then" or "so": only after an article or a
 * preposition, or hyphenated, do they qualify an office. At most five words of office before the name.
 */
const THEN_HOLDER =
  /(?:(?<![\p{L}])(?:(?:the|to|by|with|of|from|for|met|when|whom|under|and the)\s+then[\s-]+|then-|(?:o|a|os|as|do|da|dos|das|ao|à|pelo|pela|com o|com a)\s+então\s+|(?:el|la|los|las|del|al)\s+entonces\s+|(?:l|dell|all|dall|sull)['’]allora\s+|l['’]alors\s+|(?:damalig|daværende|dåvarande|ówczesn|tehdejš|vtedajš|tadašnj|тогдашн|тодішн|тадашњ)\p{L}*\s+|(?:तत्कालीन|তৎকালীন)\s+)(?:[\p{L}\p{M}.’'-]+\s+){0,5}|(?:时任|時任|当時の)[^，,。；\n]{0,30})$/u;

/** Cheap test first: a word for "then" in the last words before the name. */
const THEN_WORD =
  /then|então|entonces|allora|alors|damalig|daværende|dåvarande|ówczesn|tehdejš|vtedajš|tadašnj|тогдашн|тодішн|тадашњ|तत्कालीन|তৎকালীন|时任|時任|当時の/iu;

/** The office and "then" stand within the last hundred characters before the name. */
const thenHolder = (before: string): boolean => {
  const tail = before.length > 100 ? before.slice(-100) : before;
  return THEN_WORD.test(tail) && THEN_HOLDER.test(tail);
};

/** Is the person named at [start, end) someone the record recalls from another time? */
export function recalledFromElsewhere(before: string, after: string): boolean {
  return (
    RECALLED_BEFORE.test(before) ||
    RECALLED_AFTER.test(after) ||
    thenHolder(before) ||
    VI_HISTORY_BEFORE.test(before) ||
    VI_FOUNDED_AFTER.test(after)
  );
}
