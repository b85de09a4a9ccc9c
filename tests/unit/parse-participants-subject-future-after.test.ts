// A person whose own verb, right after the name, is a future is still to meet the visitor: the
// desk officer does not get them as someone in the room. English had "X will …" and "X is to …";
// French, German, Dutch, Spanish, Portuguese, Vietnamese and Indonesian make that future with a helper
// word right after the subject too, and a party in brackets may stand between.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('a person whose own future follows the name is still to be met', () => {
  test('a French record: "le Premier ministre X doit se rendre lundi en France" names someone not yet met', () => {
    const got = names(
      "Le ministre des Affaires étrangères Paul Martin s'est entretenu mardi à Paris avec son homologue belge Marc Dubois.\n\nL'entretien a eu lieu alors que le Premier ministre belge Luc Janssens doit se rendre lundi en France pour rencontrer son homologue.",
    );
    assert.ok(got.includes('Paul Martin') && got.includes('Marc Dubois'));
    assert.ok(!got.includes('Luc Janssens'));
  });

  test('a German preview: "Außenministerin X (Grüne) will am Dienstag … empfangen" has her receive no one yet', () => {
    const got = names(
      'Der Bürgermeister Klaus Weber hat am Montag im Rathaus den Botschafter Jan Novak empfangen.\n\nAußenministerin Anna Richter (Grüne) will am Dienstag in Berlin ihren Amtskollegen empfangen.',
    );
    assert.ok(got.includes('Klaus Weber') && got.includes('Jan Novak'));
    assert.ok(!got.includes('Anna Richter'));
  });

  test('a Vietnamese line "Tổng thống X sẽ thăm Nhật Bản" tells a visit still to come', () => {
    const got = names(
      'Chiều 5/3, tại Hà Nội, Bộ trưởng Ngoại giao Nguyễn Văn An đã tiếp Đại sứ Nhật Bản Tanaka Ichiro.\n\nTổng thống Hàn Quốc Kim Min-su sẽ thăm Nhật Bản trong hai ngày kể từ ngày 23 tuần tới.',
    );
    assert.ok(got.includes('Nguyễn Văn An'));
    assert.ok(!got.includes('Kim Min-su'));
  });

  test('a Spanish agenda: "el canciller X va a reunirse el jueves con …" is a plan, while "recibió" reports the meeting', () => {
    const got = names(
      'La presidenta Ana López recibió este lunes en Palacio Nacional al primer ministro de Portugal, Rui Costa.\n\nEl canciller Jorge Pérez va a reunirse el jueves con empresarios portugueses.',
    );
    assert.ok(got.includes('Ana López') && got.includes('Rui Costa'));
    assert.ok(!got.includes('Jorge Pérez'));
  });

  test('an Italian lead on the next leg ("X partirà stasera per Mosca, dove incontrerà Y") keeps X, who met Y\'s colleague yesterday', () => {
    const got = names(
      'Il Ministro degli Esteri Marco Rossi partirà stasera per Mosca, dove domani incontrerà il collega russo Ivan Petrov.\n\nIeri, il capo della diplomazia italiana ha avuto un incontro a Kiev con il collega ucraino Taras Bondar.',
    );
    assert.ok(got.includes('Marco Rossi'), String(got));
  });
});
