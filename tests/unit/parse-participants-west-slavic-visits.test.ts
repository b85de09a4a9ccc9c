// A Czech town reports an envoy's visit: "návštěva radnice a slavnostní přijetí, kterého se zúčastnili místostarostka
// A B a místostarosta C D", "velvyslankyně navštívila radnici", "recepce u velvyslance". A visit or a reception tells
// a meeting as German "Besuch" and French "visite" do: the desk officer gets the town's officers. A bare "přijetí" (also
// the adoption of a law) tells none, and a visit's day is no meeting date.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (paragraphs: string[]): [string, string | null][] =>
  parseRecordText(paragraphs.join('\n\n')).participants.map((p) => [p.name ?? '', p.role]);

describe('West Slavic visits and receptions', () => {
  test('a Czech record of a visit and a formal reception lists the deputy mayors present', () => {
    assert.deepEqual(
      people([
        'Velvyslankyně na radnici',
        'Součástí programu byla návštěva radnice a slavnostní přijetí, kterého se zúčastnili rovněž místostarostka Jana Malá a místostarosta Karel Veselý.',
      ]),
      [
        ['Jana Malá', 'místostarostka'],
        ['Karel Veselý', 'místostarosta'],
      ],
    );
  });

  test('"navštívila radnici … starosta města Petr Dvořák" lists the mayor', () => {
    assert.deepEqual(
      people(['Velvyslankyně na radnici', 'Velvyslankyně Chile navštívila radnici. Přijal ji starosta města Petr Dvořák.']),
      [['Petr Dvořák', 'starosta města']],
    );
  });

  test('a Polish visit begun on a Monday gives that Monday no meeting date', () => {
    const r = parseRecordText(
      [
        'Minister w Nowym Jorku',
        'W poniedziałek 19 września minister Jan Nowak rozpoczął wizytę w Nowym Jorku. We wtorek spotka się z ministrami.',
      ].join('\n\n'),
    );
    assert.equal(r.meetingDate, null);
  });
});
