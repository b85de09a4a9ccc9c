// "в Посольстві відбулася зустріч": a neuter noun in -ство says where in the locative -стві, and the
// desk files it as "Посольство". An envoy's post named before his name ("Посол України в Хорватії
// Олександр Коваль") is no place, and the name after the country is never part of one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { ukrainianNominative } from '../../electron/node/library/parse/place/ukrainian.ts';

test('a meeting "в Посольстві" is filed under Посольство', () => {
  const r = parseRecordText(
    [
      'Посол зустрівся з ректором університету',
      '18 вересня в Посольстві відбулася зустріч Посла України в Італії Петра Зразка з ректором університету Марко Россі.',
    ].join('\n'),
  );
  assert.equal(r.place, 'Посольство');
  assert.equal(ukrainianNominative('Представництві'), 'Представництво');
  // A country's -тві is still the country's own -тва.
  assert.equal(ukrainianNominative('Литві'), 'Литва');
});

test("the envoy's name after his post's country is no part of a place", () => {
  const r = parseRecordText(
    [
      'Посол провів зустріч з деканом',
      'Посол України в Хорватії Олександр Коваль провів зустріч з деканом факультету Іваном Горватом.',
    ].join('\n'),
  );
  assert.ok(!(r.place ?? '').includes('Олександр'), String(r.place));
});
