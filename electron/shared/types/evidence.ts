// Why Briefbook believes what it read in a record: for each field, the candidates it found
// (structured metadata, byline, dateline, headline, body text), how sure each is, and the one
// that was chosen. Low confidence is shown as "Check" until a person confirms or corrects it.

/** Where a candidate value came from. */
export type EvidenceSource =
  /** The file says so about itself: a page's meta tags, JSON-LD, <time>, YAML front matter, PDF or Word properties. */
  | 'metadata'
  /** A byline or date block under the headline ("입력 2021.04.29 10:00", "Thứ Năm, 29/04/2021"). */
  | 'byline'
  /** An agency dateline opening the text ("HANOI, April 28 (VNA) –"). */
  | 'dateline'
  /** The headline position (first lines above the prose). */
  | 'heading'
  /** The body text ("met on Tuesday", "외교부 장관은 이날"). */
  | 'body'
  /** The people directory: someone Briefbook has met before. */
  | 'directory'
  /** Made up from other fields (a title from the first sentence): always checked. */
  | 'derived';

/** The fields a candidate can be for (participants carry their own confidence). */
export const EVIDENCE_FIELDS = ['title', 'publisher', 'publishedAt', 'meetingDate', 'place', 'language'] as const;
export type EvidenceField = (typeof EVIDENCE_FIELDS)[number];

export type FieldCandidate = {
  value: string;
  source: EvidenceSource;
  /** 0…1: how sure this one piece of evidence is, before it meets the others. */
  confidence: number;
  /** In a desk officer's words: "from the page's publication date", "'on Tuesday', the Tuesday before the byline's date". */
  why: string;
};

export type FieldEvidence = {
  /** The chosen value (null: nothing the record supports). */
  value: string | null;
  /** 0…1 after agreement and disagreement between candidates. */
  confidence: number;
  /** True when a person should look: low confidence, candidates that disagree, or a value made up from others. */
  check: boolean;
  /** Why this value (the chosen candidate's reason), or why none. */
  why: string;
  /** Every candidate found, best first. */
  candidates: FieldCandidate[];
};

export type RecordEvidence = Partial<Record<EvidenceField | 'participants', FieldEvidence>>;

/** Below this, a field is marked Check. */
export const CHECK_BELOW = 0.6;
