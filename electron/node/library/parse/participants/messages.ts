// A message sent, received or exchanged is no meeting: the leaders who trade congratulatory telegrams on an
// anniversary, the head of state whose letter of condolence is quoted, met no one. Each language tells it with its
// own order: Korean and Japanese put the verb after the names ("A 대통령과 B 총리가 축전을 교환했다"), Chinese between
// them ("A与B互致贺电"), English and the European languages before or after ("A sent a cable to B", "In a message to
// B, A said"). A sentence that also tells a meeting ("접견하고 친서를 전달했다", "met … and handed over a letter") is
// a meeting's, and the envoy who hands a letter over in person stays in the room: handing over is not read here.

/** The message itself: a telegram, a letter or a message of congratulation, condolence or greeting, in each desk's language. */
const NOUN = String.raw`(?:축전|조전|위로전|축하 ?전문|친서|서한|축하 ?메시지|메시지|贺电|賀電|贺信|賀信|唁电|唁電|慰问电|慰問電|贺函|賀函|祝電|弔電|親書|書簡|メッセージ|điện mừng|thư chúc mừng|điện chia buồn|thư chia buồn|điện thăm hỏi|thư thăm hỏi|điện cảm ơn|thư cảm ơn|(?:congratulatory|condolence|goodwill|felicitation|greeting|sympathy) (?:message|letter|telegram|cable|note)s?|messages? of (?:congratulations?|condolences?|felicitations?|sympathy|goodwill)|telegrams?(?!\s+(?:channel|kanal|канал))|cables?|letters?|messages?|Glückwunsch(?:telegramm|schreiben|botschaft)|Kondolenz(?:telegramm|schreiben)|Telegramm|Schreiben|Brief|messages? de (?:félicitations|condoléances|vœux)|télégramme|lettre|mensajes? de (?:felicitación|condolencias?|pésame)|telegrama|carta|mensage(?:m|ns) de (?:felicitações|condolências|parabéns)|поздравительн\p{L}* (?:телеграмм\p{L}*|послани\p{L}*|письм\p{L}*)|соболезновани\p{L}*|телеграмм\p{L}*|surat ucapan(?: selamat| belasungkawa)?|ucapan selamat)`;

/**
 * Sent, received or exchanged, and the message as the frame of what is said ("in her congratulatory message",
 * "축전에서", "在贺电中", "メッセージで"): the sentence's event is the message.
 */
const MESSAGE_EVENT = new RegExp(
  [
    // Korean and Japanese: the noun, then its case ending and the verb (exchanged, sent, received; said in it).
    String.raw`(?:축전|조전|위로전|친서|서한|메시지)(?:을|를|이|가)?\s?(?:[^\s.。]+\s){0,2}?(?:교환|주고 ?받|보내|보냈|발송|받았|받고|받은)|(?:축전|조전|위로전|친서|서한|메시지)에서`,
    // Not "メッセージを送られました" (gave a message of encouragement), said as often to people in the room.
    '(?:祝電|弔電|親書|書簡)(?:を|が)?(?:送|交換|寄せ|贈)|(?:祝電|弔電|親書|書簡)で',
    // Chinese: "互致贺电", "致贺电", "致信", "致函", "发来贺电", "在贺电中".
    '互致|致(?:贺电|賀電|贺信|賀信|唁电|唁電|慰问电|慰問電|信|函)|[发發]来(?:贺电|賀電|贺信|賀信|唁电|唁電)|(?:贺电|賀電|贺信|賀信|唁电|唁電)中',
    // Vietnamese: "gửi điện mừng", "trao đổi điện mừng", "trong bức điện".
    String.raw`(?<![\p{L}])(?:gửi|trao đổi|nhận được)\s+(?:bức\s+)?(?:điện|thư)(?:\s+(?:mừng|chúc mừng|chia buồn|thăm hỏi|cảm ơn))|(?<![\p{L}])trong\s+(?:bức\s+)?(?:điện|thư)\s+(?:mừng|chúc mừng|chia buồn|thăm hỏi)`,
    // English and the other European languages: the verb before the noun, or "in a message".
    String.raw`\b(?:sent|sends|exchanged|exchange|wrote|writes|addressed|dispatched)\s+(?:\S+\s+){0,4}?${NOUN}\b|\bin\s+(?:a|an|his|her|their|the|its)\s+(?:\S+\s+){0,2}?${NOUN}\s+(?:to|sent|addressed)\b`,
    String.raw`(?<![\p{L}])(?:sandte|schickte|übermittelte|richtete|a adressé|a envoyé|ont échangé|envió|enviaron|intercambiaron|remitió|enviou|enviaram|trocaram|направил\p{L}*|обменялись|mengirim(?:kan)?|mengirimi)\s+(?:\S+\s+){0,4}?${NOUN}(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:in (?:seinem|ihrem|einem)|dans (?:son|sa|un|une)|en (?:su|un|una)|em (?:sua|seu|uma|um)|в (?:своей |своём |своем )?)\s*(?:\S+\s+){0,1}?${NOUN}\s+(?:an|à|a|para|в адрес)(?![\p{L}])`,
  ].join('|'),
  'iu',
);

/** The sentence tells a message sent, received or exchanged (whether it also tells a meeting is the caller's to ask). */
export const tellsMessage = (s: string): boolean => MESSAGE_EVENT.test(s);
