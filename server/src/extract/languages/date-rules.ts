/** How the extractor's language rules tell dates: a period read, a period told by its ends, a range's parts. */

/** A date range read from a release. */
export interface DateRange {
  startDate: string;
  /** Undefined for an operation told only by its first day ("The operation started on Sunday 20 February"). */
  endDate?: string;
  /** An operation told only by its last day ("la operación culminó el sábado 12 de septiembre"): no first day. */
  endOnly?: boolean;
  /** The exact text read. */
  evidence: string;
  index: number;
}

/**
 * A period told by its two ends, each after its own words ("began on 3 June 2024 and ended on 9 June",
 * "arrancó el 28 de junio de 2022 y concluyó el 23 de noviembre"), however the words between them run
 * (dates.ts reads them; the range patterns read the set phrasings).
 */
export interface DatePairs {
  /** The words before a period's first day ("began on", "à partir du", "desde el"), as a pattern source. */
  starts: string;
  /** The words before its last day ("ended on", "jusqu'au", "y concluyó el"), as a pattern source. */
  ends: string;
  /**
   * The verbs alone among `ends` ("ended on", "s'est achevée le", "concluyó el"): a last day they name in the next
   * sentence, when the first day ends its own ("The operational phase began on 28 June 2022. … was formally closed
   * on 23 November 2022"), ends the period too. As a pattern source.
   */
  endsNext: string;
  /** A date as the language writes it, weekday, day, month and year or not ("Monday 15 September 2014"), as a source. */
  date: string;
  /** A day alone after the end's words ("terminó el martes 16."): the first day's month; as a pattern source. */
  day: string;
  /** A weekday as the language writes it before a date ("Thursday", "jeudi", "jueves"), as a pattern source. */
  weekday: string;
  /**
   * The operation itself as the subject of the words that start it, before its first day ("the operation started
   * on", "l'opération a débuté le", "la operación comenzó el"), as a pattern source: a period told by its first
   * day alone.
   */
  opened: string;
  /**
   * The operation as the subject of the words that end it, before its last day ("the operation … ended on Friday
   * 15 April", "l'opération … s'est achevée vendredi dernier, le 15 avril", "la operación concluyó el"), as a
   * pattern source: with a first day told by `opened`, a period told by its two ends apart. Optional.
   */
  closed?: string;
  /**
   * Words saying people were arrested or the action was carried out, just before a weekday told alone ("arrested …
   * in the early hours of", "ont été arrêtées", "detuvieron este"), as a pattern source: under a dated dateline, that
   * weekday names the action's one day (weekday-day.ts). Optional.
   */
  actedOn?: string;
  /** Words saying the operation took place, just before a day ("took place on", "a eu lieu le"), as a pattern source:
   * under no dated dateline, the one day the lead so tells is the action's (not "announced on …"). */
  tookPlace: string;
  /**
   * A gathering beside the operation named right before a period or a day, and the words that bring in its dates
   * ("a training course from", "the debriefing meeting took place on", "une réunion s'est tenue le", "un taller del"),
   * as a pattern source: those dates are the gathering's, not the operation's. Optional.
   */
  gathering?: string;
  /**
   * People said to have attended a gathering, after a period that opens its sentence ("Du 18 au 20 octobre, 45
   * policiers avaient suivi … un atelier de formation"), as a pattern source: that period is the gathering's. Optional.
   */
  attended?: string;
  /**
   * Words after a day in the lead that make it the first day of an operation that goes on ("The raids on Wednesday,
   * 11 September 2024, launched Ops Global"), as a pattern source matched right after the day. Optional.
   */
  launchedAfter?: string;
  /**
   * Words before a day in the lead that make it the last day of an operation that ran before it ("Police terminated
   * Operation Highwater yesterday, Tuesday 29 June": an investigation's end, not a one-day action), as a pattern
   * source matched at the end of the words before the day. Optional.
   */
  endedBefore?: string;
  /**
   * A date as a wire service writes it in its dateline, its month cut short ("SÃO PAULO, 23 dic. 2020 (EFE) –"): read
   * only there, as the release's own date (`[day, month, year]`, or null). Optional: a language whose `date` reads
   * such dates needs none.
   */
  wireDate?: { pattern: string; read(written: string): [number, number, number] | null };
  /** [day, month, year or null] of a `date` or `day` match; null when it is not one. */
  read(written: string): [number, number | null, number | null] | null;
}

/** `[startYear, startMonth, startDay, endYear, endMonth, endDay]` of a date-range match, or null. */
export type DateBuilder = (m: RegExpExecArray) => [number, number, number, number, number, number] | null;
