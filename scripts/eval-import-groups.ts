// Totals of the import evaluation by language or by file format: which languages or formats lag,
// told without naming a record (so the blind split can be read this way too).

/** One record's own tally, for totals by language or format (never printed one by one). */
export type RecordScore = {
  language: string;
  format: string;
  fields: Partial<Record<(typeof SHOWN)[number] | 'language' | 'paragraphs', boolean>>;
  expected: number;
  found: number;
  matchedExpected: number;
  matchedFound: number;
};

const SHOWN = ['title', 'publisher', 'publishedAt', 'meetingDate', 'place'] as const;

const pct = (correct: number, scored: number): string =>
  scored === 0 ? '—' : `${((100 * correct) / scored).toFixed(0)}% ${correct}/${scored}`;

/** One line per language (or format), most records first; fields as correct/scored, participants as P / R. */
export function formatGroups(scores: RecordScore[], by: 'language' | 'format'): string {
  const groups = new Map<string, RecordScore[]>();
  for (const s of scores) {
    const key = s[by];
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const header = [by.padEnd(8), 'records', ...SHOWN.map((f) => f.padEnd(13)), 'precision', 'recall'].join('  ');
  const lines = [header, '-'.repeat(header.length)];
  const ordered = [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  for (const [key, group] of ordered) {
    const cells = SHOWN.map((f) => {
      const scored = group.filter((s) => s.fields[f] !== undefined);
      return pct(scored.filter((s) => s.fields[f]).length, scored.length).padEnd(13);
    });
    const sum = (k: 'expected' | 'found' | 'matchedExpected' | 'matchedFound'): number => group.reduce((n, s) => n + s[k], 0);
    lines.push(
      [
        key.padEnd(8),
        String(group.length).padStart(7),
        ...cells,
        pct(sum('matchedFound'), sum('found')).padEnd(9),
        pct(sum('matchedExpected'), sum('expected')),
      ].join('  '),
    );
  }
  return lines.join('\n');
}
