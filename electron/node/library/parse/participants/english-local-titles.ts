// English local and parliamentary offices the shared title grammar does not know, capitalised before
// the name: "Local MP Elisha Roe, joined the Mayor in welcoming …", "under the leadership of MSP A B",
// "attended by … and City Manager C D", "Principal E F led the delegation", "signed by Dean G H of …
// and Dean I J of …". "Dean" and "Principal" are also a given name and an adjective, and an MP is
// often only quoted, so the office is read only in a sentence that says who met whom: a cue of meeting
// before it, or the person as the subject of a verb of meeting or of leading the visit after it.

import { HEAD_SOURCE } from '../roles.ts';
import { type OfficeMet, officeMetMentions } from './english-lower-titles.ts';
import type { Mention } from './types.ts';

/** The office, capitalised, then a space and a capital: "MP", "MSP", "City Manager", "Chief Executive", "Dean". */
const LOCAL_OFFICE =
  /(?<![\p{L}-])(MPP|MSP|MLA|MEP|MNA|MP|(?:City|Town|County) (?:Manager|Administrator|Executive)|Chief Executive|Dean|Principal|Superintendent|Provost|Rector|Registrar)(?= \p{Lu})/gu;

/** A phrase of meeting, receiving, leading or attending earlier in the same sentence. */
const MEETING_CUE =
  /(?<![\p{L}])(?:called on|calls on|call on|paid (?:a )?(?:courtesy )?(?:call|visit)s? (?:on|to)|met|meets|met with|received|receives|hosted|welcomed|greeted|led by|headed by|(?:under )?the leadership of|represented by|accompanied by|joined by|along with|together with|signed by|attended by)(?![\p{L}])/u;

/** Or the one named is the subject of such a verb: "Principal E F led the delegation", "MP A B, joined the Mayor …". */
const SUBJECT_OF =
  /^,? (?:welcomed|received|met|hosted|greeted|led|headed|joined|accompanied|signed|called on|paid (?:a )?(?:courtesy )?(?:call|visit))(?![\p{L}])/u;

/** A name's first word that is itself an office ("Principal Secretary", "Dean Emeritus"): no name follows. */
const OFFICE_WORD = new RegExp(`^(?:${HEAD_SOURCE}|Emeritus|Private)$`, 'u');

const LOCAL: OfficeMet = {
  office: LOCAL_OFFICE,
  cue: MEETING_CUE,
  verbAfter: SUBJECT_OF,
  how: 'named after a local or parliamentary office',
  nameWords: (tokens) => !OFFICE_WORD.test(tokens[0] ?? ''),
};

export function localTitleMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (
    !/(?:MPP|MSP|MLA|MEP|MNA|MP|Manager|Administrator|Executive|Dean|Principal|Superintendent|Provost|Rector|Registrar) \p{Lu}/u.test(
      text,
    )
  )
    return [];
  return officeMetMentions(text, LOCAL, free);
}
