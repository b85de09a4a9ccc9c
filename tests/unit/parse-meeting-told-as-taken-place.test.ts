// A desk officer imports two short stories whose meeting is told without the usual past verb. A Spanish embassy note
// says "La primera reunión fue en marzo pasado" (the first meeting was last March) beside the plans it laid for the
// months to come; an Indonesian provincial release tells the governor's words and then, with its full stop lost,
// "Hal tersebut disampaikan … dalam jamuan makan malam" (so he said at the dinner). Both report a meeting held.
// A meeting that was only called for later ("fue convocada para"), or a said-sentence that looks ahead ("akan"), does not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportsMeeting } from '../../electron/node/library/parse/participants/meeting.ts';
import { toldPast } from '../../electron/node/library/parse/participants/meeting-tense.ts';

test('a Spanish or Portuguese meeting that "fue", "tuvo lugar" or "ocorreu" is told as taken place', () => {
  assert.equal(
    toldPast('La primera reunión fue en marzo pasado, y allí se trazó la ruta que se seguiría en los meses venideros.'),
    true,
  );
  assert.equal(toldPast('O encontro ocorreu no Palácio do Itamaraty.'), true);
  assert.equal(toldPast('La reunión fue convocada para el próximo lunes.'), false);
  const texts = [
    'El embajador quiere estrechar las relaciones con la Cámara de Comercio de la ciudad.',
    'La primera reunión fue en marzo pasado, y en ella se trazó la ruta que se seguiría en los meses venideros.',
  ];
  assert.equal(reportsMeeting(texts, 'Embajador participa en segunda reunión con la Cámara de Comercio'), true);
});

test('an Indonesian "Hal tersebut disampaikan … dalam jamuan" after a lost full stop tells the dinner held', () => {
  const texts = [
    'Wakil Gubernur mengatakan kerja sama kedua provinsi perlu ditingkatkan.',
    'Kedua provinsi akan menjadi tuan rumah pekan olahraga tahun depan Hal tersebut disampaikan Wakil Gubernur dalam jamuan makan malam dan silaturahmi dengan rombongan DPRD.',
  ];
  assert.equal(reportsMeeting(texts, 'Wakil Gubernur dorong komunikasi antarprovinsi'), true);
  assert.equal(toldPast('Hal itu disampaikan Menteri menjelang kunjungan yang akan dilakukan pekan depan.'), false);
});
