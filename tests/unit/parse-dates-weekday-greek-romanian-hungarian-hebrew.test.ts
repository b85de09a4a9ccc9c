// A desk officer imports Greek, Romanian, Hungarian and Hebrew news that date the meeting only by its weekday, "on
// Tuesday", as German "am Dienstag" or Spanish "el martes" already do: the day is the last such weekday up to the
// record's date. "Next Tuesday" and Romanian "luni" meaning "months" date nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const meeting = (lines: string[]) => parseRecordText(lines.join('\n\n')).meetingDate;

// 12 May 2023 was a Friday: Monday is the 8th, Tuesday the 9th.
const TABLE: [string, string[], string | null][] = [
  [
    'Greek "την Τρίτη"',
    [
      'Συνάντηση δημάρχου με τον πρέσβη',
      '12 Μαΐου 2023',
      'Ο δήμαρχος συναντήθηκε την Τρίτη με τον πρέσβη της Ιαπωνίας στο δημαρχείο.',
    ],
    '2023-05-09',
  ],
  [
    'Greek "τη Δευτέρα"',
    ['Συνάντηση δημάρχου με τον πρέσβη', '12 Μαΐου 2023', 'Ο δήμαρχος υποδέχθηκε τη Δευτέρα τον πρέσβη της Ιαπωνίας.'],
    '2023-05-08',
  ],
  [
    'Romanian "marți"',
    ['Întâlnire cu ambasadorul', '12 mai 2023', 'Primarul s-a întâlnit marți cu ambasadorul Japoniei la sediul primăriei.'],
    '2023-05-09',
  ],
  [
    'Romanian "Luni," opening the sentence',
    ['Întâlnire cu ambasadorul', '12 mai 2023', 'Luni, primarul l-a primit pe ambasadorul Japoniei la primărie.'],
    '2023-05-08',
  ],
  [
    'Romanian "luni" meaning months',
    [
      'Întâlnire cu ambasadorul',
      '12 mai 2023',
      'Primarul l-a primit pe ambasadorul Japoniei, care se află în oraș de trei luni, la primărie.',
    ],
    null,
  ],
  [
    'Hungarian "kedden"',
    ['Találkozó a nagykövettel', '2023. május 12.', 'A polgármester kedden fogadta Japán nagykövetét a városházán.'],
    '2023-05-09',
  ],
  [
    'Hungarian "jövő kedden" (next Tuesday)',
    ['Találkozó a nagykövettel', '2023. május 12.', 'A polgármester jövő kedden fogadja Japán nagykövetét a városházán.'],
    null,
  ],
  [
    'Hebrew "ביום שלישי"',
    ['פגישה עם השגריר', '12 במאי 2023', 'ראש העיר נפגש ביום שלישי עם שגריר יפן בבניין העירייה.'],
    '2023-05-09',
  ],
  [
    'Hebrew "ביום שלישי הבא" (next Tuesday)',
    ['פגישה עם השגריר', '12 במאי 2023', 'ראש העיר ייפגש ביום שלישי הבא עם שגריר יפן בבניין העירייה.'],
    null,
  ],
];

for (const [form, lines, expected] of TABLE) {
  test(`a record dating its meeting by ${form} reads ${expected ?? 'no day'}`, () => {
    assert.equal(meeting(lines), expected);
  });
}
