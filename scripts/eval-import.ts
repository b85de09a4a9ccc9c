// How well Briefbook understands real meeting records: imports the corpus
// (tests/fixtures/corpus/manifest.json) into a temporary library through the real import path
// (dispatch → library.import → extractors → parser → SQLite) and compares what it stored with
// what a careful reader wrote down for each record. Prints per-field accuracy, participants'
// precision and recall, and every miss. `npm run eval:import`; tests/unit/parse-corpus.test.ts
// runs the same evaluation and fails below its thresholds.

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBackend } from '../electron/node/rpc/backend.ts';
import type { ImportOutcome, RecordDetail } from '../electron/shared/types.ts';
import { type ExpectedPerson, norm, overlaps, pairPeople, sameCountry, sameText } from './eval-compare.ts';
import { type CountryMiss, formatCountryMisses } from './eval-import-countries.ts';
import { formatGroups, type RecordScore } from './eval-import-groups.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const corpusDir = join(root, 'tests', 'fixtures', 'corpus');

type Expected = {
  file: string;
  source: string;
  publisher: string | null;
  /** null: the record has no title of its own (a derived one is not scored). */
  title: string | null;
  publishedAt: string | null;
  meetingDate: string | null;
  place: string | null;
  language: string;
  participants: ExpectedPerson[];
  /** null: not scored (newer entries). */
  paragraphs: number | null;
  /** false: a speech or statement with no meeting in it. */
  meeting?: boolean;
};

/** tuning: rules may be written while looking at it; blind: never read while tuning, scored at the end. */
export type Split = 'tuning' | 'blind';

export const FIELDS = ['title', 'publisher', 'publishedAt', 'meetingDate', 'place', 'language', 'paragraphs'] as const;
export type Field = (typeof FIELDS)[number];

export type Miss = { file: string; field: Field | 'participants'; expected: string; got: string };
export type EvalReport = {
  split: Split;
  records: number;
  /** A date given where a careful reader finds none: the worst mistake, never acceptable. */
  invented: { file: string; field: 'publishedAt' | 'meetingDate'; got: string }[];
  /** Records with the most misses first. */
  worst: { file: string; misses: number }[];
  failed: { file: string; error: string }[];
  fields: Record<Field, { correct: number; scored: number; accuracy: number }>;
  participants: {
    precision: number;
    recall: number;
    expected: number;
    found: number;
    matched: number;
    roleAgreement: number;
    countryAgreement: number;
  };
  misses: Miss[];
  /** Each record's own tally, for totals by language or format (never printed one by one). */
  scores: RecordScore[];
  /** Matched participants whose country disagrees with the label. */
  countries: CountryMiss[];
};

/** The split's entries, each file made absolute: manifest.json and any new-*.json beside it. */
export function loadManifest(split: Split = 'tuning', only?: string): Expected[] {
  const dir = split === 'blind' ? join(corpusDir, 'blind') : corpusDir;
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir)
    .filter((f) => (only ? f === only : f === 'manifest.json' || /^new-.*\.json$/.test(f)))
    .sort();
  return files.flatMap((f) =>
    (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { records: Expected[] }).records.map((r) => ({
      ...r,
      file: resolve(dir, r.file),
    })),
  );
}

const show = (v: unknown): string => (v === null || v === undefined ? '—' : String(v));

