// German local news writes the lord mayor as "OB" and a member of a parliament as "MdB", "MdL" or
// "Landtagsabgeordneter", before the name as any office. The desk officer files each with the office as written.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (paragraphs: string[]): [string, string | null][] =>
  parseRecordText(paragraphs.join('\n\n')).participants.map((p) => [p.name ?? '', p.role]);

describe('German short office titles', () => {
  test('"OB Peter Maier empfing …" lists the lord mayor', () => {
    assert.deepEqual(
      people(['Besuch im Rathaus', 'OB Peter Maier empfing am Montag den Botschafter Frankreichs im Rathaus.']).filter(
        ([n]) => n === 'Peter Maier',
      ),
      [['Peter Maier', 'OB']],
    );
  });

  test('members of parliament written "MdB" and "Landtagsabgeordneter" are listed', () => {
    assert.deepEqual(
      people([
        'Besuch im Rathaus',
        'Beim Empfang im Rathaus begrüßte MdB Anna Schmidt die Gäste, auch Landtagsabgeordneter Klaus Huber war gekommen.',
      ]),
      [
        ['Anna Schmidt', 'MdB'],
        ['Klaus Huber', 'Landtagsabgeordneter'],
      ],
    );
  });
});
