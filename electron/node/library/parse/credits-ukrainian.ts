// Ukrainian credits the outlet a story comes from inside its sentences: "…, пише ПІК.", "…, передають
// Патріоти України.", "Як повідомляє "Європейська правда", …", "інформують Економічні Новини з
// посиланням на Reuters", "Як повідомляв ГолосУА, …". The outlet follows its verb of reporting: a name in
// quotation marks, or one to three capitalised words. A person writes too ("– пише Порошенко"): a word the
// record also writes inside a person's name ("Петро Порошенко") is no outlet. Read only in a text with
// Ukrainian's own letters; weaker than a dateline or the site's name (credits.ts).

/** Ukrainian's letters (і, ї, є, ґ): the cheap test before any pattern runs. */
const UKRAINIAN = /[іїєґ]/u;

/** The verb of reporting, present or "Як повідомляв" (as … reported), then the outlet. */
const REPORTED =
  /(?<![\p{L}])(?:повідомляє|повідомляють|передає|передають|пише|пишуть|інформує|інформують|[Яя]к\s+(?:повідомляв|повідомляла|повідомляло|писав|писала|писало))\s+(?:[«"“„]([^»"”“\n]{2,40})[»"”“]|(\p{Lu}[\p{L}\d.-]*(?: \p{Lu}[\p{L}\d.-]*){0,2}))/gu;

/** A word the record writes as part of a person's name: a capitalised word right before it ("Петро Порошенко"). */
const inPersonName = (text: string, word: string): boolean =>
  new RegExp(`(?<![\\p{L}])\\p{Lu}\\p{Ll}+ ${word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}])`, 'u').test(text);

/** The outlets the text credits, in the order it names them. */
export function ukrainianCredits(text: string): string[] {
  if (!UKRAINIAN.test(text)) return [];
  const found: string[] = [];
  for (const m of text.matchAll(REPORTED)) {
    const quoted = m[1]?.trim();
    const named = m[2]?.replace(/\.+$/u, '');
    if (quoted) found.push(quoted);
    else if (named && !inPersonName(text, named.split(' ')[0] ?? '')) found.push(named);
  }
  return found;
}
