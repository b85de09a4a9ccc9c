// The same sentence is asked the same question by several rules (does it report a meeting? is it
// about the future, the past?), each with a pattern of hundreds of words in dozens of languages.
// A remembered pattern scans each text once and keeps the answer. Parsing is pure, so an answer
// holds for any record; the store is emptied when it fills, which bounds the memory it holds.

const LIMIT = 4096;

/** `re.test`, remembered per text. Only for patterns without the g or y flag (they keep no state). */
export function remembered(re: RegExp): (text: string) => boolean {
  if (re.global || re.sticky) throw new Error(`remembered(): /${re.source.slice(0, 40)}…/ keeps state between calls`);
  const seen = new Map<string, boolean>();
  return (text) => {
    let answer = seen.get(text);
    if (answer === undefined) {
      if (seen.size >= LIMIT) seen.clear();
      answer = re.test(text);
      seen.set(text, answer);
    }
    return answer;
  };
}
