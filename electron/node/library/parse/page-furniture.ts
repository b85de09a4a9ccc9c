// The lines a web page puts around and inside a record that are never its text: photo captions and
// credits, navigation trails, share bars, text-size and login controls, government banners, site
// greetings, rows of links and buttons, "read more" links. Each is recognised from the line alone.

import { isWidget } from './page-instruments.ts';

/** A photo credit or caption: "(Photo: VNA)", "Ảnh: TTXVN", "사진=연합뉴스", "[사진 제공=외교부]". */
const PHOTO_CREDIT =
  /[ⓒ©]\s*[\p{L}\d .]{1,20}$|\((?:자료사진|file photo|ảnh minh họa|ảnh tư liệu)\)\s*$|^[[(]?\s*(?:photos?|ảnh|사진(?:\s*제공)?|foto|写真|图片?|image|file photo|pie de foto|légende|bildunterschrift|keterangan foto|legenda|didascalia|caption)\s*(?:[:=：]|by\b)|[[(]\s*(?:photos?|ảnh|사진|foto|file photo)\s*(?:[:=：][^)\]]*)?[)\]]\s*$/iu;
/**
 * A Korean photo's credit closing its caption: the giver in brackets ("… 악수하는 대통령 [대통령실 제공]", "(서울시의회
 * 제공)"), or the photo's label and its source ("… 협약 체결. 사진제공=양평군", "/사진제공=경기도의회", "사진 /보령시").
 */
const KOREAN_CREDIT =
  /(?:[[(（][^\])）]{1,20}\s제공\s*[\])）]|(?:^|[\s/.▲(])(?:자료)?사진\s*(?:제공)?\s*[=:/]\s*[^\s=|]{1,20})\s*\|?\s*$/u;
/** A date line signed with the outlet's mark, "기사입력: 2022/09/21 [15:30] 최종편집: ⓒ 브레이크뉴스 새만금": a byline, not a photo's credit. */
const DATED_BYLINE = /^\s*(?:기사\s*)?입력\s*[:：]?\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/u;
/**
 * A caption's position mark: "Minister X (R) meets Y", "(thứ hai từ trái)", "(왼쪽)"; Korean, Japanese and Chinese
 * captions mark it with a character, in full-width brackets as often ("외교부장(좌)과 장관(우)", "総長(左)と総長(右)",
 * "知事(右から2人目)"). Not the Korean postcode's mark before its digits ("(우)03172 서울").
 */
const CAPTION_MARK =
  /[(（](?:[LRC]|left|right|cent(?:er|re)|(?:\d(?:st|nd|rd|th)|second|third) from (?:left|right)|from left|phải|trái|(?:thứ \S+ )?từ (?:trái|phải)(?: sang)?|왼쪽|오른쪽|가운데)[)）]/iu;
/**
 * Their one-character marks mark only a caption's short line, not a paragraph of unspaced text that names a photo; and
 * a Korean or Japanese one (Hangul or kana in it). A Chinese page's caption is left to the text for now: it may be the
 * only line that says where they met ("蒂勒森(左)與王毅(右)在美國紐約會面。"), which the place is read from.
 */
