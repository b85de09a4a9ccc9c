// Saudi and Gulf releases post an envoy "لدى المملكة" (to the Kingdom, the host) and write the name
// right after it: "السفير الأميركي لدى المملكة جون سميث", "نائب سفير الولايات المتحدة الأمريكية لدى
// المملكة …". "المملكة" stands alone there; a state's own name follows only "مملكة"/"جمهورية" written
// without the article ("لدى جمهورية السنغال"). The name ends before "يرافقها" (accompanied by) and
// before the thanks the guest offers ("قدمت … الشكر").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants;
const names = (text: string): string[] => people(text).map((p) => p.name ?? '');

test('"والسفير الأميركي لدى المملكة جون سميث": the envoy to the Kingdom is named, and he is American', () => {
  const found = people(
    'التقى وزير الخارجية السعودي الأمير فيصل بن فرحان في الرياض اليوم، بحضور السفير الأميركي لدى المملكة جون سميث.',
  );
  const envoy = found.find((p) => p.name === 'جون سميث');
  assert.ok(envoy, JSON.stringify(found.map((p) => p.name)));
  assert.equal(envoy.country, 'United States');
});

test('"وسفير جمهورية مصر العربية لدى المملكة أحمد سالم": the posting to the Kingdom is not read as part of the name', () => {
  const found = names('وحضر اللقاء وزير الخارجية سامح شكري، وسفير جمهورية مصر العربية لدى المملكة أحمد سالم.');
  assert.ok(found.includes('أحمد سالم'), found.join(' | '));
});

test('"نائب سفير الولايات المتحدة الأمريكية لدى المملكة … يرافقها القنصل": the deputy envoy, without her escort or her thanks', () => {
  const found = names(
    [
      'استقبل الأمير سعود بن طلال محافظ الأحساء، بمكتبه اليوم، نائب سفير الولايات المتحدة الأمريكية لدى المملكة ماري جونز يرافقها القنصل الأمريكي.',
      'من جهتها قدمت نائب سفير الولايات المتحدة الأمريكية لدى المملكة ماري جونز الشكر لسمو المحافظ على حفاوة الاستقبال.',
    ].join('\n'),
  );
  assert.ok(found.includes('ماري جونز'), found.join(' | '));
  assert.ok(!found.some((n) => n.includes('يرافقها') || n.includes('الشكر')), found.join(' | '));
});
