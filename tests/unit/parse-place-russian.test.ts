// Russian says where with the prepositional case: "в Гамбурге", "в Нью-Йорке", "в Анталье", "в Горках".
// A desk officer filing a Russian readout wants the city as it is called ("Гамбург"), the way the
// English one reads "Hamburg"; a feminine city ("в Москве") keeps its -а when the record shows it, and
// Ukrainian endings ("у Вашингтоні") and two-word venues are left as written.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { russianNominative } from '../../electron/node/library/parse/place/russian.ts';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string): string | null => findPlace(text.split('\n\n'))?.place ?? null;

describe('where a Russian readout says the meeting was', () => {
  test('"провели переговоры … в Гамбурге" gives Гамбург', () => {
    assert.equal(
      place('Министр иностранных дел РФ Сергей Лавров и госсекретарь США провели переговоры на полях саммита в Гамбурге.'),
      'Гамбург',
    );
  });

  test('"встречу … в Нью-Йорке" gives Нью-Йорк, a hyphenated name', () => {
    assert.equal(place('Лавров проводит встречу с генеральным секретарем ООН в Нью-Йорке во вторник.'), 'Нью-Йорк');
  });

  test('-ье, -ии and the plural -ах come back to -ья, -ия and -и/-ы', () => {
    assert.equal(russianNominative('Анталье'), 'Анталья');
    assert.equal(russianNominative('Софии'), 'София');
    assert.equal(russianNominative('Горках'), 'Горки');
    assert.equal(russianNominative('Каннах'), 'Канны');
  });

  test('a feminine city keeps its -а when the record writes it so elsewhere', () => {
    assert.equal(russianNominative('Москве', 'Мэр Москвы встретился с послом.'), 'Москва');
    assert.equal(russianNominative('Брюсселе', 'Встреча в Брюсселе. Брюссель принял гостей.'), 'Брюссель');
    // No Russian word ends in a consonant and в: "в Москве" is Москва even when the record says no more.
    assert.equal(russianNominative('Москве'), 'Москва');
  });

  test('Ukrainian endings and two-word venues stay as written', () => {
    assert.equal(russianNominative('Вашингтоні'), 'Вашингтоні');
    assert.equal(russianNominative('Большом Кремлевском'), 'Большом Кремлевском');
    assert.equal(russianNominative('Ханое'), 'Ханое');
    // Кремль or Сеул: an -ле ending cannot tell, so the word stays as the record wrote it.
    assert.equal(russianNominative('Кремле'), 'Кремле');
  });
});
