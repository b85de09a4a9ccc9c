// A desk officer exports several books in one session: the export worker stays warm between them, and a
// book exported after others comes out exactly as it does on its own (same text, same fonts, same pages),
// although fonts, shaped words and glyph numbering are shared across exports.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { exportBookPdf, type PrintableBook, stopPdfWorker, warmPdfWorker } from '../../electron/node/pdf/index.ts';
import type { Book, Section, TalkingPoint } from '../../electron/shared/types.ts';

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const text = (file: string) => run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']);
const fonts = (file: string) => run('pdffonts', [file]);
const page = (file: string, n: number) =>
  execFileSync('pdftoppm', ['-r', '40', '-gray', '-f', String(n), '-l', String(n), file], { maxBuffer: 64 * 1024 * 1024 });

function point(sectionId: string, ordinal: number, body: string): TalkingPoint {
  return { id: `${sectionId}-${ordinal}`, sectionId, ordinal, text: body, kind: 'talking-point', marking: null, citation: null };
}

function printable(title: string, texts: string[]): PrintableBook {
  const section: Section = {
    id: 's',
    bookId: 'b',
    key: 'talking-points',
    title: 'Talking points',
    ordinal: 0,
    points: texts.map((t, i) => point('s', i, t)),
  };
  const book: Book = {
    id: 'b',
    title,
    meeting: 'Bilateral consultations',
    meetingDate: '2021-06-15',
    place: 'Hà Nội',
    principal: 'Vice Minister',
    counterpart: 'Nguyễn Minh Vũ',
    preparedBy: 'Viet Nam Desk',
    classification: 'OFFICIAL',
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
    sections: [section],
  };
  return { book, records: [], generatedAt: '2021-06-10T09:00:00Z' };
}

// Two books with different letters: the first leaves glyphs (Cyrillic, Hangul, macrons, bold and italic)
// numbered in the shared numbering that the second does not use itself.
const FIRST = printable('Consultations in Seoul', [
  'Москва и Сеул обсудили сотрудничество; Māori whakataukī: he aha te mea nui.',
  '대한민국 외교부 장관은 베트남 부총리 겸 외교부 장관과 회담을 가졌다.',
  '**Quyết tâm** thúc đẩy *hợp tác* — “Zürich”, ½, €, №.',
]);
const SECOND = printable('Visit to Hà Nội', [
  'We value the comprehensive strategic partnership with Viet Nam: Phạm Bình Minh, Đà Nẵng, Quảng Ngãi.',
  'We will step up cooperation on vaccines, trade (USD 100 billion by 2023) and flights.',
]);

describe('several exports in one session', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'bb-pdf-session-'));
  });
  after(async () => {
    await stopPdfWorker();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a book exported after another reads, embeds and looks exactly as it does on its own', async () => {
    const alone = path.join(dir, 'alone.pdf');
    await stopPdfWorker();
    await exportBookPdf(SECOND, alone);
    await stopPdfWorker(); // a fresh worker: nothing shared with the export above

    const first = path.join(dir, 'first.pdf');
    const after = path.join(dir, 'after.pdf');
    await exportBookPdf(FIRST, first);
    await exportBookPdf(SECOND, after);

    const flat = (s: string) => s.replace(/\s+/g, ' ');
    assert.match(flat(text(first)), /Москва и Сеул/);
    assert.match(flat(text(first)), /대한민국 외교부 장관은/);
    assert.equal(text(after), text(alone));
    assert.match(flat(text(after)), /Phạm Bình Minh, Đà Nẵng, Quảng Ngãi/);
    const embedded = fonts(after);
    assert.doesNotMatch(embedded, /Type 3/);
    for (const line of embedded.split('\n').slice(2).filter(Boolean)) assert.match(line, /\byes yes yes\b/, line);
    for (let n = 1; n <= 3; n++) assert.ok(page(after, n).equals(page(alone, n)), `page ${n} looks the same`);
    assert.deepEqual(readdirSync(dir).sort(), ['after.pdf', 'alone.pdf', 'first.pdf']);
  });

  test('a worker warmed before the first export gives the same book', async () => {
    await stopPdfWorker();
    await warmPdfWorker();
    const warmed = path.join(dir, 'warmed.pdf');
    const res = await exportBookPdf(SECOND, warmed);
    assert.ok(res.pages >= 3);
    assert.equal(text(warmed), text(path.join(dir, 'alone.pdf')));
  });
});
