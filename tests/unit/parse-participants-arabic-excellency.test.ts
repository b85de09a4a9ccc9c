// Gulf Arabic calls an ambassador "سعادة" (his excellency) and writes it with a preposition glued on
// ("رحب المحافظ بسعادة السفير", "متمنياً لسعادة السفير كل التوفيق": welcomed / wished the ambassador
// every success). Neither the honorific nor the wish is a name: the desk officer files the two who met.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const names = (text: string): string[] => parseRecordText(text).participants.map((p) => p.name ?? '');

test('"رحب المحافظ بسعادة السفير … متمنياً لسعادة السفير كل التوفيق والنجاح" lists no courtesy as a person', () => {
  const found = names(
    [
      'محافظ الشمالية يستقبل السفير الياباني',
      'استقبل الشيخ خالد بن أحمد آل سالم محافظ المحافظة الشمالية، سعادة السيد كينجي تاناكا سفير اليابان لدى مملكة البحرين.',
      'وقد رحب المحافظ بسعادة السفير، مؤكداً عمق العلاقات بين البلدين، متمنياً لسعادة السفير كل التوفيق والنجاح.',
    ].join('\n\n'),
  );
  assert.ok(found.includes('كينجي تاناكا'), found.join(' | '));
  assert.ok(!found.some((n) => n.includes('التوفيق') || n.includes('بسعادة') || n.startsWith('سعادة')), found.join(' | '));
});
