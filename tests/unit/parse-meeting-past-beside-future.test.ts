// A desk officer imports a readout that tells a meeting held in the same breath as something still to
// come: the ambassador "è stato ricevuto dal sindaco … in vista della sua prossima visita", the ministers
// "acordaron … una reunión en las próximas semanas" and "tuvieron este martes su primera reunión", a call
// held after "et planlagt statsbesøg" was called off, a consul "即将离任" (outgoing) received by the
// province. The meeting was held: the record reports it. A preview in the same words still reports none.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportsMeeting } from '../../electron/node/library/parse/participants/meeting.ts';

test('an Italian ambassador received by a mayor ahead of a coming visit ("è stato ricevuto … in vista della prossima visita") is a meeting', () => {
  assert.equal(
    reportsMeeting([
      "L'ambasciatore d'Italia in Cile, Marco Ferri, è stato ricevuto dal sindaco di Valparaíso, Jorge Soto, in vista della sua prossima visita a Genova.",
      'Il sindaco ha illustrato i progetti della città.',
    ]),
    true,
  );
});

test('Spanish ministers who agreed on a meeting to come and "tuvieron su primera reunión" today met', () => {
  assert.equal(
    reportsMeeting([
      'Los cancilleres de Chile y Perú acordaron este martes realizar una reunión de trabajo en Lima en las próximas semanas.',
      'Los dos cancilleres tuvieron este martes su primera reunión desde que asumió el nuevo gobierno.',
    ]),
    true,
  );
});

test('a Danish call held after a planned state visit was called off ("har i et opkald … diskuteret") is a meeting', () => {
  assert.equal(
    reportsMeeting([
      'Samtalen mellem de to ministre sker på baggrund af aflysningen af et planlagt statsbesøg i Norge.',
      'Udenrigsministeren har i et opkald til sin norske kollega tirsdag aften diskuteret et øget samarbejde i Arktis.',
    ]),
    true,
  );
});

test('a Chinese province receiving an outgoing consul ("会见即将离任的总领事") reports the meeting, not one to come', () => {
  assert.equal(
    reportsMeeting(['5月10日,省外办主任李明在昆明会见即将离任的泰国驻昆明总领事差猜。', '李明感谢差猜在任期内所做的工作。']),
    true,
  );
});

test('previews in the same languages still report no meeting', () => {
  assert.equal(reportsMeeting(['Il ministro degli Esteri sarà ricevuto domani dal presidente della Repubblica.']), false);
  assert.equal(reportsMeeting(['Los cancilleres acordaron realizar una reunión de trabajo en las próximas semanas.']), false);
  assert.equal(reportsMeeting(['省长王力将于下周会见即将离任的泰国驻昆明总领事差猜。']), false);
});
