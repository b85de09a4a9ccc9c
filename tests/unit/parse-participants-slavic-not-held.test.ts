// Russian and Ukrainian stories about a meeting that has not happened: still to come in the
// perfective future ("примет верительные грамоты"), only supposed ("предполагалась встреча"), or
// called off or missed ("отмена встречи", "не смог встретиться", "встреча не состоялась").
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('a Russian or Ukrainian meeting not held: nobody took part', () => {
  test('"примет верительные грамоты у новых послов": a ceremony still to come', () => {
    const got = names('Президент Иван Петров 12 марта примет верительные грамоты у 15 новых послов иностранных государств.');
    assert.deepEqual(got, []);
  });

  test('"не смог встретиться … встреча не состоялась": the governor and the ambassador did not meet', () => {
    const got = names(
      'Губернатор области Пётр Сидоров не смог встретиться с послом Франции Жаном Мартеном из-за несовпадения графиков.\n\nОтмену встречи в администрации объяснили техническими причинами.',
    );
    assert.deepEqual(got, []);
  });

  test('a meeting that did take place ("провёл встречу") keeps its people', () => {
    const got = names('Губернатор области Пётр Сидоров провёл встречу с послом Франции Жаном Мартеном.');
    assert.ok(got.length >= 1, String(got));
  });
});