const CJK_CAPTION_MARK = /[(（](?:좌|우|좌측|우측|左|右|中央|[左右]から[^)）\s]{0,6})[)）](?!\s*\d)/u;
const CJK_CAPTION_CHARS = 80;
const KOREAN_OR_JAPANESE = /[\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const captionMarked = (line: string): boolean =>
  CAPTION_MARK.test(line) || (line.length <= CJK_CAPTION_CHARS && CJK_CAPTION_MARK.test(line) && KOREAN_OR_JAPANESE.test(line));

/** Words of a share bar: a line made of nothing else is furniture. */
const SHARE_WORDS =
  /(?:copy link|copy url|sao chép(?: liên kết)?|chia sẻ|in bài|gửi bài|facebook|twitter|zalo|linkedin|telegram|whatsapp|kakao(?:talk|story)?|line|naver|band|email|e-mail|print|share|tweet|pinterest|reddit|weibo|wechat|공유(?:하기)?|인쇄(?:하기)?|스크랩(?:하기)?|카카오톡|페이스북|트위터|글자\s*(?:크기|크게|작게)|크게|작게|프린트|메일|url\s*(?:복사|줄이기)|(?:메일|이메일)로?\s*보내기|(?:필자|기자)의\s*다른\s*기사\s*보기|x)(?![\p{L}])/giu;

/** One share word (no g flag: a test keeps no state). */
const SHARE_WORD = new RegExp(SHARE_WORDS.source, 'iu');

/** A navigation trail: "Home > News", "Trang chủ / Thời sự", "홈 > 정치", "Beranda » Berita". */
const HOME = /^(?:home|trang chủ|홈|beranda|accueil|startseite|首页|ホーム|главная|inicio)$/iu;
function isBreadcrumb(line: string): boolean {
  const arrows = line.split(/\s*[>›»→≫]\s*/);
  const slashes = line.split(/\s+[/|]\s+/);
  const short = (parts: string[]): boolean =>
    parts.length >= 2 && parts.every((p) => p.trim() !== '' && p.trim().split(/\s+/).length <= 4 && !/[.!?]$/.test(p.trim()));
  // "Home / Nacionales / <the headline>": a trail may end on the page's own headline, printed again below.
  const trail = slashes.length >= 3 && HOME.test(slashes[0]?.trim() ?? '') && short(slashes.slice(0, -1));
  return (short(arrows) && arrows.length >= 2) || (short(slashes) && HOME.test(slashes[0]?.trim() ?? '')) || trail;
}

/** Text-size buttons ("XS SM MD LG", "A+ A-", "Adjust font size:", "Ukuran Font: - +", "글자크기"). */
const FONT_CONTROL =
  /^(?:XS|SM|MD|LG|XL|XXL|A[+-])$|^(?:adjust\s+)?(?:font|text)(?:\s*size)?\s*:?[\s+A-]*$|^(?:ukuran font|글자\s*크기|cỡ chữ|字号|字體|字体)(?![\p{L}])/iu;

/** A login bar ("用户名: 密码: 验证码: 注册 | 忘记密码?", "로그인 회원가입", "Sign in | Register"). */
const LOGIN_WORDS =
  /用户名|用戶名|密码|密碼|验证码|驗證碼|登录|登錄|登入|注册|註冊|로그인|회원가입|\bsign (?:in|up)\b|\blog ?in\b|\bregister\b|\bpassword\b|\busername\b|đăng nhập|đăng ký/giu;

/** The banner every government site of a country carries ("이 누리집은 대한민국 공식 전자정부 누리집입니다", "An official website of the United States government"). */
const GOVERNMENT_BANNER =
  /공식 전자정부 누리집|^an official website of the\b|official websites use \.gov|^cổng thông tin điện tử chính phủ$/iu;

/** A run of links: "Story one • Story two • Story three", "Home | News | World | Sport". */
function isLinkList(line: string): boolean {
  const parts = line.split(/\s+[•·|]\s+|\s{3,}/).filter((p) => p.trim() !== '');
  return parts.length >= 4 && parts.every((p) => p.split(/\s+/).length <= 16);
}

/** A line of bracketed buttons: "CNML格式】 【 】 【打 印】". */
function isButtonRow(line: string): boolean {
  const marks = (line.match(/[【】]/g) ?? []).length;
  const bare = line
    .replace(/【[^】]*】/g, ' ')
    .replace(/[【】]/g, ' ')
    .trim();
  return marks >= 3 && (bare === '' || bare.split(/\s+/).length <= 1);
}

/** A site's greeting or official-site banner: "Welcome to the United Nations", "Willkommen auf …". */
const WELCOME =
  /^(?:welcome to|willkommen (?:auf|bei|im)|bienvenue (?:sur|à|au)|bienvenidos? a|chào mừng (?:bạn )?đến với|selamat datang di|欢迎(?:访问|来到)|ようこそ|.{0,20}에 오신 것을 환영합니다)/iu;

/** A comment section's prompt: "Share your thoughts and join the conversation in the comments.", "Leave a comment", "댓글 쓰기". */
const COMMENT_PROMPT =
  /^(?:share your thoughts|join the (?:conversation|discussion)|leave a (?:comment|reply)|post a comment|add a comment|(?:viết|gửi) bình luận|댓글(?:을)? (?:쓰기|달기|남기기)|kommentar (?:schreiben|verfassen)|laisser un commentaire|deja (?:un|tu) comentario|tulis komentar)\b/iu;

/** "Read more: …", "Xem thêm: …", "▶ 관련기사": a link to another story inside the text. */
const READ_MORE =
  /^[▶►>»]?\s*(?:read more|read also|also read|see also|related|xem thêm|đọc thêm|tin liên quan|관련\s?기사|baca juga)\s*[:>»▶-]/iu;

/**
 * A file's name the page links, an attachment's or a photo's ("첨부파일 | 방문 1.jpg |", "광양시야구단을 방문한 회장.jpg",
 * "Lien_doan_doanh_nghiep.jpg", "附件：议程.pdf"): above the text, never the record's headline, though it may repeat its
 * words (chrome.ts; below the text it is left, a page's photos listed under its text).
 */
const FILE_NAME = /\S\.(?:jpe?g|png|gif|webp|bmp|tiff?|pdf|hwpx?|docx?|xlsx?|pptx?|zip)\s*\|?\s*$/iu;
export const isFileName = (line: string): boolean => line.split(/\s+/).length <= 12 && FILE_NAME.test(line);

/**
 * A photo's caption, its credit set apart: "Minister A (left) meets Ambassador B. (Photo: VNA)" →
 * "Minister A meets Ambassador B.". Null for a line that is no caption, or only a credit ("사진=연합뉴스").
 * A caption is never the record's text, but it often names who met, where the text gives only a surname.
 */
export function captionText(line: string): string | null {
  const words = line.split(/\s+/).length;
  if (words > 40 || words < 4 || DATED_BYLINE.test(line)) return null;
  const credit = PHOTO_CREDIT.exec(line) ?? KOREAN_CREDIT.exec(line);
  if (!credit && !captionMarked(line)) return null;
  // A credit that opens the line is the whole line's ("Photo: Reuters"), else it closes the caption.
  if (credit && credit.index === 0) return null;
  const text = (credit ? line.slice(0, credit.index) : line)
    .replace(new RegExp(CAPTION_MARK.source, 'giu'), '')
    .replace(new RegExp(CJK_CAPTION_MARK.source, 'gu'), '')
    .trim();
  return text.split(/\s+/).length >= 4 ? text : null;
}

/** Captions, credits, trails, widgets, share bars and links to other stories: never the record's text. */
export function isPageFurniture(line: string): boolean {
  const words = line.split(/\s+/).length;
  if (words <= 40 && (PHOTO_CREDIT.test(line) || KOREAN_CREDIT.test(line)) && !DATED_BYLINE.test(line)) return true;
  if (words <= 40 && captionMarked(line)) return true;
  if (READ_MORE.test(line)) return true;
  if (words <= 12 && WELCOME.test(line)) return true;
  if (words <= 14 && COMMENT_PROMPT.test(line)) return true;
  if (isBreadcrumb(line) || isWidget(line)) return true;
  // "Cỡ chữ: Font size: Giảm (A-) Mặc định (A) Tăng (A+)": the label and its buttons on one line.
  if (words <= 12 && FONT_CONTROL.test(line)) return true;
  if (words <= 14 && (line.match(LOGIN_WORDS) ?? []).length >= 2) return true;
  if (words <= 20 && GOVERNMENT_BANNER.test(line)) return true;
  if (isButtonRow(line) || (!/[.!?。]$/.test(line) && isLinkList(line))) return true;
  // A row of share buttons only: tested for one such word before the line is stripped of them all.
  if (words < 2 || !SHARE_WORD.test(line)) return false;
  return line.replace(SHARE_WORDS, ' ').replace(/[\s|/·•,:()[\]-]+/g, '') === '';
}

/**
 * A photo's credit closing a sentence of the text: "… thăm và làm việc tại TP Hải Phòng - Ảnh: HOÀNG NGỌC", "… tại Thủ đô
 * Tokyo, ngày 24-11-2021_Ảnh: TTXVN", "… дуже продуктивна\" Фото: EPA/UPG". What it closes is the picture's caption, left
 * in the text by the page: not a sentence the writer tells. Not a credit that opens the line ("사진=외교부 …"), whose
 * text after it may be the story's.
 */
const CLOSING_CREDIT = /(?:[\s_([]|[-–—]\s*)(?:Ảnh|Photo|Foto|Bild|Фото|사진)\s*[:：=]\s*[^.!?。:：=]{1,40}[.)\]]*\s*$/u;

/** The sentence is a photo's caption, closed by the photo's credit. */
export const closesOnPhotoCredit = (sentence: string): boolean => {
  const m = CLOSING_CREDIT.exec(sentence);
  return m !== null && m.index > 0;
};
