// Who owns the page, from what the page says about itself in its furniture: a copyright line
// ("© 2024 The Korea Herald", "저작권자 ⓒ 서울경제 무단 전재 금지", "Bản quyền thuộc về …"), a source
// label ("Source: …", "출처" / "외교부", "来源：中国新闻网"), a follow bar ("Theo dõi Baoquocte.vn
// trên", "Подписывайтесь на Sputnik в Дзен"), a welcome banner ("Welcome to the United Nations"),
// a republication note ("Met dank overgenomen van …"). These are the same in every language's
// web: the page names its owner in its own chrome. Each gives a publisher candidate.

import { type Candidate, candidate } from './evidence.ts';
import { collapse, wordCount } from './text.ts';

/** A copyright mark and what follows it; a caption's photo credit ("… 있다. ⓒ연합뉴스") is not one. */
const COPYRIGHT_LINE =
  /(?:^|저작권자\s*|copyright\s*)(?:[©ⓒⒸ]|\(c\))|^copyright\b|무단\s*전재|all rights reserved|bản quyền|版[权權]所有/iu;
const AFTER_MARK = /(?:[©ⓒⒸ]|\(c\)|copyright)\s*(.*)$/iu;
const VI_RIGHTS = /^bản quyền (?:thuộc về|của)\s+(.+?)(?:[.,;]|$)/iu;

/** "Source: …" and its kin, alone or inside a byline ("2023-05-09 10:01 | 稿件來源:香港新聞網"). */
const SOURCE_LABEL = /^(?:source|nguồn(?: tin)?|출처|sumber|quelle|fuente|источник)\s*(?:[:：]\s*(.+)|[:：]?)$/iu;
const HAN_SOURCE = /(?:稿件)?(?:来源|來源|出处|出處)\s*[:：]\s*([^\s|【】[\]]{2,20})/u;

const ISSUER =
  /^(?:press release|media release|news release|issued by|communiqué de presse|comunicado de prensa)\s*[:：]\s*(.{3,60})$/iu;
