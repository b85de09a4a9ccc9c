// Whether an English record tells a meeting: two heads signing a memorandum sit at one table ("X and
// Y signed the MoU", "a memorandum … was signed", "at a signing ceremony"), so the record names its
// participants; a trip still under way to meet people ("are heading to Ottawa … to meet") has none
// yet; a law or a deal signed is no meeting.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { reportsMeeting } from '../../electron/node/library/parse/participants/meeting.ts';

const told = (text: string) => reportsMeeting(text.split('\n\n'));

describe('a memorandum signed is a meeting; a trip under way or a law signed is none', () => {
  test('"X and Y signed the memorandum"', () => {
    assert.equal(
      told('Mayor Ana Ruiz and Governor Piet Smit signed a memorandum of understanding on tourism in Cape Town on Friday.'),
      true,
    );
  });

  test('"a Memorandum of Understanding (MoU) between A and B was signed"', () => {
    assert.equal(
      told('A Memorandum of Understanding (MoU) between Northfield College and Harbour University was signed on Monday.'),
      true,
    );
  });

  test('"at a formal signing ceremony"', () => {
    assert.equal(
      told('The two universities renewed their partnership on 7 November at a formal signing ceremony at the Rector’s house.'),
      true,
    );
  });

  test('not fired: a law signed', () => {
    assert.equal(
      told('The governor signed the budget bill into law on Thursday, ending a month of debate in the assembly.'),
      false,
    );
  });

  test('not fired: premiers heading to a capital to meet', () => {
    assert.equal(
      told(
        'The provincial premiers are heading to Ottawa on March 3 on a joint mission to meet with federal ministers and business leaders.\n\nThe premiers say the tariffs would hurt workers on both sides of the border.',
      ),
      false,
    );
  });

  test('a trip told in the past still reports its meeting', () => {
    assert.equal(told('The premiers travelled to Ottawa on Monday and met with federal ministers to discuss tariffs.'), true);
  });
});
