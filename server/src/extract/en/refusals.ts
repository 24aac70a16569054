/**
 * What makes an English stat's match something else than the figure it looks like: sticky lookbehinds and tests the
 * rules in stat-rules.ts ask of a match (see looking-back.ts).
 */

// Sticky lookbehind, asked at the match (see looking-back.ts).
export const AFTER_THE = /(?<=\bthe\s+)/iy;
// "more than 450 police officers took part across the five countries": the countries the operation acted in.
export const TOOK_PART_IN_THE =
  /(?<=\b(?:took\s+part|participated|were\s+deployed|were\s+mobili[sz]ed)\s+(?:across|in|throughout)\s+the\s+)/iy;
// Officers read that are none: liaison officers beside those deployed, and police forces or agencies counted.
export const LIAISON_OFFICERS = /\bliaison\s+officers?\b/i;
export const ENDS_ON_POLICE = /\bpolice$/i;
export const POLICE_BODIES =
  /^(?:\s(?:services|forces|departments|agencies|stations|units)\b|,\s(?:[a-z-]+\s){0,4}?(?:and|or)\s(?:[a-z-]+\s){0,3}?(?:agencies|authorities|bodies|administrations|services|forces)\b)/i;
// Lower-case words between a figure and "countries" that are no name ("1,500 messages with partner countries"); the
// patterns' capitals match any letter under their `i` flag, this test (without it) does not.
export const LOWER_WORDS_BEFORE_COUNTRIES =
  /\d\s+(?!(?:different|participating|member|partner|countries|nations|jurisdictions|states)\b)\p{Ll}[\p{L}-]*\s+(?:\p{L}[\p{L}-]*\s+)?(?:(?:partner|member|participating|different)\s+)?(?:countries|nations|jurisdictions|states)\b/u;
// "Cybercrime units from the ten member countries of ASEAN": the forces of them all took part.
export const FORCES_OF_THE = new RegExp(
  `(?<=(?<!\\b(?:connects|connecting|links|linking|helps|helping|enables|supports|supporting|assists|serves|serving|trains|trained|training|train)\\s+(?:the\\s+)?(?:\\w+\\s+)?)\\b(?:units|forces|police|officers|investigators|teams|authorities|agencies|services|agents|officials|experts|specialists|prosecutors|customs|administrations)\\s+(?:from|of)\\s+(?:all\\s+)?the\\s+)`,
  'iy'
);
