// The everyday words of a reported meeting in the languages of their own scripts that the other lists lack (Armenian,
// Khmer, Burmese, Sinhala, Amharic, Telugu, Kannada, Gujarati, Punjabi, Odia; Marathi beside Hindi's words), and in
// Belarusian, Macedonian and Basque: met, a meeting, talks, a visit, received. Khmer, Burmese and Lao write no spaces
// between words, so their words are read where they stand; the Indic words take their endings after them. Each
// language's future ("will meet", "is to visit", "next week", "tomorrow") is SCRIPTS_AHEAD, for the tense gates.

/** Armenian: "հանդիպեց" (met), "հանդիպում" (a meeting), "բանակցություններ" (talks), "այցելեց" (visited), "հեռախոսազրույց". */
const HY = 'հանդիպ|բանակցություն|այցել|այցով|այցի|այցը|հեռախոսազրույց|տեսազանգ';
const HY_PAST =
  'հանդիպեց|հանդիպել\\s+(?:է|են)|այցելեց|այցելել\\s+(?:է|են)|ընդունեց\\s+(?:\\p{L}+\\s+){0,3}?(?:դեսպան|նախարար|պատվիրակ)';

/** Khmer: "ជួប" (meet), "ពិភាក្សា" (discuss), "ទទួលជួប" (received), "ដំណើរទស្សនកិច្ច" (a visit); the past "បាន" before them. */
const KM = 'ជួបពិភាក្សា|ជួបសម្ដែងការគួរសម|ជួបសម្តែងការគួរសម|ទទួលជួប|បានជួប|ដំណើរទស្សនកិច្ច|កិច្ចពិភាក្សា|សន្ទនាតាមទូរស័ព្ទ';
const KM_PAST = 'បាន(?:ជួប|ទទួលជួប|ពិភាក្សា)';

/** Burmese: "တွေ့ဆုံ" (met), "ဆွေးနွေး" (discussed), "လက်ခံတွေ့ဆုံ" (received); its past "ခဲ့" after them. */
const MY = 'တွေ့ဆုံ|ဆွေးနွေး|လက်ခံတွေ့ဆုံ|ခရီးစဉ်|ဖုန်းဖြင့်';
const MY_PAST = '(?:တွေ့ဆုံ|ဆွေးနွေး)[^။]{0,12}?ခဲ့';

/** Sinhala: "හමුවිය" (met), "හමුව" (a meeting), "සාකච්ඡා" (talks), "සංචාරය" (a visit). */
const SI = 'හමුව|හමුවූ|හමුවී|සාකච්ඡා|සංචාරය|සංචාරයක';
const SI_PAST = 'හමුවිය|හමුවූහ|හමුවූ|සාකච්ඡා\\s+කළේය|සාකච්ඡා\\s+කළහ|සාකච්ඡා\\s+කළා';

/** Amharic: "ተወያዩ" (talked), "ተገናኙ" (met), "ውይይት" (talks), "ጉብኝት" (a visit), "ተቀብለው አነጋገሩ" (received and talked with). */
const AM = 'ተወያዩ|ተወያይተዋል|ተወያይተው|ተገናኙ|ተገናኝተው|ውይይት|ጉብኝት|ጎበኙ|አነጋገሩ|አነጋግረዋል';
const AM_PAST = 'ተወያዩ|ተወያይተዋል|ተገናኙ|ጎበኙ|አነጋገሩ|አነጋግረዋል';

