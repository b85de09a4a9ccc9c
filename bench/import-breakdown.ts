// What each step of an import costs, in ms per record, for `npm run bench:import -- --breakdown`:
// the steps of parseRecordText called one by one as it calls them, then storing on this thread.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordCommitments } from '../electron/node/ledger/ledger.ts';
import { dateReader, meetingDateCandidates } from '../electron/node/library/parse/dates.ts';
import { resolveField } from '../electron/node/library/parse/evidence.ts';
import { readHeader } from '../electron/node/library/parse/header.ts';
import { parseRecordText } from '../electron/node/library/parse/index.ts';
import { detectLanguage } from '../electron/node/library/parse/language.ts';
import { labelParagraphs, splitParagraphs } from '../electron/node/library/parse/paragraphs.ts';
import { reportsMeeting } from '../electron/node/library/parse/participants/meeting.ts';
import { findParticipants, hostCountryOf } from '../electron/node/library/parse/participants.ts';
import { findPlace } from '../electron/node/library/parse/place.ts';
import { extractPublisher } from '../electron/node/library/parse/publisher.ts';
import { governmentCountry } from '../electron/node/library/parse/publisher-names.ts';
import type { ParsedRecord } from '../electron/node/library/parse/types.ts';
import { getRecord } from '../electron/node/library/records.ts';
import { paragraphSource, recordSide } from '../electron/node/library/sides.ts';
import { storeRecord } from '../electron/node/library/store-record.ts';
import { openDatabase, transaction } from '../electron/node/open/connection.ts';
import { peopleDirectory } from '../electron/node/people/directory.ts';
import { learnFromRecord } from '../electron/node/people/learn.ts';
import { topicMatcher } from '../electron/node/topics/store.ts';

/**
 * Each step's cost, in ms per record: the steps of parseRecordText called one by one as it calls
 * them (header, paragraphs and publisher, dates, place, language, participants), then storing
 * into a library on this thread, and the store's steps run again on the stored records (topics,
 * people directory, ledger). A warm-up pass over the texts comes first, so compiling is not counted.
 */
export function breakdown(files: string[]): void {
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const dir = mkdtempSync(join(tmpdir(), 'bench-breakdown-'));
  const db = openDatabase(dir);
  const t: Record<string, number> = {};
  const time = <T>(what: string, fn: () => T): T => {
    const start = performance.now();
    const value = fn();
    t[what] = (t[what] ?? 0) + performance.now() - start;
    return value;
  };
  try {
    for (const text of texts.slice(0, 100)) parseRecordText(text, { directory: peopleDirectory(db) });
    const parsed: ParsedRecord[] = [];
    for (const text of texts) {
      const dates = dateReader();
      const header = time('parse: header (chrome, bylines, title)', () => readHeader(text, {}, dates));
      const { paragraphs, publisher, datelinePlace } = time('parse: paragraphs and publisher', () => {
        const p = extractPublisher(splitParagraphs(header.lines));
        return {
          paragraphs: labelParagraphs(p.paragraphs).map((x) => x.text),
          publisher: p.publisher,
          datelinePlace: p.datelinePlace,
        };
      });
      const publishedAt = resolveField('publishedAt', header.candidates);
      const head = text
        .split('\n')
        .filter((l) => l.trim() !== '')
        .slice(0, 12);
      time('parse: meeting date', () =>
        reportsMeeting(paragraphs) ? meetingDateCandidates(paragraphs, publishedAt.value, publishedAt.why, head, dates) : [],
      );
      const place = time('parse: place', () => findPlace(paragraphs, { title: null, dateline: datelinePlace, head, dates }));
      time('parse: language', () => detectLanguage(paragraphs.join('\n')));
      time('parse: participants', () =>
        findParticipants(paragraphs, {
          publisherCountry: governmentCountry(publisher),
          hostCountry: hostCountryOf(place?.place ?? null),
          directory: peopleDirectory(db),
        }),
      );
      parsed.push(time('parse: all of parseRecordText', () => parseRecordText(text, { directory: peopleDirectory(db) })));
    }
    // One transaction, as the import worker commits many records at once.
    const ids = transaction(db, () =>
      parsed.map(
        (p, i) => time('store: all of storeRecord (with the steps below)', () => storeRecord(db, p, `record-${i}.txt`)).record.id,
      ),
    );
    const matcher = topicMatcher(db);
    transaction(db, () => {
      for (const id of ids) {
        const record = getRecord(db, id);
        const side = recordSide(record);
        time('store: topics of each paragraph', () => {
          for (const p of record.paragraphs) matcher.find(p.text, paragraphSource(p.text, record.participants, side));
        });
        time('store: people directory (learnFromRecord)', () => learnFromRecord(db, record));
        time('store: ledger (recordCommitments)', () => recordCommitments(db, record, record.meetingDate ?? record.publishedAt));
      }
    });
    console.log('\nSteps, ms per record (main thread, after a warm-up pass):');
    for (const [what, ms] of Object.entries(t)) console.log(`  ${what.padEnd(52)} ${(ms / texts.length).toFixed(3).padStart(7)}`);
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
