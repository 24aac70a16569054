/** What stands between figures, or where a label was looked for, that the reader of other figures tells apart. */

// A span of time, read where a label was looked for: "cinq ans", "two years", "tres meses".
export const DURATION =
  /^(?:[\p{L}-]+\s)?(?:ans|années|mois|semaines|jours|heures|años|meses|semanas|días|horas|years|months|weeks|days|hours)$/iu;
// Only a conjunction (and a cue) between two figures: " et plus de ", " and ", " y unos ".
export const JOINED = /^\s*(?:and|or|et|ou|y|e|o)\s+(?:\p{L}+\s+){0,2}$/u;
// A figure after another's noun and "and" ("checked 230,000 passengers and 19,000 vehicles"), or a comma, "as well as"
// and a cue ("inspeccionaron 4.600 explotaciones, 320 almazaras …, así como unos 1.900 vehículos"): the verb before the
// first is the next ones' too.
export const JOINED_AFTER =
  /^\s+(?:[\p{L}'-]+ ){0,8}(?![\p{L}'-]*(?:ed|aron|ieron|ó|ado|ados|ada|adas|ido|idos|ida|idas|é|és|ée|ées) )[\p{L}'-]+(?:, ?| )(?:(?:and|or|et|ou|y|e|o|as well as|así como|ainsi que) )?(?:(?:about|some|around|nearly|almost|over|more than|at least|up to|unos|unas|más de|cerca de|casi|alrededor de|al menos|hasta|environ|près de|plus de|quelque|au moins|jusqu'à) )?$/u;

// Two sums joined by "and" with nothing else between them, the second's cue aside.
export const SUMS_JOINED = /^\s*(?:and|et|y|e)\s+$/u;
// Sums listed on one line: a comma, or "and", between them (their currencies aside).
export const SUMS_LISTED = /^\s*(?:,\s*(?:(?:and|et|y|e)\s+)?|(?:and|et|y|e)\s+)$/u;
export const CURRENCY = /^[A-Z]{3}$/;
