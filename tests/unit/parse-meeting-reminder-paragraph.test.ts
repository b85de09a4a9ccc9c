// A desk officer imports a Ukrainian preview of talks in Kyiv that ends, as news sites do, on a reminder
// ("Нагадаємо, цього тижня президент провів переговори з …"): the talks recalled there are another week's.
// The record's own story ends where the reminder begins; a record whose own story tells a meeting keeps it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportsMeeting } from '../../electron/node/library/parse/participants/meeting.ts';

test('a Ukrainian preview followed by a reminder of earlier talks ("Нагадаємо, …") reports no meeting', () => {
  assert.equal(
    reportsMeeting([
      'Переговори президентів України та Словенії пройдуть у Києві в понеділок.',
      'Президент проведе зустріч із колегою у Маріїнському палаці.',
      'Нагадаємо, цього тижня президент провів переговори з прем’єр-міністром Норвегії.',
      'Він також зустрівся з делегацією Конгресу США.',
    ]),
    false,
  );
});

test('a Spanish reminder paragraph ("Cabe recordar que …") does not turn a preview into a meeting', () => {
  assert.equal(
    reportsMeeting([
      'El canciller se reunirá el jueves con su homólogo chileno en Santiago.',
      'Cabe recordar que ambos cancilleres se reunieron en marzo en Lima.',
    ]),
    false,
  );
});

test('a meeting told before the reminder is still the record’s own', () => {
  assert.equal(
    reportsMeeting([
      'Президент провів переговори з президентом Словенії у Києві в понеділок.',
      'Нагадаємо, минулого тижня він зустрівся з прем’єр-міністром Норвегії.',
    ]),
    true,
  );
});
