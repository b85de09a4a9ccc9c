/** The desk's settings (settings.get / settings.set). */
export type DeskSettings = {
  /** The desk's own country, by its one name ("Republic of Korea"); null until it is set (first run). */
  country: string | null;
  /** Every country Briefbook knows, by its one name: what the country can be set to. */
  countries: string[];
};
