// Italian and Catalan words of a meeting that the shared lists (words.ts, participants/meeting.ts)
// did not hold: Italian "colloquio" (the participants list lacked it), "telefonata", "udienza", "lettere credenziali"; Catalan "ha rebut", "va rebre",
// "rep a Palau" (a headline's present), "trobada", "ha trucat" (a call), "reunió".

export const ROMANCE_MEETING = String.raw`(?<![\p{L}])(?:colloqui[oa]?|telefonat[ao]|telefonate|ha\s+telefonato|udienza|lettere\s+credenziali|ha\s+accolto|hanno\s+accolto|ha\s+rebut|han\s+rebut|va\s+rebre|van\s+rebre|rep\s+(?:a|al|l['’]|la|els|les)|trobada|ha\s+trucat|va\s+trucar|trucada|reunió)(?![\p{L}])`;
