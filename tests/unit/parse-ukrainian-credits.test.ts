// Ukrainian stories credit the outlet they come from inside a sentence: "…, пише ПІК.", "Як повідомляє
// "Дзеркало тижня", …", "…, передають Новини Полісся." The desk files that outlet as the publisher when
// nothing stronger names one; a politician who "пише" in his channel is not an outlet.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ukrainianCredits } from '../../electron/node/library/parse/credits-ukrainian.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

test("'…, пише Вісник Приклад.' closing the lead makes Вісник Приклад the publisher", () => {
  const r = parseRecordText(
    [
      'Міністр зустрівся з послом Японії',
      'Міністр закордонних справ України провів зустріч з послом Японії, пише Вісник Приклад.',
      'Сторони обговорили відбудову енергетики.',
    ].join('\n'),
  );
  assert.equal(r.publisher, 'Вісник Приклад');
});

test('an outlet in quotation marks after "Як повідомляє" is credited; a quoted politician is not', () => {
  assert.deepEqual(ukrainianCredits('Як повідомляє "Газета Зразок", міністри говорили годину.'), ['Газета Зразок']);
  assert.deepEqual(
    ukrainianCredits('Петро Приклад провів зустріч з делегацією. «Радий зустрічі», – пише Приклад у Facebook.'),
    [],
  );
  assert.deepEqual(ukrainianCredits('Министр встретился с послом, пишет ТАСС.'), []);
});