const ORGANISATION =
  /^(?:the\s+)?(?:[\p{Lu}][\p{L}'’.&-]*\s+){0,4}(?:Government|Ministry|Department|Office|Agency|Council|Embassy|Commission|Parliament|Presidency|Secretariat)\b|^(?:Ministry|Department|Office|Government|Embassy)\s+of\b/u;

const FOLLOW =
  /^(?:theo dõi|follow|подписывайтесь на|ikuti)\s+(?!us\b|chúng tôi\b)(.{2,40}?)\s+(?:trên|on|в|di)(?:\s+\S+){0,3}$/iu;
const READ_ON = /^(?:читать на сайте|read (?:it |this |more )?on)\s+(\S{3,40})$/iu;

/** The news channels a site invites its readers to follow it on. */
const CHANNEL = '(?:telegram|whatsapp|google news|viber|дзен|dzen)';
/**
 * A site's invitation to follow it on a news channel, in the forms desks meet: "Follow Trend on Telegram. Only most
 * interesting news", "Subscribe to Pravda.Ru Telegram channel, Facebook, RSS!", "Sigue el canal de Periodismo Objetivo
 * en WhatsApp:", "Ikuti perkembangan berita terbaru Reportase Jabar Satu di Google News", "Сделай Чеснок своим
 * источником новостей в Дзен". The name between the verb and the channel is the site's own; "us" names nobody.
 */
const CHANNEL_INVITES: RegExp[] = [
  new RegExp(`^(?:follow|subscribe to|join)\\s+(?!us\\b|our\\b)(.{2,40}?)(?:\\s+on)?\\s+${CHANNEL}\\b`, 'iu'),
  new RegExp(`^(?:sigue|siga|segue)\\s+(?:el|o)\\s+canal\\s+(?:de|do|da)\\s+(.{2,40}?)\\s+(?:en|no)\\s+${CHANNEL}\\b`, 'iu'),
  new RegExp(`^ikuti\\s+(?:(?:perkembangan\\s+)?berita\\s+(?:terbaru|terkini)\\s+)(.{2,40}?)\\s+di\\s+${CHANNEL}\\b`, 'iu'),
  new RegExp(`^сделай(?:те)?\\s+(.{2,40}?)\\s+сво(?:им|ей)\\s+источник(?:ом)?\\s+новостей\\s+в\\s+${CHANNEL}`, 'iu'),
];
const channelInvite = (line: string): string | undefined =>
  line.length <= 160 ? CHANNEL_INVITES.map((re) => re.exec(line)?.[1]).find((v) => v !== undefined) : undefined;

/** The site's logo named by its alternative text: "Site icon Example News", "Ícone do site Misto Brasil", "Icono del sitio La Razón". */
const SITE_ICON = /^(?:site icon|ícone do site|icono del sitio|icône du site|icona del sito)\s+(\S.{1,40})$/iu;

const WELCOME =
  /^(?:welcome to|willkommen (?:auf|bei|im)|bienvenue (?:sur|à|au)|bienvenidos? a|chào mừng (?:bạn )?đến với|selamat datang di)\s+(?:(?:the|den|der|le|la)\s+)?(?:(?:official\s+)?(?:website|web site|site|seiten?|pages?|portal|cổng thông tin)\s+(?:of|des|der|von|du|de|của)\s+(?:the\s+)?)?(.{2,60}?)(?:[.!,]|$)/iu;

const REPUBLISHED =
  /^(?:met dank overgenomen van|republished (?:from|with permission (?:from|of))|originally published (?:by|in|on)|this (?:article|story) (?:was )?(?:first|originally) (?:appeared|published) (?:in|on|by)|übernommen von)\s+(.+?)(?:,|\.\s|\.$|$)/iu;

/** A mailing-list notice: "You are subscribed to Press Releases for U.S. Department of State." */
const SUBSCRIBED = /\byou are subscribed to .{0,60}? (?:for|from) (.{3,60}?)\.(?:\s|$)/iu;

/**
 * A web address alone on its own line among the page's first lines: the site's masthead as copied
 * ("ttth247.com", "www.example.co.id", "MIGnews.com", "METRORIAU.COM"), not a file's name ("5-5.jpg", "img0328.jpg").
 */
const MASTHEAD_ADDRESS = /^(?:www\.)?([A-Za-z\d][A-Za-z\d-]*(?:\.(?:[a-z]{2,6}|COM|NET|ORG|CO|ID|VN|KR|IN|PH|MY)){1,2})$/;
const FILE_NAME = /\.(?:jpe?g|png|gif|webp|svg|bmp|pdf|docx?|xlsx?|pptx?|html?|php|aspx?|jsp|mp[34]|txt|zip)$/i;
/** How many of the first non-empty lines a masthead may stand among. */
const MASTHEAD_LINES = 4;

/** A company's legal form left alone once its quoted name is out ("© 2019 ООО \"…\"", "© Example Ltd."): no name. */
const LEGAL_FORM = /^(?:ООО|ТОВ|ТОО|ЗАО|ОАО|ПАО|АО|LLC|Ltd|Inc|GmbH|AG|S\.?A|S\.?L|SRL|S\.?p\.?A|Sp\.? z o\.?o)\.?$/iu;

/** The name in a copyright line: the year, the slogan in quotes and the rights notice removed. */
function copyrightHolder(line: string): string | null {
  const vi = VI_RIGHTS.exec(line)?.[1];
  if (vi) return vi.trim();
  // "중도일보(www.joongdo.co.kr), 무단전재 및 수집, 재배포 금지": no mark, the owner stands before the notice.
  const unmarked = /^(?:저작권자\s*)?([\p{Script=Hangul}\p{L}\d ]{2,20}?)\s*(?:\([^)]*\))?\s*[,.]?\s*무단\s*전재/u.exec(
    line,
  )?.[1];
  const after = AFTER_MARK.exec(line)?.[1] ?? unmarked;
  if (after === undefined) return null;
  // "ⓒ투자가를 위한 경제콘텐츠 플랫폼, 아시아경제(www.asiae.co.kr)": a slogan, then the name its web address follows.
  const addressed = /,\s*([\p{Script=Hangul}A-Za-z\d]{2,12})\s*\((?:www\.|https?:)/u.exec(after)?.[1];
  if (addressed) return addressed;
  const name = (
    after
      .replace(/^\s*(?:copyright\s*)?(?:[©ⓒⒸ]\s*)?/i, '')
      .replace(/['"‘“][^'"’”]{1,40}['"’”]\s*/gu, '')
      // "헤드라인제주 (desk@site.co.kr) 무단전재": the owner's mail or web address beside the name, whose dots are no stop.
      .replace(/\s*\((?:[^()]*@[^()]*|\s*(?:www\.|https?:)[^()]*)\)/giu, '')
      .replace(/\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?\b/g, '')
      .split(/\s*(?:[,.|<>]|\s[-–—]\s|무단|all rights|tous droits|bản quyền|版权|版權)\s*/iu)[0] ?? ''
  ).trim();
  if (name === '' || wordCount(name) > 6 || !/\p{L}/u.test(name) || LEGAL_FORM.test(name)) return null;
  // Korean credits put a slogan before the name ("종합 경제정보 미디어 이데일리"): the name is the last word.
  if (/\p{Script=Hangul}/u.test(name)) return name.split(/\s+/).pop() ?? null;
  return name.replace(/^by\s+/i, '');
}

/**
 * The words a paper, a station or a site is named by, in the languages desks read: "GENERASI NEWS", "HASEPOST",
 * "ndaily", "Social News XYZ", "Quân khu 7 Online", "Báo Nhân Dân", "한국일보", "하이유에스코리아뉴스", "목포MBC",
 * "中国青年网", "八方新聞". A section ("지역뉴스", "国际新闻") has the same ending after a topic word: not a name.
 */
const BRAND_WORD = 'news|times|post|daily|online|herald|tribune|journal|gazette|press|tv|radio';
const BRANDS: RegExp[] = [
  // A word of the name in capitals ("Social News XYZ"), not a phrase's noun ("Making news").
  new RegExp(`(?:^|\\s)(?=\\p{Lu})(?:${BRAND_WORD})(?:\\s|$)`, 'iu'),
  new RegExp(`^(?:[A-Z\\d]{2,}(?:${BRAND_WORD.toUpperCase()})\\d*|[a-z\\d]{1,}(?:${BRAND_WORD}))$`, 'u'),
  /^(?:báo|tạp chí|đài|cổng thông tin)\s\p{L}/iu,
  /^[\p{Script=Hangul}A-Za-z\d ]{1,12}(?:일보|신문|뉴스|뉴스통신|방송|타임즈|타임스|신보)$/u,
  /^\p{Script=Hangul}{2,4}(?:[A-Z]{1,2}(?:BC|BS)|[A-Z]{1,3}TV)$/u,
  /^[\p{Script=Han}A-Za-z\d]{2,10}(?:日[报報]|[时時][报報]|晚[报報]|新[闻聞][网網]|新[闻聞]|[网網]|[报報]|[电電][视視]台)$/u,
];
const SECTION_NAME =
  /^(?:랭킹|동영상|포토|주요|최신|인기|관련|추천|헤드라인|실시간|화제|많이\s?본|오늘의|지역|전체|핫|이슈|속보|정치|사회|국제|경제|문화|스포츠|카톡|[国國][际際内內]|即[时時]|最新|[滚滾]动|[热熱]点|[图圖]片|[视視][频頻]|地方|本地|社[会會]|[财財][经經]|[体體]育|[娱娛]乐|要[闻聞]|今日|相[关關]|top|latest|breaking|world|local|business|sports?|more|all|fake|good)\s?(?:뉴스|新[闻聞]|news)$/iu;

const MENU_WORD =
  /(?:^|\s)(?:releases?|room|cent(?:re|er)|events?|archives?|home|menu|conferences?|briefings?|statements?|kit|stor(?:y|ies)|flash|embassy|making|subscribe|login|sign|&|and|und|et|y|e|và|dan|of|for|from|by)(?:\s|$)/iu;

/**
 * The site's name alone on the page's first line, above the headline the page prints below it (a masthead):
 * "HASEPOST" / "Scholz empfängt Starmer …", "한국일보" / "뉴욕총영사관 아담스 시장 초청 만찬". It is short, makes no
 * sentence and is shaped like a paper's name; a headline or a section word is not one. Weaker than a credit line
 * or the page's copyright, which name the owner in words.
 */
export function mastheadCandidates(input: string[], title: string | null): Candidate[] {
  const lines = input.map((l) => collapse(l)).filter((l) => l !== '');
  const first = lines[0] ?? '';
  if (title === null || first === '' || first.length > 40 || wordCount(first) > 4) return [];
  if (/[.!?:;,。！？、|>»/()[\]"“”«]/u.test(first.replace(/\.(?=[a-z]{2,4}$)/iu, '')) || SECTION_NAME.test(first)) return [];
  const headline = collapse(title);
  // The headline must stand below it: a name set above the story, not the story's own first words.
  if (first === headline || !lines.slice(1, 12).some((l) => l.startsWith(headline.slice(0, 30)))) return [];
  // "News", "Press Releases", "News & Events": the page's menu, whose words are a paper's too.
  const rest = first.replace(new RegExp(`(?:^|\\s)(?:${BRAND_WORD})(?=\\s|$)`, 'giu'), ' ').trim();
  if (rest === '' || MENU_WORD.test(first) || !BRANDS.some((re) => re.test(first))) return [];
  return candidate('publisher', first, 'heading', 0.55, `from the site's name alone above the headline, "${first}"`);
}

/** Publisher candidates from the page's furniture, read over every line of the file. */
export function ownerCandidates(input: string[]): Candidate[] {
  const lines = input.map((l) => collapse(l));
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const add = (value: string | null | undefined, confidence: number, why: string): void => {
    const v = value?.replace(/[\s.:;,]+$/, '').trim();
    if (!v || seen.has(why.split(' ')[0] ?? why) || wordCount(v) > 8) return;
    seen.add(why.split(' ')[0] ?? why);
    out.push(...candidate('publisher', v, 'byline', confidence, why));
  };
  let nonEmpty = 0;
  for (const [i, line] of lines.entries()) {
    if (line === '') continue;
    nonEmpty++;
    if (nonEmpty <= MASTHEAD_LINES && line.length <= 40 && line.includes('.') && !FILE_NAME.test(line))
      add(MASTHEAD_ADDRESS.exec(line)?.[1], 0.6, `masthead: the site's address alone at the head of the page, "${line}"`);
    add(SUBSCRIBED.exec(line)?.[1], 0.75, `subscribed: the mailing list's notice "${line.slice(0, 80)}"`);
    if (wordCount(line) > 25) {
      // A page copied as one long line: its rights notice is still the page's ("… 기자 ※ 저작권자 ⓒ X, 무단전재").
      const at = line.search(/저작권자|all rights reserved/i);
      const notice = at > 0 ? line.slice(Math.max(0, line.lastIndexOf(' ', Math.max(0, at - 40))), at + 80) : '';
      if (notice !== '' && COPYRIGHT_LINE.test(notice))
        add(
          copyrightHolder(notice.slice(notice.search(/저작권자|copyright|[©ⓒ]/i))),
          0.7,
          `copyright: the page's copyright notice "${notice.trim()}"`,
        );
      continue;
    }
    const quoted = `"${line.slice(0, 80)}"`;
    // A rights notice ("저작권자 © 충청일보 무단전재 금지") names the page's owner; a bare mark ("ⓒ 연합뉴스")
    // may credit the wire the story came from, so it counts for less.
    if (COPYRIGHT_LINE.test(line)) {
      const notice = /저작권자|무단\s*전재|all rights reserved|bản quyền|版[权權]所有|tous droits|derechos reservados/iu.test(
        line,
      );
      add(copyrightHolder(line), notice ? 0.8 : 0.6, `${notice ? 'copyright' : 'mark'}: the page's copyright line ${quoted}`);
    }
    const source = SOURCE_LABEL.exec(line);
    if (source && wordCount(line) <= 12) {
      // A label alone on its line: its value is the next line ("출처" / "외교부").
      const value = source[1] || (lines.slice(i + 1, i + 3).find((l) => l !== '') ?? '');
      if (value !== '' && wordCount(value) <= 8 && !/^(?:https?:|www\.)/i.test(value))
        add(value, 0.8, `source: the page's source line ${quoted}`);
    }
    // "Press Release: New Zealand Government": the issuer, when it is a body and not a headline.
    const issuer = ISSUER.exec(line)?.[1];
    if (issuer && ORGANISATION.test(issuer)) add(issuer, 0.75, `issuer: the release's issuer line ${quoted}`);
    const han = HAN_SOURCE.exec(line)?.[1];
    if (han) add(han, 0.8, `source: the page's source line ${quoted}`);
    add(
      channelInvite(line) ?? FOLLOW.exec(line)?.[1] ?? READ_ON.exec(line)?.[1],
      0.65,
      `follow: the page's "follow us" bar ${quoted}`,
    );
    add(SITE_ICON.exec(line)?.[1], 0.65, `icon: the site's logo named ${quoted}`);
    add(WELCOME.exec(line)?.[1], 0.65, `welcome: the site's welcome banner ${quoted}`);
    add(REPUBLISHED.exec(line)?.[1], 0.75, `republished: the note naming where the text comes from, ${quoted}`);
  }
  return out.map((c) => ({ ...c, why: `from ${c.why.replace(/^\w+: /, '')}` }));
}
