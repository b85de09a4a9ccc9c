// Whether the record reports a meeting at all (its meeting words: meeting-said.ts). A press conference, a speech, an interview or a
// letter names many people, none of them "in the room" with a counterpart: such a record has no
// participants (the labelling rule: a record with no meeting has none). Nor does a record whose
// every meeting is still to come ("will meet next weekend", "akan bertemu", "зустрінеться").

import { compiledEarly } from '../compiled-early.ts';
import { withoutDutchWith } from '../dates/words-dutch.ts';
import { closesOnPhotoCredit } from '../page-furniture.ts';
import { toldInJapanesePast } from './japanese-plans.ts';
import { namesTimeAhead, ownStory, recalledEarlier, withoutAnnouncer } from './meeting-plans.ts';
import { coreMeetingSaid, INDIC, meetingSaid, withoutHarakat } from './meeting-said.ts';
import { aheadInOwnVoice, ownPlans } from './meeting-spoken.ts';
import { ahead, heldPast, opensOnPlans, toldPast, untensed } from './meeting-tense.ts';
import { ARRIVAL, LOOKS_LIKE_MEETING, SALUTATION, WELCOMED_BY } from './meeting-words.ts';
import { tellsMessage } from './messages.ts';
import { withoutCaptions } from './page-captions.ts';
import { sentenceAt } from './sentence-at.ts';

