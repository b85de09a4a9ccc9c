// A desk officer leaves out of the room the people a record only recalls: the ambassador of a meeting
// "last year" (Korean spells it "지난해" or "지난 해", and a page that loses a quote's marks glues it to the
// speaker's office), the president who "has visited Korea twice", and, as in English, the person thanked
// in Spanish, Portuguese, French, Italian or German.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const names = (text: string): string[] => parseRecordText(text).participants.map((p) => p.name ?? '');

test('"지난 해 X 대사와의 면담 이후", said by the host, recalls last year\'s ambassador, not today\'s guest', () => {
  const record = (said: string): string[] =>
    names(
      [
        '도의회 의장, 중국 대리대사 접견',
        '김민수 도의회 의장은 26일 의장실에서 왕리 주한중국대리대사를 접견하고 교류 방안을 논의했다.',
        said,
      ].join('\n\n'),
    );
  for (const said of [
    '박철수 교류협회장은 “지난 해 장웨이 중국대사와의 면담 이후 협회의 활동이 재개되었다”고 밝혔다.',
    '박철수 교류협회장지난 해 장웨이 중국대사와의 면담 이후 협회의 활동이 재개되었다고 밝혔다.',
  ]) {
    const got = record(said);
    assert.ok(got.includes('왕리'), JSON.stringify(got));
    assert.ok(!got.includes('장웨이'), JSON.stringify(got));
  }
});

test('a president who "has visited Korea twice", in Korean or English, is recalled, not received', () => {
  const ko = names(
    [
      '르완다 독립기념 리셉션 개최',
      '주르완다 한국대사관은 4일 키갈리에서 리셉션을 열었으며, 이정호 대사와 무샤 외교장관이 참석했다.',
      '이정호 대사는 축사에서 “폴 카가메 대통령이 한국을 2번이나 방문하였고, 양국 관계가 깊어졌다”고 말했다.',
    ].join('\n\n'),
  );
  assert.ok(ko.includes('이정호'), JSON.stringify(ko));
  assert.ok(!ko.some((n) => n.includes('카가메')), JSON.stringify(ko));
  const en = names(
    [
      'Ambassador hosts national day reception',
      'Kigali, 4 October 2013: Ambassador John Park hosted a reception attended by Foreign Minister Anna Muka.',
      'In his remarks, Ambassador Park noted that President Paul Kagame has visited Korea twice since 2010.',
    ].join('\n\n'),
  );
  assert.ok(en.includes('Anna Muka'), JSON.stringify(en));
  assert.ok(!en.includes('Paul Kagame'), JSON.stringify(en));
});

test('the person thanked in Spanish, French or Italian is mentioned, as "thanked" is in English', () => {
  const cases: [string, string][] = [
    ['El embajador agradeció el apoyo del presidente Ricardo Pérez a la comunidad.', 'Ricardo Pérez'],
    ["L'ambassadeur a remercié le président Michel Durand pour son soutien.", 'Michel Durand'],
    ['Il console ha ringraziato il presidente Marco Rossi per il sostegno.', 'Marco Rossi'],
  ];
  for (const [thanks, thanked] of cases) {
    const got = names(
      [
        'Visita del cónsul',
        `El 3 de mayo de 2024, el alcalde Juan Gómez recibió al cónsul Luis Ortega en el ayuntamiento. ${thanks}`,
      ].join('\n\n'),
    );
    assert.ok(got.includes('Juan Gómez'), JSON.stringify(got));
    assert.ok(!got.includes(thanked), JSON.stringify(got));
  }
});
