// A desk officer imports a report that the president "decided to receive" envoys this Monday ("decidiu receber
// nesta segunda-feira", "decidió recibir", "a décidé de recevoir"): the decision is told, the meeting is still a
// plan, and the record lists no one. A readout of the credentials received stays a meeting.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const read = (text: string) => parseRecordText(text);

test('a Portuguese report that the president "decidiu receber" envoys this Monday lists no one', () => {
  const parsed = read(
    [
      'Presidente recebe novos embaixadores em audiências privadas',
      'O presidente Carlos Mendes decidiu receber nesta segunda-feira as cartas credenciais de oito embaixadores recém-chegados ao país, entre eles o embaixador da Itália, Marco Rossi.',
      'Os embaixadores serão recebidos um a um, em audiências individuais.',
    ].join('\n\n'),
  );
  assert.deepEqual(parsed.participants, []);
});

test('a Portuguese readout of the credentials received stays a meeting', () => {
  const names = read(
    [
      'Presidente recebe cartas credenciais de novos embaixadores',
      'O presidente Carlos Mendes recebeu nesta segunda-feira as cartas credenciais do embaixador da Itália, Marco Rossi, no Palácio do Planalto.',
      'Na cerimônia, os dois conversaram sobre comércio.',
    ].join('\n\n'),
  ).participants.map((p) => p.name);
  assert.ok(names.includes('Carlos Mendes'));
  assert.ok(names.includes('Marco Rossi'));
});