/** A sentence that opens with a quotation mark. */
const QUOTED = /^\s*["“«„「『]/u;

/** A question-and-answer transcript: a spokesperson's briefing, an interview ("Q - … R - …", French "question, réponse"). */
const QUESTION =
  /^(?:Q\s*[:：]|A\s*[:：]|[QR]\s[-–—]\s|Question\s*[:：]|Answer\s*[:：]|问[:：]|答[:：]|질문\s*[:：]|답변\s*[:：]|기자\s*[:：]|Hỏi\s*[:：]|Trả lời\s*[:：]|Phóng viên\s*[:：]|[<[〈]\s*(?:질문|답변|문|답)\s*[>\]〉])/mu;

/**
 * Meeting the press is not a meeting: a doorstep ("기자들과 만나", "møtte pressen"), a press conference, a briefing,
 * a Chinese interview given ("在接受《光华日报》访问时": 访问 there is the paper's interview, not a visit).
 * Such phrases are taken out before looking for a meeting word.
 */
const PRESS = compiledEarly(
  /(?:기자들?|취재진|기자단|언론)(?:과|와|에게|들과)?\s*(?:만나|만났|문답)|\b(?:met|meeting|meets|talked) (?:with )?(?:the )?(?:reporters|journalists|the press|press|media)\b|\b(?:told|briefed) (?:reporters|journalists)\b|\b(?:spoke|talked) (?:to|with) (?:the )?(?:reporters|journalists|press|media)\b|\b(?:told|spoke to) (?:[A-Z][\w.&'-]*\s+){1,3}News\b|\b(?:regular |daily )?press (?:conference|briefing)s?\b|(?<![\p{L}])(?:møtte|møter|mötte|möter|mødte|møder)\s+(?:pressen|journalist\p{L}*)|(?<![\p{L}])(?:pressekonferanse|presskonferens|pressekonference)\p{L}*|gặp gỡ báo chí|họp báo|기자회견|(?:기자|출입기자|특파원|언론인?)단?\s?간담회|정례브리핑|记者会|記者會|(?:記者|閣議後|定例)会見|接受[^，,。]{0,24}?(?:访问|訪問|采访|採訪|专访|專訪)/giu,
);

/** The record says it is a press conference or a briefing: its title or first lines. */
const PRESS_RECORD =
  /\b(?:Regular Press Conference|Press Briefing|Daily Briefing|Doorstep|Press Conference by)\b|정례브리핑|기자회견 전문|도어스테핑|출근길 문답|例行记者会|新闻发布会|記者会見録|会見記録|報道官会見|^【[^】]{1,12}報道官】|Họp báo thường kỳ|Point de presse|Regierungspressekonferenz|Брифинг официального представителя/iu;

/**
 * A headline that names the record a speech, remarks, a message, a statement or an interview, in the desk's languages
 * (Thai "ให้สัมภาษณ์": gave an interview; Vietnamese "Đại sứ … phát biểu tại/chúc mừng …": the speaker's verb, not only
 * a headline's first word); a Japanese headline that ends on "挨拶" ("知事挨拶": the governor's address), not on "に/へ(ご)挨拶"
 * ("総領事にご挨拶": respects paid to the consul general, a courtesy call). Not a Korean headline about an interview ("대통령의 외신 인터뷰와 관련해 …": a reaction to it, the record no interview).
 */
const SPEECH_RECORD =
  /^(?:(?:Opening |Closing |Keynote )?(?:Remarks|Speech|Address|Statement|Message|Toast)\b|.*\b(?:Remarks|Speech|Address|Statement|Message) (?:by|of|from)\b)|^(?:Phát biểu|Diễn văn|Bài phát biểu|Thông điệp)(?![\p{L}])|(?<![\p{L}])phát biểu (?:chúc mừng|tại|trước)(?![\p{L}])|(?:연설|축사|기조연설|인사말|환영사|담화|기념사|격려사)(?:문)?(?:\s|$|[([])|^(?:Discours|Allocution|Déclaration|Rede|Ansprache|Erklärung|Discurso|Declaración|Mensaje|Выступление|Заявление|Pidato|Sambutan|Kata Sambutan)(?![\p{L}])|讲话|講話|致辞|致辭|演説|談話|(?<![にへ](?:ご|御|お)?)(?:挨拶|あいさつ)\s*$|^Interview\b|\bInterview (?:with|of)\b|^(?:Phỏng vấn|Интервью|Wawancara)(?![\p{L}])|인터뷰(?!(?:와|과|에)\s*(?:관련|대해|대한))|专访|專訪|インタビュー|สัมภาษณ์|สุนทรพจน์|ปาฐกถา/iu;

/**
 * A headline that tells of a departure: "Hichilema leaves for Ghana", "lên đường thăm … Vân Nam",
 * "ظریف راهی ترکیه شد", "심포지엄 참석 출국", "vor seinem Abflug nach Toronto". The record reports the
 * trip's start; the meetings of the trip are still to come (on the corpus: 5 such headlines, none a meeting).
 */
const DEPARTURE =
  /\b(?:leaves|left|leaving|departs|departed|sets\s+off|set\s+off|flies|flew)\s+for\b|\b(?:Abflug|Abreise|abgereist|reist\s+ab)\b|lên đường|(?<![\p{L}])راهی(?![\p{L}])|출국(?![\p{L}])|(?:으로|로)\s*출발|[启啓啟]程|出[发發]前往|[へに]出発|(?<![\p{L}])(?:berangkat|bertolak)\s+ke|(?<![\p{L}])(?:partiu|parte|sale|salió|embarca|embarcou)\s+(?:para|hacia|rumo)|s['’]envole\s+pour|(?<![\p{L}])(?:вылетел|вылетает|вылетела|відбув|відбула|вирушив|вирушила|вирушає)(?![\p{L}])/iu;

/** A headline that asks a question ("Where do relations go after …?", "Sind wir zu sanft …?", "…나서나요?”"): an analysis, an op-ed, an explainer. */
const QUESTION_HEADLINE = /[?？][\s"”’»」』)]*$/u;

/**
 * Where a sentence ends: after its stop, but not after a title's abbreviation ("Hon. Kamina …", "Dr. Ahmed …",
 * "H.E. Mr. …"), which a name follows within the same sentence.
 */
const SENTENCE_END =
  /(?<=[.!?。])(?<!(?<![\p{L}])(?:Hon|Rt|Mr|Mrs|Ms|Dr|Prof|Sen|Gov|Amb|Rep|Gen|Lt|Col|Capt|Rev|Sr|Jr|H\.E|E)\.)\s*/u;

/** A short paragraph whole, or a long one's first sentence (its first 200 characters at most). */
const openingSentence = (p: string): string => (p.length < 200 ? p : (p.split(SENTENCE_END)[0] ?? '').slice(0, 200));

/**
 * How far down a record a meeting it reports is first told, at most (paragraphs). A readout tells its
 * meeting in its first paragraphs; a news page that mentions talks only further down (a missile
 * strike, a court case, a press conference with a visit in its tenth paragraph) reports none. On the
 * corpus, 8 instead of 20 took 41 false participants and dates out of 16 records from 16 publishers,
 * and lost the meetings of two (a diary, a long UN story).
 */
const OWN_PARAGRAPHS = 8;

/**
 * A line too short to be a sentence of the story (a menu item, a counter, a byline: "전국", "게시물이 없습니다.",
 * "الإشراف العام"), and how many such lines in a row make a page's furniture rather than the story's short paragraphs.
 */
const SHORT_LINE = 20;
const FURNITURE_RUN = 4;

/**
 * The record's first OWN_PARAGRAPHS paragraphs, a run of FURNITURE_RUN short lines or more not counted: a page whose menu
 * and counters stand above the story ("일조회수 ¶ 게시물이 없습니다. ¶ 주조회수 ¶ …") still has its story's first paragraphs in its lead.
 */
function leadParagraphs(paragraphs: string[]): string[] {
  // Each line's run of short lines (0 for a line of the story), then whether that run is long enough to be furniture.
  const run = paragraphs.map((p): number => (p.trim().length < SHORT_LINE ? 1 : 0));
  for (let i = 1; i < run.length; i++) if (run[i] && run[i - 1]) run[i] = (run[i - 1] as number) + 1;
  for (let i = run.length - 2; i >= 0; i--) if (run[i] && run[i + 1]) run[i] = run[i + 1] as number;
  const furniture = run.map((n) => n >= FURNITURE_RUN);
  let counted = 0;
  const end = paragraphs.findIndex((_, i) => !furniture[i] && ++counted > OWN_PARAGRAPHS);
  return end === -1 ? paragraphs : paragraphs.slice(0, end);
}

/** A meeting denied: "nie spotkał się", "se nije sastao", "nesetkal se", "nestretol sa", "did not meet". */
const DENIED =
  /(?<![\p{L}])(?:(?:nie|nije|nisu)\s+(?:se\s+|się\s+)?(?:spotka\p{L}*|sastao|sastal[aie]|susreo|primio|primil[aie])|nesetkal\p{L}*|nesešl\p{L}*|nesešel|nestretol|nestretl\p{L}*|did\s+not\s+meet|didn['’]t\s+meet)(?![\p{L}])/iu;

/** A visit told by the day it starts from: Chinese "自…起" (from … on), Vietnamese "bắt đầu từ" (begins from). */
const VISIT_RUNS_FROM = /自[^，,。；;]{1,16}?起|(?<![\p{L}])bắt đầu từ(?![\p{L}])/iu;

/** The line's first sentence denies a meeting: the record that opens so is the denial, no report of one. */
export const deniesMeeting = (line: string): boolean => DENIED.test(openingSentence(line));

/** The lead's first sentence, not a quotation, tells a meeting held: the report, whatever its headline calls the record. */
function leadTellsHeld(lead: string): boolean {
  const s = (lead.split(SENTENCE_END)[0] ?? '').slice(0, 200).replace(PRESS, ' ').replace(LOOKS_LIKE_MEETING, ' ');
  return !QUOTED.test(s) && meetingSaid(s) && heldPast(s) && !ahead(s);
}

/**
 * What a sentence that opens on a quotation says outside it: the attribution after the closing mark
 * ("“…”, the mayor said on the sidelines of the meeting"), the writer's own words.
 */
const afterQuote = (s: string): string => {
  const close = Math.max(s.lastIndexOf('”'), s.lastIndexOf('"'), s.lastIndexOf('»'), s.lastIndexOf('」'), s.lastIndexOf('』'));
  const tail = close <= 0 ? '' : s.slice(close + 1);
  // One quotation, then its attribution after a comma or a dash: not a second quotation opened, nor a
  // French inversion ("», met-il en perspective": puts it, no meeting).
  const opened = (s.slice(1).match(/["“«„「『]/gu) ?? []).length;
  return opened <= 1 && /^\s*[,，—–-]/u.test(tail) && !/(?<![\p{L}])met-(?:il|elle|on)(?![\p{L}])/iu.test(tail) ? tail : '';
};

/** How far down a speech's greeting may stand: below a headline, a date line, a speaker's name and an occasion. */
const GREETING_PARAGRAPHS = 6;

/**
 * The record opens on a speaker's greeting to the audience (the headline, or one of its first paragraphs, not in
 * quotation marks), with no meeting told above it: a report that quotes the speech tells the meeting first.
 */
function opensOnGreeting(paragraphs: string[], title: string | null): boolean {
  if (title !== null && SALUTATION.test(title.trim())) return true;
  const at = paragraphs.slice(0, GREETING_PARAGRAPHS).findIndex((p) => !QUOTED.test(p) && SALUTATION.test(p.trim()));
  return at !== -1 && !paragraphs.slice(0, at).some((p) => meetingSaid(p.replace(PRESS, ' ')));
}

/**
 * Whether the record tells of a meeting held. `captions`: what the page marks as photo captions,
 * kept out of the decision ("President X chairs a meeting …" under a picture on a page about a treaty).
 */
export function reportsMeeting(paragraphs: string[], title: string | null = null, captions: readonly string[] = []): boolean {
  const questions = paragraphs.filter((p) => QUESTION.test(p)).length;
  if (questions >= 2) return false;
  // The headline says so as well as a first line would ("Nội dung Họp báo thường kỳ lần thứ 14"), and
  // so does the first sentence of a long opening paragraph ("3月22日，外交部发言人…主持例行记者会。有记者提问…").
  if ([title ?? '', ...paragraphs.slice(0, 4)].some((p) => PRESS_RECORD.test(openingSentence(p)))) return false;
  // A headline that calls the record a speech, a message or a statement, or tells a message sent or exchanged ("…
  // 축전 교환", "gửi thư chúc mừng", "致贺信"), and names no meeting: what
  // it recalls ("last month I met President X") is no meeting this record reports, unless the lead's
  // first sentence tells one held ("…축사" over "제주시와 웨이하이시가 우호협력도시 협약을 체결했다.").
  if (
    title !== null &&
    (SPEECH_RECORD.test(title) || tellsMessage(title)) &&
    !meetingSaid(title) &&
    !leadTellsHeld(paragraphs[0] ?? '')
  )
    return false;
  // A record that opens on the speaker's greeting to the audience is the speech, unless a line before it tells a meeting.
  if (opensOnGreeting(paragraphs, title)) return false;
  // A headline that asks a question and names no meeting: the record weighs a matter, it reports no talks.
  if (title !== null && QUESTION_HEADLINE.test(title) && !meetingSaid(title)) return false;
  // A headline that tells of a departure: whom the traveller will meet is still ahead, unless the
  // headline first tells the talks held ("X meets Y, leaves for Z").
  // With no headline of its own, the lead's first sentence stands as one ("縣長今天率隊啟程前往日本").
  const headline = title ?? openingSentence(paragraphs[0] ?? '');
  // A lead that tells, in the past, whom the traveller met on arrival ("مورد استقبال … قرار گرفت": was welcomed at
  // the airport by the minister) reports that meeting, whatever the headline says of the departure.
  const arrivalMet = (): boolean =>
    paragraphs
      .slice(0, 3)
      .flatMap((p) => p.split(/(?<=[.!?。])\s+/u))
      .some(leadTellsHeld);
  if (DEPARTURE.test(headline) && !meetingSaid(headline.slice(0, headline.search(DEPARTURE))) && !arrivalMet()) return false;
  // A headline or opening line that denies the meeting ("Kovač se nije sastao s …", "did not meet"): the record is the denial.
  if ([title ?? '', paragraphs[0] ?? ''].some(deniesMeeting)) return false;
  // A meeting the record reports is told in its first paragraphs; one told only far below is
  // another story's on the same page (a saved page's list of further stories, a live blog's entries).
  // Arabic vowel marks are optional ("اتصالاً هاتفياً", "اتصالًا"): the words are matched without them.
  // An Indonesian "Hal tersebut disampaikan …" (so it was said, at …) opens a sentence of its own even when the stop
  // before it is missing ("… akan menjadi tuan rumah PON 2024 Hal tersebut tersampaikan … dalam jamuan"): the "akan"
  // (will) before it is not the occasion's tense.
  // A caption still counts among those paragraphs: it stands where it stands on the page.
  const sentences = withoutCaptions(ownStory(leadParagraphs(paragraphs)), captions).flatMap((p) =>
    withoutHarakat(p)
      .replace(PRESS, ' ')
      .replace(LOOKS_LIKE_MEETING, ' ')
      .split(
        /(?<=[.!?])\s+|(?<=。)\s*|\n|\s+(?=(?:Hal\s+(?:itu|ini|tersebut)|Demikian)\s+(?:di|ter)?(?:ungkap|kata|ujar|sampaikan|jelaskan|tegas|utara))/u,
      )
      // A sentence closed by its photo's credit ("… ngày 24-11-2021_Ảnh: TTXVN") is a picture's caption: not the telling.
      .filter((s) => !closesOnPhotoCredit(s)),
  );
  // A sentence that opens on a quotation is someone's words ("“…through dialogue and consultation”"), not the report.
  // Its attribution after the closing mark is the writer's ("…», ha dichiarato il sindaco a margine dell'incontro").
  const tellsMeeting = (s: string): boolean => {
    const own = QUOTED.test(s) ? afterQuote(s) : s;
    return own !== '' && (meetingSaid(own) || INDIC.test(own));
  };
  // A record that opens on a meeting still to come ("diagendakan menerima …", "will meet") reports
  // one only where a later sentence says, in the past, that it took place: "this presentation of
  // credentials shows …" speaks of the same ceremony, still ahead.
  // Read sentence by sentence, in order: a first meeting sentence told as done settles it, and the
  // sentences after it are not searched (most records; the meeting pattern is the costliest here).
  const first = sentences.findIndex(tellsMeeting);
  // No meeting word in the lead, and a headline that tells the meeting held ("Додон встретился с Си
  // Цзиньпином" over the post that thanks Xi and tells what was discussed): the headline reports it.
  if (first === -1) {
    // The headline's meeting with the press ("Støre møtte pressen") is none, as in the lead.
    const headline = title?.replace(PRESS, ' ') ?? null;
    return headline !== null && meetingSaid(headline) && toldPast(headline) && !ahead(headline);
  }
  const told = sentences[first] as string;
  // Japanese headlines and leads name talks with a noun, held or ahead alike ("10日に首脳会談"): such a
  // first mention takes the tense of the next meeting sentence that has one (in other languages an
  // untensed first mention is most often the talks held, and stays so).
  // So does a first mention that only says from which day a visit runs ("自6月22日起对中国进行…访问",
  // "Chuyến thăm bắt đầu từ ngày 27"): the programme of a visit, held or ahead as the next tensed sentence says.
  const kana = (s: string): boolean => /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(s);
  // So does an arrival told with no meeting held in it ("arrived in Nepal for a three-day visit", "trifft … zu einem
  // Antrittsbesuch ein", "chega hoje ao Recife, para uma visita oficial"): the trip has begun, its meetings are
  // as the next tensed sentence tells them ("… será recebido pelo Presidente", "held a meeting with …").
  const runsFrom = VISIT_RUNS_FROM.test(told) || (ARRIVAL.test(told) && !WELCOMED_BY.test(told));
  const tensedAfter =
    untensed(told) && ((kana(told) && !toldInJapanesePast(told)) || runsFrom)
      ? sentences.slice(first + 1).find((s) => tellsMeeting(s) && !untensed(s))
      : undefined;
  const laterAhead = tensedAfter !== undefined && (kana(tensedAfter) || runsFrom) && ahead(tensedAfter);
  // A future only in a speaker's words, naming no meeting ("…: Akan Banyak Kolaborasi"), opens no record on plans.
  const named = (s: string): boolean => meetingSaid(s) || DEPARTURE.test(s);
  const onPlans = (): boolean => opensOnPlans(ownPlans([title ?? '', ...sentences.slice(0, first)], named));
  if (!aheadInOwnVoice(told, tellsMeeting) && !laterAhead && !(untensed(told) && onPlans())) return true;
  return sentences
    .slice(first + 1)
    .some((s) => tellsMeeting(s) && !ahead(s) && heldPast(withoutAnnouncer(s)) && !recalledEarlier(s) && !namesTimeAhead(s));
}

/** Words for being present at a meeting or accompanying a principal. */
const ATTENDING =
  /\b(?:attend\w*|accompan\w*|present|joined|delegation)\b|배석|참석|동석|수행|tham dự|có mặt|tháp tùng|hadir|mendampingi|didampingi|участ|присутств|陪同|出席|同席|acompañ|accompagn|begleit|(?<![\p{L}])حضر(?![\p{L}])/iu;

/** Whether the sentence around a position reports a meeting: a name the parser knows only from the people directory must stand in one. */
export function inMeetingSentence(text: string, at: number): boolean {
  const sentence = sentenceAt(text, at);
  return ATTENDING.test(sentence) || coreMeetingSaid(withoutDutchWith(sentence.replace(PRESS, ' ')));
}
