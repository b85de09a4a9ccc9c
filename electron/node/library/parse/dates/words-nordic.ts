// Swedish, Danish and Norwegian words of a meeting and of what is still to come, shared by the
// date, place and participant rules (words.ts and participants/meeting.ts join them to their lists).
// Whole words only: "utrikesministermöte" or "Statsbesök" are compounds, not a meeting reported; not
// "träffades" (also "were hit"), nor a bare "Besök"/"Besøg" (a link's "visit").

/** A meeting, talks, a call, a reception or an audience: "träffade", "tog emot", "møtte", "tok imot", "mødtes", "modtog". */
export const NORDIC_MEETING = String.raw`(?<![\p{L}])(?:träffade|träffat|träffar|mötte|möttes|möte[nt]?|samtal\p{L}*|besöket|besökte|besøket|besøkte|besøget|besøgte|tog\s+emot|togs\s+emot|tar\s+emot|audiens\p{L}*|företräde|kreditivbrev\p{L}*|akkreditiv\p{L}*|møtte|møttes|møtt|møte|møtet|traff|trafft|tok\s+imot|tatt\s+imot|mødtes|mødte|møde|mødet|modtog|modtaget|modtager|tog\s+imod|taget\s+imod|opkald\p{L}*|telefonsamtal\p{L}*)(?![\p{L}])`;

/**
 * The past of meeting, receiving, visiting and discussing: Swedish "träffade", "tog emot", Norwegian "møtte", "tok imot",
 * Danish "mødtes", "modtog", "drøftede". A lead that tells one ("møtte torsdag …") reports a meeting held, whatever its
 * next sentence plans ("Fredag skal han møte …").
 */
export const NORDIC_PAST = String.raw`(?<![\p{L}])(?:träffade|träffades|mötte|möttes|besökte|tog\s+emot|samtalade|diskuterade|møtte|møttes|traff|besøkte|tok\s+imot|diskuterte|drøftet|mødtes|mødte|besøgte|modtog|tog\s+imod|drøftede|diskuterede)(?![\p{L}])`;

/** What is to come: "ska träffa", "skal møte", "kommer att", "vil mødes", "väntas", "nästa vecka", "neste uke", "den kommende"; not a bare "neste", which is Portuguese for "in this". */
export const NORDIC_FUTURE = String.raw`(?<![\p{L}])(?:ska|skall|skal|kommer\s+att|vil|väntas|ventes|planlagt|planerad|planerat|nästa|neste\s+(?:uke|år|måned|gang)|næste|kommande|kommende)(?![\p{L}])`;

/** A date that belongs to something else: "siden han tiltrådte … den 15. maj" (since he took office), "sedan 1 september". */
export const NORDIC_OTHER = String.raw`(?<![\p{L}])(?:sedan|siden|tillträdde|tiltrådte|tiltrådde)(?![\p{L}])`;
