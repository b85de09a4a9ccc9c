// Many releases and papers open on the city they were filed from and a dash: "Pretoria - The Deputy
// Minister …", "ROMA – Il ministro …", "Praha - Prezident …", "Luanda — Angolan Head of State …",
// "Brasília: A cerimônia …". A one-word outlet tag opens the same way ("Kinhtedothi -", "NDO -"), but a
// desk officer knows a capital city is where the story was filed, never who published it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const publisher = (paragraphs: string[]): string | null => parseRecordText(paragraphs.join('\n\n')).publisher;

describe('a capital city before the dash is the dateline, not the publisher', () => {
  test('"Pretoria - The Deputy Minister …" names no publisher', () => {
    assert.equal(
      publisher([
        'Deputy Minister receives the Ambassador of Chile',
        'Pretoria - The Deputy Minister of International Relations received the Ambassador of Chile, Ana Soto, at the OR Tambo Building on Tuesday.',
        'The two discussed trade and the coming session of the joint commission.',
      ]),
      null,
    );
  });

  test('a capital in capitals ("ROMA –") or with its accent ("Brasília:") is no outlet either', () => {
    assert.equal(
      publisher([
        'ROMA – Il ministro degli Esteri ha ricevuto oggi alla Farnesina l’omologo greco per un colloquio bilaterale.',
        'I due ministri hanno parlato della situazione nel Mediterraneo.',
      ]),
      null,
    );
    assert.equal(
      publisher([
        'Presidente recebe credenciais de embaixadores',
        'Brasília: A presidente recebeu nesta quarta-feira as credenciais de doze embaixadores no Palácio do Planalto.',
      ]),
      null,
    );
  });

  test('an outlet\'s own one-word tag before the dash still names it ("Kinhtedothi -")', () => {
    assert.equal(
      publisher([
        'Bộ trưởng Ngoại giao tiếp Đại sứ Nhật Bản',
        'Kinhtedothi - Chiều 12/3, tại Hà Nội, Bộ trưởng Ngoại giao đã tiếp Đại sứ Nhật Bản tại Việt Nam.',
      ]),
      'Kinhtedothi',
    );
  });
});
