// A desk officer imports previews that say what is still to come in their own language's grammar: an
// Italian "avrà tre incontri", a Ukrainian "переговори пройдуть", a French "sera enfin reçu", a Dutch
// "zal … een gesprek hebben", a Swedish trip "för att samtala", a Portuguese "viaja … para se reunir",
// a Tagalog "magpupulong", a Korean plan reported by the ministry ("체결한다고 밝혔다"). None of them is a
// meeting held. The same languages telling a meeting held still report one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportsMeeting } from '../../electron/node/library/parse/participants/meeting.ts';

test('an Italian "avrà il primo di due incontri" is a meeting still to come', () => {
  assert.equal(
    reportsMeeting(['Al rientro a Roma, il ministro avrà il primo di due incontri bilaterali con il collega tunisino.']),
    false,
  );
});

test('Ukrainian and Russian talks that "пройдуть" / "состоятся" are still to come', () => {
  assert.equal(reportsMeeting(['Переговори президентів пройдуть у Києві в понеділок.']), false);
  assert.equal(reportsMeeting(['Переговоры министров состоятся в Минске во вторник.']), false);
});

test('a French ambassador who "sera enfin reçu" by the king has not been received yet', () => {
  assert.equal(reportsMeeting(['Le nouvel ambassadeur sera enfin reçu en audience mardi par le souverain.']), false);
});

test('a Dutch "zal … een gesprek hebben" is a plan, not the perfect of "hebben"', () => {
  assert.equal(reportsMeeting(['In Wenen zal de premier een gesprek hebben met de Oostenrijkse bondskanselier.']), false);
});

test('a trip told in the present whose purpose is a meeting (Swedish, Portuguese) is a plan', () => {
  assert.equal(
    reportsMeeting(['Utrikesministern reser till Helsingfors på tisdag för att samtala med sin finländske kollega.']),
    false,
  );
  assert.equal(
    reportsMeeting(['O chanceler viaja nesta quinta-feira a Lisboa para se reunir com o primeiro-ministro português.']),
    false,
  );
});

test('a Tagalog "magpupulong" and a Korean plan reported by the ministry ("체결한다고 밝혔다") are still to come', () => {
  assert.equal(reportsMeeting(['Ang dalawang kalihim ay magpupulong sa Maynila sa susunod na linggo.']), false);
  assert.equal(reportsMeeting(['외교부는 양국 장관이 다음 달 회담을 열고 협정을 체결한다고 밝혔다.']), false);
});

test('the same languages telling a meeting held still report it', () => {
  assert.equal(reportsMeeting(['Il ministro ha incontrato ieri il collega tunisino alla Farnesina.']), true);
  assert.equal(reportsMeeting(['Президенти провели переговори у Києві в понеділок.']), true);
  assert.equal(
    reportsMeeting(['Le nouvel ambassadeur a été reçu mardi par le souverain, qui a reçu ses lettres de créance.']),
    true,
  );
  assert.equal(reportsMeeting(['De premier heeft in Wenen een gesprek gehad met de Oostenrijkse bondskanselier.']), true);
  assert.equal(reportsMeeting(['O chanceler viajou a Lisboa e reuniu-se com o primeiro-ministro português.']), true);
  assert.equal(reportsMeeting(['외교부는 양국 장관이 어제 회담을 열고 협정을 체결했다고 밝혔다.']), true);
});
