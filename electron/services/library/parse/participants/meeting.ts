// Whether the record reports a meeting at all. A press conference, a speech, an interview or a
// letter names many people, none of them "in the room" with a counterpart: such a record has no
// participants (the labelling rule: a record with no meeting has none).

/** Words that report a meeting, a call or a visit, in the languages the desks read. */
const MEETING =
  /\b(?:met|meet|meets|meeting|talks|talked|held (?:a |an )?(?:talks|meeting|call|conversation|dialogue|consultations?)|(?:phone|telephone|video) (?:call|conversation|talks)|called on|received|receives|welcomed|welcomes|hosted|hosts|visit(?:s|ed|ing)?|courtesy call|bilateral|summit|dialogue|consultations?|pull-aside|sidelines)\b|hội đàm|hội kiến|điện đàm|tiếp|gặp|làm việc với|thăm|회담|면담|통화|접견|만나|만났|예방|방문|협의|bertemu|pertemuan|menerima|berkunjung|bilateral|会见|会谈|通话|会晤|举行|會見|會談|會晤|通電話|会談|会見|立ち話|電話会談|会合|訪問|访问|nakipag-usap|nag-usap|nagpulong|pulong|telepono|rencontr|entretien|s’est entretenu|traf|Treffen|Gespräch|встреч|переговор|reuni|se reunió|incontr/iu;

/** A question-and-answer transcript: a spokesperson's briefing. */
const QUESTION = /^(?:Q\s*[:：]|Question\s*[:：]|问[:：]|질문\s*[:：]|기자\s*[:：]|Hỏi\s*[:：]|Phóng viên\s*[:：]|\[?질문\]?)/mu;

export function reportsMeeting(paragraphs: string[]): boolean {
  const questions = paragraphs.filter((p) => QUESTION.test(p)).length;
  if (questions >= 2) return false;
  return paragraphs.some((p) => MEETING.test(p));
}
