// A topic with one counterpart, meeting by meeting: what our side and their side said. A meeting
// is the records of both sides dated within a few days of each other (each side writes up the
// same meeting, often a day or two apart), among the records the counterpart took part in.

import { normalizeCountry } from '../../shared/countries.ts';
import { fail } from '../../shared/errors.ts';
import type { Counterpart, LastMeeting, Meeting, Side, TimelineRecord, TopicTimeline } from '../../shared/types.ts';
import type { Db } from '../db/statements.ts';
import { listLedger } from '../ledger/ledger.ts';
import { getRecord } from '../library/records.ts';
import { deskCountry } from '../library/settings.ts';
import { paragraphSource, recordSide } from '../library/sides.ts';
import { findTopic, meta } from './store.ts';

/** Records dated this many days apart or less are taken as the same meeting. */
export const SAME_MEETING_DAYS = 3;

/** The desk's own country: set by the user (settings, asked on first run), else the side most of the library's records speak for. */
export function homeCountry(db: Db): string | null {
  const set = deskCountry(db) ?? meta(db, 'home_country');
  if (set) return set;
  const row = db
    .prepare(
      `SELECT source_country FROM record_sides WHERE source_country IS NOT NULL GROUP BY source_country
        ORDER BY count(*) DESC, sum(reason LIKE 'published by%') DESC, source_country LIMIT 1`,
    )
    .get() as { source_country: string } | undefined;
  return row?.source_country ?? null;
}

export function listCounterparts(db: Db): { home: string | null; counterparts: Counterpart[] } {
  const home = homeCountry(db);
  const rows = db
    .prepare(
      `SELECT c.country, count(*) AS n, max(s.date) AS last FROM record_countries c LEFT JOIN record_sides s ON s.record_id = c.record_id
        GROUP BY c.country ORDER BY n DESC, c.country`,
    )
    .all() as { country: string; n: number; last: string | null }[];
  return {
    home,
    counterparts: rows.filter((r) => r.country !== home).map((r) => ({ country: r.country, records: r.n, lastDate: r.last })),
  };
}

function requireCounterpart(counterpart: string): string {
  const c = normalizeCountry(counterpart) ?? counterpart.trim();
  if (!c) fail('BAD_INPUT', 'Choose the counterpart country.');
  return c;
}

const days = (a: string, b: string): number => Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;

/** Our side is the desk's country; theirs the counterpart's; a third country's is neither. */
const sideOf = (source: string | null, counterpart: string, home: string | null): Side =>
  source === null ? 'unknown' : source === counterpart ? 'theirs' : !home || source === home ? 'ours' : 'unknown';

/** Records (newest first) into meetings; undated records stand alone at the end. */
export function groupMeetings(records: TimelineRecord[]): Meeting[] {
  const meetings: Meeting[] = [];
  const dated = records.filter((r) => r.date).sort((a, b) => (b.date as string).localeCompare(a.date as string));
  for (const r of dated) {
    const last = meetings.at(-1);
    const anchor = last?.records.at(-1)?.date;
    if (last && anchor && days(anchor, r.date as string) <= SAME_MEETING_DAYS) last.records.push(r);
    else meetings.push({ date: r.date, title: r.title, records: [r] });
  }
  for (const r of records.filter((x) => !x.date)) meetings.push({ date: null, title: r.title, records: [r] });
  // The meeting is named after our side's record of it when there is one.
  for (const m of meetings) m.title = (m.records.find((r) => r.side === 'ours') ?? m.records[0])?.title ?? m.title;
  return meetings;
}

type Row = {
  record_id: string;
  title: string;
  publisher: string | null;
  date: string | null;
  source_country: string | null;
  reason: string | null;
};

function timelineRecord(row: Row, counterpart: string, home: string | null): TimelineRecord {
  return {
    recordId: row.record_id,
    title: row.title,
    publisher: row.publisher,
    date: row.date,
    side: sideOf(row.source_country, counterpart, home),
    sourceCountry: row.source_country,
    sideReason: row.reason ?? '',
    paragraphs: [],
  };
}

