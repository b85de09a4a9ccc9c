// Compiling the hottest patterns first. V8 compiles a pattern to machine code when it first needs
// it, and once a process holds 16 MB of machine code (after 1 MB of pattern code), every pattern it
// compiles after that is left unoptimised: no skipping ahead, ~4× slower. The parser's largest
// patterns (lists of countries and titles, in several scripts) fill that much within the first
// records, so the patterns compiled later, some of them run on every paragraph, stayed slow for the
// whole import. A pattern passed here is compiled at once, while the module loads, for both kinds of
// string V8 keeps (one byte a character, two): it is compiled either way, only sooner.
// Which patterns: the hottest of a parse's steady state that were otherwise compiled after that
// point (a profile's time by pattern, and the size of each pattern's code in a heap snapshot, show
// them): the function-word gates every paragraph meets (Dutch, Catalan, Nordic, Tagalog), meeting
// words read at every place (CORE_ALL), Vietnamese courtesy titles and list heads, the objects of
// meeting verbs, press phrases, Korean shared-title lists. Each is small (tens of KB compiled).

/** A paragraph in the style of the records, long enough (1,000 characters and more) that V8 compiles to machine code at once. */
const PARAGRAPH =
  'Foreign Minister Ana Reyes met her counterpart, Minister of Foreign Affairs Tomas Vidal, in the capital on Tuesday, 14 March 2023. ' +
  'The two ministers discussed trade, investment and regional security, and agreed to hold the next round of consultations in May. ' +
  'The ambassador of the Republic and the deputy prime minister also attended the meeting, the ministry said in a statement. ';
const ONE_BYTE = PARAGRAPH.repeat(3);
/** The same with a curly apostrophe: a string of two bytes a character, which V8 compiles for apart. */
const TWO_BYTE = `${ONE_BYTE}The minister’s office said.`;

/** `re`, compiled now for both kinds of string; its lastIndex is left as it was. Returns `re`. */
export function compiledEarly<T extends RegExp>(re: T): T {
  const last = re.lastIndex;
  re.lastIndex = 0;
  re.test(ONE_BYTE);
  re.lastIndex = 0;
  re.test(TWO_BYTE);
  re.lastIndex = last;
  return re;
}
