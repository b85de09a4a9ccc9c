// The participants whose country the import did not read as a careful reader did, for matched
// participants only: which countries are left empty (the reader saw one) and which are wrong.

/** One matched participant whose country disagrees with the label. */
export type CountryMiss = { file: string; name: string; expected: string | null; got: string | null };

const show = (v: string | null): string => v ?? '—';

/** `file  name: expected X; got Y` per disagreement, then one line: how many empty, how many wrong. */
export function formatCountryMisses(misses: CountryMiss[]): string {
  const empty = misses.filter((m) => m.got === null && m.expected !== null).length;
  const invented = misses.filter((m) => m.got !== null && m.expected === null).length;
  const wrong = misses.length - empty - invented;
  const lines = [`Country disagreements (${misses.length}), matched participants only:`];
  for (const m of misses) lines.push(`  ${m.file}  ${m.name}: expected ${show(m.expected)}; got ${show(m.got)}`);
  lines.push(`Countries: ${empty} left empty, ${wrong} wrong, ${invented} given where the label has none`);
  return lines.join('\n');
}
