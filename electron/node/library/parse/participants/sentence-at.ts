// The sentence a position stands in, as the meeting and mention rules read it.

/** The sentence around a position: from the stop or line end before it to the next, at most 300 characters each way. */
export function sentenceAt(text: string, at: number): string {
  const start = Math.max(
    text.lastIndexOf('\n', at),
    ...[...text.slice(Math.max(0, at - 300), at).matchAll(/[.!?。]\s/gu)].map((m) => Math.max(0, at - 300) + m.index),
  );
  const rest = text.slice(at, at + 300);
  const stop = rest.search(/[.!?。](?:\s|$)|\n/u);
  return text.slice(start + 1, stop < 0 ? at + 300 : at + stop);
}
