// The people directory (issue 11): everyone the records name, with their name in every script,
// their roles over time and the records they appear in.

/** One way of writing a person's name: "Bùi Thanh Sơn", "Bui Thanh Son", "부이 타인 선". */
export type PersonForm = {
  form: string;
  /** 'Latin', 'Hangul', 'Han', 'Kana', 'Cyrillic'… */
  script: string;
  /** Added by hand rather than read from a record. */
  byUser: boolean;
};

export type PersonSummary = {
  id: string;
  /** The form the directory shows. */
  name: string;
  /** The other forms, in every script. */
  otherForms: string[];
  country: string | null;
  /** The role typed by a desk officer, else the latest role the records give. */
  role: string | null;
  recordCount: number;
  /** A desk officer confirmed, corrected or edited the entry: the parser's guesses do not change it. */
  confirmed: boolean;
  updatedAt: string;
};

/** One role over time: when the records first and last give it, and which records. */
export type PersonRole = {
  role: string;
  country: string | null;
  /** YYYY-MM-DD of the first and last record giving it (or the day it was typed); null when undated. */
  from: string | null;
  to: string | null;
  byUser: boolean;
  confirmed: boolean;
  records: { recordId: string; title: string; date: string | null }[];
};

/** A record the person appears in, and how it names them. */
export type PersonAppearance = {
  recordId: string;
  title: string;
  date: string | null;
  /** The name as the record writes it. */
  nameAsWritten: string;
  role: string | null;
  country: string | null;
  confirmed: boolean;
  /** 'participant': in the record's participant list; 'named': the text writes a known form of the name. */
  how: 'participant' | 'named';
};

export type PersonDetail = PersonSummary & {
  forms: PersonForm[];
  roles: PersonRole[];
  records: PersonAppearance[];
};

/** What the directory says about a name: the person, shown by their directory name. */
export type PersonRef = { id: string; name: string };
