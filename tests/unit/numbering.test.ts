import assert from 'node:assert/strict';
import { test } from 'node:test';
import { numberedSections, pointNumber, sectionNumber } from '../../electron/shared/numbering.ts';

test('sections are numbered by their order in the book, empty or not, so "point 3.2" is the same everywhere', () => {
  const book = {
    sections: [
      { id: 'talking', ordinal: 2 },
      { id: 'objectives', ordinal: 0 },
      { id: 'key', ordinal: 1 },
    ],
  };
  assert.deepEqual(
    numberedSections(book.sections).map((s) => [s.section.id, s.number]),
    [
      ['objectives', 1],
      ['key', 2],
      ['talking', 3],
    ],
  );
  assert.equal(sectionNumber(book, { id: 'talking' }), 3);
  assert.equal(pointNumber(sectionNumber(book, { id: 'talking' }), 1), '3.2');
});
