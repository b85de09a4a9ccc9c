// A book as a Yjs document: what one laptop writes, another reads back; concurrent edits merge.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as Y from 'yjs';
import { LOCAL_ORIGIN, localUndoManager, readBook, setText, writeBook } from '../../electron/node/desk/doc.ts';
import type { Book } from '../../electron/shared/types.ts';

function book(): Book {
  const point = (id: string, text: string) => ({
    id,
    sectionId: '',
    ordinal: 0,
    text,
    kind: 'talking-point' as const,
    marking: null,
    citation: null,
    drafted: false,
  });
  return {
    id: 'b1',
    title: 'Visit of the Foreign Minister of Viet Nam',
    meeting: 'Bilateral talks',
    meetingDate: '2026-12-10',
    place: 'Seoul',
    principal: 'Minister',
    counterpart: null,
    preparedBy: 'Viet Nam desk',
    classification: 'RESTRICTED',
    createdAt: '2026-12-01T00:00:00Z',
    updatedAt: '2026-12-01T00:00:00Z',
    sections: [
      {
        id: 's1',
        bookId: 'b1',
        key: 'key-messages',
        title: 'Key messages',
        ordinal: 0,
        points: [point('p1', 'We welcome the visit.'), point('p2', 'We will resume the Incheon–Hanoi route.')],
      },
      {
        id: 's2',
        bookId: 'b1',
        key: 'talking-points',
        title: 'Talking points',
        ordinal: 1,
        points: [point('p3', 'Development cooperation continues.')],
      },
    ],
  } as unknown as Book;
}

/** Two laptops that start from the same document and exchange their updates at the end. */
function twoLaptops() {
  const a = new Y.Doc();
  a.transact(() => writeBook(a, book()), LOCAL_ORIGIN);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  const exchange = () => {
    const [sa, sb] = [Y.encodeStateVector(a), Y.encodeStateVector(b)];
    const [ua, ub] = [Y.encodeStateAsUpdate(a, sb), Y.encodeStateAsUpdate(b, sa)];
    Y.applyUpdate(b, ua, 'desk');
    Y.applyUpdate(a, ub, 'desk');
  };
  return { a, b, exchange };
}

const edit = (doc: Y.Doc, change: (b: ReturnType<typeof readBook> & object) => void) => {
  const b = readBook(doc);
  assert.ok(b);
  change(b);
  doc.transact(() => writeBook(doc, b as unknown as Book), LOCAL_ORIGIN);
};

test('a book written into a document reads back the same', () => {
  const doc = new Y.Doc();
  writeBook(doc, book());
  const back = readBook(doc);
  assert.equal(back?.title, 'Visit of the Foreign Minister of Viet Nam');
  assert.deepEqual(
    back?.sections.map((s) => [s.id, s.points.map((p) => p.text)]),
    [
      ['s1', ['We welcome the visit.', 'We will resume the Incheon–Hanoi route.']],
      ['s2', ['Development cooperation continues.']],
    ],
  );
});

test('two officers typing in the same point keep both edits', () => {
  const { a, b, exchange } = twoLaptops();
  edit(a, (bk) => {
    (bk.sections[0]?.points[0] as { text: string }).text = 'We warmly welcome the visit.';
  });
  edit(b, (bk) => {
    (bk.sections[0]?.points[0] as { text: string }).text = 'We welcome the visit of the Minister.';
  });
  exchange();
  assert.equal(readBook(a)?.sections[0]?.points[0]?.text, 'We warmly welcome the visit of the Minister.');
  assert.deepEqual(readBook(a), readBook(b));
});

test('a point moved by one officer and reworded by another keeps both', () => {
  const { a, b, exchange } = twoLaptops();
  edit(a, (bk) => {
    const [s1, s2] = bk.sections;
    const moved = s1?.points.splice(1, 1)[0];
    if (moved && s2) s2.points.unshift(moved);
  });
  edit(b, (bk) => {
    (bk.sections[0]?.points[1] as { text: string }).text = 'We will resume the Incheon–Hanoi route in March.';
  });
  exchange();
  const merged = readBook(a);
  assert.deepEqual(
    merged?.sections[1]?.points.map((p) => p.text),
    ['We will resume the Incheon–Hanoi route in March.', 'Development cooperation continues.'],
  );
  assert.equal(merged?.sections[0]?.points.length, 1);
  assert.deepEqual(merged, readBook(b));
});

test('undo takes back only this officer’s change, never what came from the desk', () => {
  const { a, b, exchange } = twoLaptops();
  const undo = localUndoManager(a);
  edit(a, (bk) => {
    (bk.sections[1]?.points[0] as { text: string }).text = 'Development cooperation continues in health.';
  });
  edit(b, (bk) => {
    bk.title = 'Visit of the Foreign Minister';
  });
  exchange();
  undo.undo();
  const after = readBook(a);
  assert.equal(after?.sections[1]?.points[0]?.text, 'Development cooperation continues.');
  assert.equal(after?.title, 'Visit of the Foreign Minister');
});

test('setText changes only the span that differs', () => {
  const doc = new Y.Doc();
  const text = doc.getText('t');
  text.insert(0, 'abcdef');
  setText(text, 'abXYef');
  assert.equal(text.toString(), 'abXYef');
  setText(text, '');
  assert.equal(text.toString(), '');
});
