// A desk officer imports real records from many governments, agencies and newspapers, in every
// format and in the languages the desk reads, and trusts what Briefbook reads from them. This runs
// the same evaluation as `npm run eval:import -- --all` (the corpus through the real
// library.import) on both splits: the tuning split, which rules were written against, and the
// blind split, which nobody tuning the parser has read. It fails when understanding falls below
// the floors measured at the last change, and whenever a date is given that the record does not
// support.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluateCorpus, type Field, formatReport, loadManifest, type Split } from '../../scripts/eval-import.ts';

type Floors = Partial<Record<Field, number>> & { precision: number; recall: number; invented: number };

// Floors a little under the figures measured on each split at the last change (see README),
// so one record slipping does not fail, and a rule that breaks several does.
// `invented` is the most dates given where the record supports none: none on the tuning split;
// the blind split has two that nobody has read (the goal is none there too).
const FLOORS: Record<Split, Floors> = {
  // Measured on s19-people merged with main (552 records): title 91.1%, publisher 79.3%,
  // publishedAt 96.0%, meetingDate 95.8%, place 75.0%, language 99.1%, participants precision
  // 81.4%, recall 79.9%. Three dates counted as invented, all in people7 records labelled before
  // parsing: ko908 (its text says only "9일(월)"; the board list below it carries other rows' dates)
  // and es901 (the date under an embedded tweet is the tweet's, not the article's).
  // s19-people2 (564 records, with 12 fresh Korean and Vietnamese ones in new-people8, labelled
  // before parsing): title 91.0% (303/333, so the floor is 90%), publishedAt 96.5%, meetingDate
  // 96.1%, place 76.8%, language 99.1%, participants precision 82.1%, recall 80.0%, 0 invented.
  tuning: {
    title: 0.9,
    publishedAt: 0.96,
    meetingDate: 0.95,
    place: 0.75,
    language: 0.99,
    precision: 0.81,
    recall: 0.79,
    invented: 3,
  },
  // Measured once, at the end of the work (108 records: the 68 before and 40 held-out records
  // gathered after, labelled before any parser ran on them): title 88.1%, publisher 76.9%,
  // publishedAt 96.3%, meetingDate 77.8%, place 68.5%, language 99.1%, participants precision
  // 76.7%, recall 69.0%, two invented dates. Scored, never read.
  blind: {
    title: 0.88,
    publishedAt: 0.96,
    meetingDate: 0.77,
    place: 0.68,
    language: 0.99,
    precision: 0.76,
    recall: 0.69,
    invented: 2,
  },
};

const site = (source: string, publisher: string | null): string =>
  /https?:\/\/(?:www\.)?([^/\s]+)/.exec(source)?.[1] ?? publisher ?? source;

describe('the import corpus: real records from many publishers, in every format', () => {
  test('has 150+ records from 40+ publishers, a third in Korean or Vietnamese, 10+ without a meeting, and a blind split of 50+', () => {
    const tuning = loadManifest('tuning');
    const blind = loadManifest('blind');
    const all = [...tuning, ...blind];
    assert.ok(all.length >= 150, `${all.length} records`);
    assert.ok(blind.length >= 50, `${blind.length} blind records`);
    assert.ok(new Set(all.map((m) => site(m.source, m.publisher))).size >= 40);
    assert.ok(all.filter((m) => m.language === 'ko' || m.language === 'vi').length * 3 >= all.length);
    assert.ok(all.filter((m) => m.meeting === false).length >= 10);
    for (const ext of ['html', 'pdf', 'docx']) assert.ok(all.filter((m) => m.file.endsWith(`.${ext}`)).length >= 5, ext);
    for (const m of all) assert.ok(m.source, `${m.file} names its source`);
  });

  for (const split of ['tuning', 'blind'] as const) {
    test(`every ${split} record imports, no date is invented, and each field is read at least as well as before`, async () => {
      const report = await evaluateCorpus(split);
      const table = formatReport(report);
      assert.deepEqual(report.failed, [], table);
      const { invented, ...floors } = FLOORS[split];
      assert.ok(
        report.invented.length <= invented,
        split === 'tuning' ? table : `${report.invented.length} invented dates on the blind split (at most ${invented})`,
      );
      for (const [field, floor] of Object.entries(floors) as [Field | 'precision' | 'recall', number][]) {
        const value =
          field === 'precision' || field === 'recall' ? report.participants[field] : (report.fields[field]?.accuracy ?? 1);
        // The blind split's misses are not printed: they are not for tuning.
        assert.ok(value >= floor, `${split} ${field}: ${value.toFixed(3)} < ${floor}${split === 'tuning' ? `\n${table}` : ''}`);
      }
    });
  }
});
