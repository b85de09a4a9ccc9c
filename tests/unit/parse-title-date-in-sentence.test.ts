// A page may copy a headline, its date and the lead onto one line; the headline ends where the date
// begins. A date brought in by its preposition ("lud am 06.04.2022 …", "held on 12.03.2021 …") is the
// sentence's own: the line is the text's first sentence, not a headline glued to its date.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const parse = (text: string) => parseRecordText(text);

describe("a date inside the lead's sentence", () => {
  test('German "am" before the date: the lead stays whole, the headline above it stays the headline', () => {
    const text = [
      'Empfang der Konsuln im Rathaus',
      '',
      'Die Oberbürgermeisterin von Bremen, Anna Schulz, lud am 14.05.2023 die neuen Konsuln in den Festsaal des Rathauses ein. Sie sprach mit ihnen über die Häfen.',
    ].join('\n');
    const r = parse(text);
    assert.equal(r.title, 'Empfang der Konsuln im Rathaus');
    assert.ok(
      r.paragraphs.some((p) => p.text.startsWith('Die Oberbürgermeisterin von Bremen, Anna Schulz, lud am 14.05.2023 die')),
    );
  });

  test('a headline glued to its date and lead is still cut at the date', () => {
    const text =
      'Außenminister empfängt Amtskollegen aus Chile 14.05.2023 Der Außenminister hat am Dienstag seinen Amtskollegen aus Chile in Berlin empfangen. Beide sprachen über Handel.';
    assert.equal(parse(text).title, 'Außenminister empfängt Amtskollegen aus Chile');
  });
});