export async function evaluateCorpus(split: Split = 'tuning', only?: string): Promise<EvalReport> {
  const manifest = loadManifest(split, only);
  const dir = mkdtempSync(join(tmpdir(), 'briefbook-eval-'));
  const backend = createBackend({
    dataDir: dir,
    host: 'cli',
    version: 'eval',
    platform: { chooseExportTarget: async () => null },
    samplesDir: join(dir, 'none'),
  });
  try {
    const paths = manifest.map((m) => m.file);
    const result = await backend.dispatch('library.import', { paths });
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    const outcomes = result.value as ImportOutcome[];

    const fields = Object.fromEntries(FIELDS.map((f) => [f, { correct: 0, scored: 0, accuracy: 0 }])) as EvalReport['fields'];
    const misses: Miss[] = [];
    const failed: EvalReport['failed'] = [];
    const invented: EvalReport['invented'] = [];
    let expectedPeople = 0;
    let foundPeople = 0;
    let matchedExpected = 0;
    let matchedFound = 0;
    let roleAgree = 0;
    let countryAgree = 0;
    const scores: RecordScore[] = [];
    const countries: CountryMiss[] = [];

    for (const [i, m] of manifest.entries()) {
      const outcome = outcomes[i];
      const file = m.file.split('/').pop() ?? m.file;
      if (!outcome?.ok) {
        failed.push({ file, error: outcome ? outcome.error.message : 'no outcome' });
        continue;
      }
      if (outcome.duplicate) failed.push({ file, error: `taken for a duplicate of ${outcome.record.title}` });
      const got = await backend.dispatch('library.get', { id: outcome.record.id });
      if (!got.ok) throw new Error(got.error.message);
      const r = got.value as RecordDetail;

      const tally: RecordScore = {
        language: m.language,
        format: file.split('.').pop() ?? '',
        fields: {},
        expected: 0,
        found: 0,
        matchedExpected: 0,
        matchedFound: 0,
      };
      scores.push(tally);
      const score = (field: Field, ok: boolean, expected: unknown, actual: unknown): void => {
        tally.fields[field] = ok;
        fields[field].scored += 1;
        if (ok) fields[field].correct += 1;
        else misses.push({ file, field, expected: show(expected), got: show(actual) });
      };
      if (m.title !== null) score('title', sameText(m.title, r.title), m.title, r.title);
      score('publisher', overlaps(m.publisher, r.publisher), m.publisher, r.publisher);
      score('publishedAt', m.publishedAt === r.publishedAt, m.publishedAt, r.publishedAt);
      score('meetingDate', m.meetingDate === r.meetingDate, m.meetingDate, r.meetingDate);
      score('place', overlaps(m.place, r.place), m.place, r.place);
      score('language', m.language === r.language, m.language, r.language);
      if (m.paragraphs !== null) score('paragraphs', m.paragraphs === r.paragraphs.length, m.paragraphs, r.paragraphs.length);
      for (const field of ['publishedAt', 'meetingDate'] as const) {
        const value = r[field];
        if (m[field] === null && value !== null) invented.push({ file, field, got: value });
      }

      expectedPeople += m.participants.length;
      foundPeople += r.participants.length;
      const { hit, matched } = pairPeople(m.participants, r.participants);
      tally.expected = m.participants.length;
      tally.found = r.participants.length;
      tally.matchedExpected = hit.filter(Boolean).length;
      tally.matchedFound = matched.filter(Boolean).length;
      matchedExpected += tally.matchedExpected;
      matchedFound += tally.matchedFound;
      for (const [k, e] of m.participants.entries()) {
        const p = hit[k];
        if (!p) {
          misses.push({ file, field: 'participants', expected: show(e.name ?? `(${e.role})`), got: 'not found' });
          continue;
        }
        if (sameCountry(e.country, p.country)) countryAgree += 1;
        else countries.push({ file, name: show(p.name ?? `(${p.role})`), expected: e.country, got: p.country });
        if (e.role && p.role && (norm(p.role).includes(norm(e.role)) || norm(e.role).includes(norm(p.role)))) roleAgree += 1;
      }
      for (const [k, p] of r.participants.entries()) {
        if (!matched[k])
          misses.push({ file, field: 'participants', expected: 'not a participant', got: show(p.name ?? `(${p.role})`) });
      }
    }
    for (const f of FIELDS) fields[f].accuracy = fields[f].scored === 0 ? 1 : fields[f].correct / fields[f].scored;
    const matched = Math.max(1, matchedExpected);
    const perFile = new Map<string, number>();
    for (const miss of misses) perFile.set(miss.file, (perFile.get(miss.file) ?? 0) + 1);
    const worst = [...perFile.entries()]
      .map(([file, n]) => ({ file, misses: n }))
      .sort((a, b) => b.misses - a.misses || a.file.localeCompare(b.file))
      .slice(0, 10);
    return {
      split,
      records: manifest.length,
      invented,
      worst,
      failed,
      fields,
      participants: {
        precision: foundPeople === 0 ? 1 : matchedFound / foundPeople,
        recall: expectedPeople === 0 ? 1 : matchedExpected / expectedPeople,
        expected: expectedPeople,
        found: foundPeople,
        matched: matchedExpected,
        roleAgreement: roleAgree / matched,
        countryAgreement: countryAgree / matched,
      },
      misses,
      scores,
      countries,
    };
  } finally {
    backend.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

/** `named: false` leaves out every line that names a record (the blind split's default: totals only). */
export function formatReport(r: EvalReport, named = true): string {
  const lines: string[] = [];
  const formats = [...new Set(loadManifest(r.split).map((m) => m.file.split('.').pop()))].join(', ');
  lines.push(`Import evaluation, ${r.split} split: ${r.records} records (${formats}) through library.import`, '');
  lines.push('field          accuracy   correct/scored');
  lines.push('-------------  ---------  --------------');
  for (const f of FIELDS)
    lines.push(
      `${f.padEnd(13)}  ${pct(r.fields[f].accuracy).padStart(9)}  ${`${r.fields[f].correct}/${r.fields[f].scored}`.padStart(14)}`,
    );
  const p = r.participants;
  lines.push(
    `${'participants'.padEnd(13)}  precision ${pct(p.precision)} (${Math.round(p.precision * p.found)}/${p.found} found), recall ${pct(p.recall)} (${p.matched}/${p.expected} expected)`,
  );
  lines.push(
    `${''.padEnd(13)}  of those matched: role agrees ${pct(p.roleAgreement)}, country agrees ${pct(p.countryAgreement)}`,
  );
  lines.push(`${'invented'.padEnd(13)}  ${r.invented.length} dates given where the record supports none`);
  if (named) for (const i of r.invented) lines.push(`  ${i.file}  ${i.field}: ${i.got}`);
  if (named && r.worst.length > 0) lines.push('', `Worst records: ${r.worst.map((w) => `${w.file} (${w.misses})`).join(', ')}`);
  if (r.failed.length > 0 && !named)
    // Not even a failed import is named on the blind split: its file name and the title it was taken for are its text.
    lines.push('', `${r.failed.length} record(s) not imported as a new record (named with --misses)`);
  else if (r.failed.length > 0) {
    lines.push('', 'Not imported as a new record:');
    for (const f of r.failed) lines.push(`  ${f.file}: ${f.error}`);
  }
  if (!named) return lines.join('\n');
  lines.push('', r.misses.length === 0 ? 'No misses.' : `Misses (${r.misses.length}):`);
  for (const m of r.misses) lines.push(`  ${m.file}  ${m.field}: expected ${m.expected}; got ${m.got}`);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // `npm run eval:import` scores the tuning split; `-- --blind` the blind split (only at the end of
  // a change: its misses are not for tuning), `-- --all` both; `-- --quiet` leaves out the misses;
  // `-- --only new-x.json` scores one manifest of the split (a fresh batch measured before tuning);
  // the blind split prints totals only, no record's name, unless `-- --misses`;
  // `-- --countries` lists the matched participants whose country disagrees (tuning split only).
  const args = process.argv.slice(2);
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  const by = args.includes('--by') ? args[args.indexOf('--by') + 1] : undefined;
  if (by !== undefined && by !== 'language' && by !== 'format') {
    console.error('--by takes "language" or "format"');
    process.exit(2);
  }
  const splits: Split[] = args.includes('--all') ? ['tuning', 'blind'] : args.includes('--blind') ? ['blind'] : ['tuning'];
  for (const split of splits) {
    const report = await evaluateCorpus(split, only);
    // The blind split names no record unless asked (`--misses`): its totals may be read, its records not.
    const named = split === 'tuning' || args.includes('--misses');
    const text = formatReport(report, named);
    console.log(args.includes('--quiet') ? text.split('\nMisses')[0]?.split('\nNo misses')[0] : text);
    if (by !== undefined) console.log(`\n${formatGroups(report.scores, by)}`);
    if (split === 'tuning' && args.includes('--countries')) console.log(`\n${formatCountryMisses(report.countries)}`);
    console.log('');
  }
}
