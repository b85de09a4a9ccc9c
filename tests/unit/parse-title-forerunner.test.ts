// Some saved pages open with the headline's forerunner rather than the lead: a teaser of the headline cut
// short ("Ministers agree on a new ferry line between Tallinn and H..."), or a summary sentence, with the
// headline below it and the lead after. The desk officer reads the headline, not the teaser or summary.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

describe("the headline's forerunner on the first line", () => {
  test('a teaser cut short above the whole headline gives way to it', () => {
    const r = parseRecordText(
      [
        'Ministers agree on a new ferry line between Tallinn and H...',
        'Ministers agree on a new ferry line between Tallinn and Helsinki during the foreign minister’s visit',
        'Foreign Minister Kari Laine received his Estonian counterpart Mart Tamm in Helsinki on Monday. The two agreed to open a new ferry line.',
        'They also discussed energy links across the Gulf of Finland.',
      ].join('\n'),
    );
    assert.equal(r.title, 'Ministers agree on a new ferry line between Tallinn and Helsinki during the foreign minister’s visit');
  });

  test('a summary sentence above the headline gives way to it', () => {
    const r = parseRecordText(
      [
        'Die Bürgermeisterin von Bregenz hat am Dienstag den neuen Schweizer Botschafter zu einem Antrittsbesuch im Rathaus empfangen.',
        '',
        'Bürgermeisterin empfängt neuen Schweizer Botschafter im Rathaus',
        '',
        '(red) - Am Dienstag empfing Bürgermeisterin Anna Berger den Schweizer Botschafter Urs Keller im Rathaus. Die beiden sprachen über den Grenzverkehr.',
      ].join('\n'),
    );
    assert.equal(r.title, 'Bürgermeisterin empfängt neuen Schweizer Botschafter im Rathaus');
  });

  test('a short headline ending in a full stop, with its deck below, stays the headline', () => {
    const r = parseRecordText(
      [
        'Erdoğan received the ambassadors.',
        'President Erdoğan received the letters of the new ambassadors',
        'President Recep Tayyip Erdoğan received the letters of credence of the ambassadors of Albania, the Philippines and Greece at the presidential complex.',
      ].join('\n'),
    );
    assert.equal(r.title, 'Erdoğan received the ambassadors');
  });
});
