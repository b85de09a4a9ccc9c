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

test('an Arabic "ومن المتوقع أن يلتقي" and a Korean schedule whose only past is negated ("잡히지 않았다") are plans', () => {
  assert.equal(reportsMeeting(['ومن المتوقع أن يلتقي رئيس الحكومة الإسبانية برئيس الحكومة المغربية يوم الخميس.']), false);
  assert.equal(
    reportsMeeting([
      '두 정상의 회담이 내일 오전 11시에 시작된다고 대통령실이 밝혔다.',
      '회담 후 공동 기자회견 일정은 잡히지 않았다.',
    ]),
    false,
  );
});

test('a Korean meeting held keeps its past beside a negated one ("만났지만 … 합의하지 못했다")', () => {
  assert.equal(reportsMeeting(['두 장관은 어제 서울에서 만나 회담했으나 공동성명에는 합의하지 못했다.']), true);
});

test('a Spanish meeting put off ("Se pospone la reunión") is no meeting held', () => {
  assert.equal(
    reportsMeeting(
      ['El equipo del canciller no ha dado una nueva fecha para el encuentro con los embajadores.'],
      'Se pospone la reunión del canciller con los embajadores',
    ),
    false,
  );
});