/** Telugu "సమావేశ" (a meeting), "భేటీ", "చర్చలు" (talks); Kannada "ಭೇಟಿ", "ಸಭೆ", "ಮಾತುಕತೆ"; Gujarati, Punjabi and Odia "મુલાકાત", "ਮੁਲਾਕਾਤ", "ସାକ୍ଷାତ" and their words for a sitting and talks; Marathi "भेट घेतली". */
const INDIC = 'సమావేశ|భేటీ|చర్చలు|ಭೇಟಿ|ಸಭೆ|ಮಾತುಕತೆ|મુલાકાત|બેઠક|ਮੁਲਾਕਾਤ|ਮੀਟਿੰਗ|ਗੱਲਬਾਤ|ସାକ୍ଷାତ|ବୈଠକ|ଆଲୋଚନା|भेट\\s+घेतली|भेटीत|भेटीदरम्यान';
const INDIC_PAST =
  'సమావేశమయ్యారు|భేటీ\\s+అయ్యారు|ಭೇಟಿಯಾದರು|ಭೇಟಿ\\s+ಮಾಡಿದರು|મુલાકાત\\s+(?:કરી|લીધી)|ਮੁਲਾਕਾਤ\\s+ਕੀਤੀ|ସାକ୍ଷାତ\\s+କରି(?:ଥିଲେ|ଛନ୍ତି)|भेट\\s+घेतली';

/** Belarusian: "сустрэўся" (met), "сустрэча", "перамовы" (talks), "наведаў" (visited). Macedonian "се сретна", "средба", "посета"; Basque "bildu zen", "bilera", "bisitan" (its endings only: Tagalog
 * writes "bisita", a guest). */
const EUROPE = String.raw`(?<![\p{L}])(?:сустрэ(?:ўся|лася|ліся|ча|чы|чу)\p{L}*|перамов\p{L}*|наведа(?:ў|ла|лі)|се\s+сретна(?:а|ле|л)?|средба\p{L}*|средби\p{L}*|посета\p{L}*|(?:bildu|elkartu)\s+(?:zen|ziren)|bilera\p{L}*|bilkura\p{L}*|harrera\s+egin\s+(?:zion|zien)|bisita(?:n|ren|rekin|k|ra)|bisitaldi\p{L}*)(?![\p{L}])`;
const EUROPE_PAST = String.raw`(?<![\p{L}])(?:сустрэ(?:ўся|лася|ліся)|наведа(?:ў|ла|лі)|се\s+сретна(?:а|ле|л)?|(?:bildu|elkartu)\s+(?:zen|ziren)|harrera\s+egin\s+(?:zion|zien))(?![\p{L}])`;

/** The words above, as one alternation for meeting.ts to join. */
export const SCRIPTS_MEETING = `${HY}|${HY_PAST}|${KM}|${MY}|${SI}|${AM}|${INDIC}|${EUROPE}`;
/** Their past verbs alone: a meeting told as done. */
export const SCRIPTS_MEETING_PAST = `${HY_PAST}|${KM_PAST}|${MY_PAST}|${SI_PAST}|${AM_PAST}|${INDIC_PAST}|${EUROPE_PAST}`;

/**
 * Their futures: Armenian "կհանդիպի" (will meet), "վաղը" (tomorrow); Khmer "នឹង" (will; not "ជាមួយនឹង", with); Burmese "မည်" (not "အမည်", a name); Sinhala "නියමිත" (is
 * due to); Amharic "ይወያያሉ"; the Indic "…నున్నారు", "…ಲಿದ್ದಾರೆ", "લેશે", "ਕਰਨਗੇ", "କରିବେ", "घेणार"; Belarusian "сустрэнецца",
 * "наступным тыдні"; Macedonian "ќе"; Basque "-ko du" ("bilduko da").
 */
export const SCRIPTS_AHEAD =
  /կհանդիպ|կայցել|վաղը|հաջորդ\s+շաբաթ|(?<!ជាមួយ)នឹង|(?<!အ)မည်(?=\s*(?:ဖြစ်|။|$))|နောက်အပတ်|නියමිත|හෙට|ይወያያሉ|ይገናኛሉ|ይጎበኛሉ|నున్నారు|ಲಿದ್ದಾರೆ|લેશે|કરશે|ਕਰਨਗੇ|ਕਰੇਗਾ|ਕਰੇਗੀ|କରିବେ|घेणार|करणार|(?<![\p{L}])(?:сустрэнецца|сустрэнуцца|наведае|наступным|заўтра|ќе|\p{L}+ko\s+(?:du|dute|da|dira))(?![\p{L}])/iu;
