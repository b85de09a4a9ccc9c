// Hindi, Malay, Tagalog and Thai (asia28) words of a meeting and of what is still to come, shared by
// the date, place and participant rules (words.ts joins them to its lists). Whole words only.

/**
 * A meeting, talks or a call: Tagalog "nagpulong", "nakipagkita", "nagkausap", "nagkita", "tinanggap" (received); Malay "perbualan
 * telefon" (a phone call; "bertemu", "kunjungan", "mesyuarat" are in the Indonesian list).
 */
export const ASIA_MEETING = String.raw`(?<![\p{L}])(?:nagpulong|nakipagkita|nagkausap|nagkita|pakikipagpulong|tinanggap|perbualan\s+telefon)(?![\p{L}])`;

/**
 * What is to come: Malay "dijadual" (scheduled; Indonesian "dijadwalkan" is in FUTURE), "dijangka" (expected); Hindi "करेंगे", "करेगी", "होगी", "जाएंगे" (the future ending -गा/-गी/-गे); Tagalog
 * "nakatakda" (scheduled), "makikipagpulong", "makikipagkita", "magsasagawa", "bibisita", "dadalo" (the
 * reduplicated future); Thai "มีกำหนด" (is scheduled). Not Thai "จะ…" ("will"): Thai writes no spaces, and "จะเข้า"
 * runs into "จะเข้าใจ" (will understand) in a report of a visit already made.
 */
export const ASIA_FUTURE = String.raw`(?<![\p{L}\p{M}])(?:करेंगे|करेंगी|करेगी|करेगा|होगी|होगा|होंगे|होंगी|जाएंगे|जाएगी|जाएगा|आएंगे|मिलेंगे)(?![\p{L}\p{M}])|(?<![\p{L}])(?:dijadual|dijangka|nakatakdang?|makikipagpulong|makikipagkita|magsasagawa|bibisita|dadalo|haharap)(?![\p{L}])|มีกำหนด`;