/**
 * Each paragraph's own side: a record of one side quotes the other ("Minister Motegi said that Japan
 * would…" in a Korean readout), and that paragraph belongs in its speaker's column.
 */
function speakers(db: Db, r: TimelineRecord, counterpart: string, home: string | null): void {
  if (r.paragraphs.length === 0) return;
  let record: ReturnType<typeof getRecord>;
  try {
    record = getRecord(db, r.recordId);
  } catch {
    return;
  }
  const side = recordSide(record);
  for (const p of r.paragraphs) {
    const source = paragraphSource(p.text, record.participants, side);
    p.side = source.country ? sideOf(source.country, counterpart, home) : r.side;
  }
}

export function topicTimeline(db: Db, topicText: string, counterpartText: string, maxRecords = 120): TopicTimeline {
  const topic = findTopic(db, topicText);
  if (!topic) fail('NOT_FOUND', `There is no topic “${topicText}”.`);
  const counterpart = requireCounterpart(counterpartText);
  const records = db
    .prepare(
      `SELECT r.id AS record_id, r.title, r.publisher, s.date, s.source_country, s.reason
         FROM records r JOIN record_sides s ON s.record_id = r.id
        WHERE r.id IN (SELECT record_id FROM record_countries WHERE country = ?)
          AND EXISTS (SELECT 1 FROM paragraph_topics pt WHERE pt.record_id = r.id AND pt.topic_id = ? AND pt.origin != 'removed')
        ORDER BY coalesce(s.date, '') DESC, r.title LIMIT ?`,
    )
    .all(counterpart, topic.id, maxRecords) as Row[];
  const home = homeCountry(db);
  const byId = new Map(records.map((r) => [r.record_id, timelineRecord(r, counterpart, home)]));
  const paragraphs = db.prepare(
    `SELECT p.id, p.label, p.text, pt.inferred, pt.reason FROM paragraph_topics pt JOIN paragraphs p ON p.id = pt.paragraph_id
      WHERE pt.record_id = ? AND pt.topic_id = ? AND pt.origin != 'removed' ORDER BY p.ordinal`,
  );
  for (const r of byId.values()) {
    r.paragraphs = (
      paragraphs.all(r.recordId, topic.id) as {
        id: string;
        label: string;
        text: string;
        inferred: number;
        reason: string | null;
      }[]
    ).map((p) => ({ id: p.id, label: p.label, text: p.text, inferred: p.inferred === 1, reason: p.reason }));
    speakers(db, r, counterpart, home);
  }
  return { topic: { id: topic.id, name: topic.name }, counterpart, meetings: groupMeetings([...byId.values()]) };
}

/** The most recent meeting with a counterpart: both sides' records of it and what was agreed. */
export function lastMeeting(db: Db, counterpartText: string): LastMeeting {
  const counterpart = requireCounterpart(counterpartText);
  const recent = db
    .prepare(
      `SELECT r.id AS record_id, r.title, r.publisher, s.date, s.source_country, s.reason
         FROM records r JOIN record_sides s ON s.record_id = r.id
        WHERE r.id IN (SELECT record_id FROM record_countries WHERE country = ?) AND s.date IS NOT NULL
        ORDER BY s.date DESC, r.title LIMIT 12`,
    )
    .all(counterpart) as Row[];
  const home = homeCountry(db);
  const meeting = groupMeetings(recent.map((r) => timelineRecord(r, counterpart, home)))[0] ?? null;
  if (!meeting) return { counterpart, meeting: null, agreed: [] };
  const lead = db.prepare('SELECT id, label, text FROM paragraphs WHERE record_id = ? ORDER BY ordinal LIMIT 2');
  for (const r of meeting.records) {
    r.paragraphs = (lead.all(r.recordId) as { id: string; label: string; text: string }[]).map((p) => ({
      ...p,
      inferred: false,
      reason: null,
    }));
  }
  const agreed = listLedger(db, { recordIds: meeting.records.map((r) => r.recordId) });
  return { counterpart, meeting, agreed };
}
