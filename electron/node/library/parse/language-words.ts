// The short words and letters that tell Latin-script languages apart (language.ts counts them).

/** The commonest function words of Latin-script languages: enough to tell them apart in a paragraph. */
export const FUNCTION_WORDS: Record<string, string> = {
  en: 'the of and to in a is that for on with as was by at from it be has have are said will which this an',
  id: 'yang dan di dengan untuk ini itu dari dalam tersebut akan pada kedua juga tidak adalah oleh ke bahwa telah sebagai para',
  ms: 'yang dan di dengan untuk ini itu dari dalam tersebut akan pada kedua juga tidak ialah oleh ke bahawa telah sebagai kerana',
  fr: 'le la les de des du et en un une est que qui dans pour sur par au aux avec a il ne pas se son sa ses',
  de: 'der die das und in den von zu mit sich des auf für ist im dem nicht ein eine als auch es an wird bei',
  es: 'el la los las de del y en un una que por con para se su al es lo como más sus fue ha',
  pt: 'o a os as de do da dos das e em um uma que por com para se seu sua ao é não mais foi',
  it: 'il lo la i gli le di del della e in un una che per con si su al è non anche come dei',
  // Not "met" ("with"): it is English's commonest word of meeting ("Minister X met Minister Y in …").
  nl: 'de het een en van in is dat op te voor zijn niet aan er ook als bij door naar worden werd',
  tl: 'ang ng mga sa na at ay si ni kay para nang ito mula kanyang kanilang din rin upang',
  sv: 'och i att det som en på är av för med till den har de inte om ett var',
  // Danish and Norwegian share most short words; each keeps its own spellings (af/av, efter/etter, sig/seg, blev/ble)
  // and Norwegian its Nynorsk forms (ein, eit, dei, ikkje, frå).
  da: 'og i at det som en på er af for med til den har de ikke om et var sig fra efter blev mellem også',
  no: 'og i at det som en på er av for med til den har de ikke om et var seg fra etter ble mellom også ein eit dei ikkje frå',
  fi: 'ja on ei se että oli myös kanssa sekä mukaan hän ovat kun mutta joka jossa vuonna olla vain tämä',
  tr: 've bir bu ile için olarak olan da de daha çok ise gibi kadar ama ki sonra ayrıca ilgili son yaptığı',
  // Catalan (latin28): the short words it shares with Spanish and its own ("els", "amb", "i", "per", "va", "seu"), none of
  // Spanish's "y", "los", "por", "con", "para", "su".
  // Swahili: its connecting "wa", "ya", "kwa", "cha", "vya" and its own short words, not "na", "ni", "la" that others write.
  sw: 'wa ya kwa cha vya katika kuwa hiyo huo hilo hicho pia amesema alisema baada hadi lakini zaidi wakati kutoka ambapo ambao ambayo',
  ca: 'el la els les de del dels i en amb per que un una és ha va al seu seva aquest aquesta també han pel hi',
  // Languages read by their short words and, beside them, the letters they alone write (OWN_LETTERS). A word two
  // languages share ("a", "is", "de", "la") counts for both, so it never decides between them.
  hu: 'a az és hogy nem is egy meg volt már csak mint után szerint között pedig vagy sem ki fel alatt során amely aki ahol',
  ro: 'și şi în de la cu pe a al ale pentru că care din un o este sunt fost mai să nu se au după despre acest această între privind',
  az: 'və ilə bu bir də da üçün ki olan olaraq isə edib olub sonra daha çox həm görə kimi arasında barədə',
  lt: 'ir kad su yra buvo į iš bei taip pat kaip jo jų tai ar po per už prie apie nuo bus savo metu',
  lv: 'un ir ar par no uz ka kas tika bija arī lai pie to tas viņš kā līdz pēc šī savu',
  // Estonian: not the "ja", "on", "ei", "oli" it writes as Finnish does (one shared word would tie them).
  et: 'et see ka kui mis aga ning või ta nad pärast juures kes seda ole vastu eest üle',
  is: 'og í á að er sem um við til var með fyrir ekki hefur eru frá voru sér þess það',
  sq: 'të në e i dhe për me që nga është se u ka do një edhe si kanë janë',
  // Slovene's "in", "so", "bo", "tudi", "ki" against Croatian, Serbian and Bosnian's "i", "su", "će", "koji" (their
  // shared "je", "da", "se", "na", "za" count for both); Croatian stands for the three, told apart by language-slavic.ts.
  sl: 'je in da se na za so bo pa tudi ki z s ter ne kot po še bil bila sta iz v',
  hr: 'je i u da se na za su od s koji koja koje kao će iz sa nakon ali te bio bila',
  // Afrikaans: not "met" or "by", which English writes far more often.
  af: 'die het van en in is nie om te vir wat op sy ook na word was aan hulle deur sal kan',
  eu: 'eta da du zuen ere bat ez dira zen egin izan baina dute zuten honek hori bere beste gisa',
};

/**
 * Letters one Latin-script language writes and its neighbours do not: each word holding one counts once more for it.
 * Turkish's ğ and dotless ı (Azerbaijani writes them too, beside its own ə); Hungarian's ő and ű; Romanian's ă, ș, ț
 * (old pages: ţ; not ş, which is Turkish); Lithuanian's ė, ų, į; Latvian's ā, ē, ī and its ķ, ļ, ņ, ģ; Icelandic's þ, ð;
 * Albanian's ë.
 */
export const OWN_LETTERS: [RegExp, string][] = [
  [/[ğıİ]/u, 'tr'],
  [/[əƏ]/u, 'az'],
  [/[őűŐŰ]/u, 'hu'],
  [/[ășțţĂȘȚŢ]/u, 'ro'],
  [/[ėųįĖŲĮ]/u, 'lt'],
  [/[āēīķļņģĀĒĪĶĻŅĢ]/u, 'lv'],
  [/[þðÞÐ]/u, 'is'],
  [/[ëË]/u, 'sq'],
];
