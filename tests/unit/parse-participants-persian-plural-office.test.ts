// Persian names two ministers before one plural office: "علی نمونه زاده و پیتر مثال وزیران خارجه جمهوری
// اسلامی و آلمان … دیدار کردند". The desk lists both, each with the country in the same order. Dari
// writes the acting minister as "سرپرست این وزارت" (acting head of this ministry) after the name. A single
// name before the plural office is not split into two people.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (paragraphs: string[]) =>
  parseRecordText(paragraphs.join('\n\n')).participants.map((p) => [p.name, p.role, p.country]);

test('"X و Y وزیران خارجه جمهوری اسلامی و آلمان" lists both ministers with their countries in order', () => {
  const found = people([
    'وزیران خارجه آلمان و ایران در برلین گفت‌وگو کردند',
    'علی نمونه زاده و پیتر مثال وزیران خارجه جمهوری اسلامی و آلمان روز شنبه در برلین دیدار کردند.',
  ]);
  assert.ok(
    found.some(([n, , c]) => n === 'علی نمونه زاده' && c === 'Iran'),
    JSON.stringify(found),
  );
  assert.ok(
    found.some(([n, , c]) => n === 'پیتر مثال' && c === 'Germany'),
    JSON.stringify(found),
  );
});

test('Dari "X، سرپرست این وزارت" names the acting minister; a plural office after one name lists one', () => {
  const found = people([
    'دیدار با سفرا در دوحه',
    'سخنگوی وزارت خارجه گفته که کریم مثال زاده، سرپرست این وزارت در دوحه با سفرای کشورهای مختلف دیدار نموده است.',
  ]);
  assert.ok(
    found.some(([n]) => n === 'کریم مثال زاده'),
    JSON.stringify(found),
  );
  const one = people(['نشست در تهران', 'امروز حسن نمونه وزیران خارجه منطقه را در تهران پذیرفت و با آنان دیدار کرد.']);
  assert.ok(!one.some(([n]) => n === 'امروز'), JSON.stringify(one));
  assert.ok(one.length <= 1, JSON.stringify(one));
});
