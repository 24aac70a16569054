/**
 * A sentence that tells of a gathering beside the operation, a training, a workshop, a conference, and who came to
 * it: "The training course brought together 45 investigators from 12 countries", "Ten countries took part in a
 * workshop", "La formation a réuni 45 enquêteurs venus de 12 pays", "Diez países participaron en un taller" (or "en Viena
 * en un seminario": a place between), exercises
 * held with other navies ("14 exercices menés avec les marines de 11 pays"). Its
 * countries and officers are the gathering's, not the operation's (`refuseSentence` of those rules). In English,
 * French and Spanish; not global.
 */

const EN_EVENT = '(?:training|workshop|seminar|course|conference|webinar|meeting|debriefing|briefing|summit)s?';
export const EN_GATHERING = new RegExp(
  `\\b${EN_EVENT}\\b[^.;]{0,40}?\\b(?:brought\\s+together|gathered|(?:was\\s+|were\\s+)?attended\\s+by)\\b|\\b(?:(?:took\\s+part|participated|were\\s+represented)\\s+in|attended)\\s+(?:[A-Z][\\w-]*\\s+in\\s+)?(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,2}?${EN_EVENT}\\b|\\bexercises\\s+(?:(?:held|conducted|carried\\s+out)\\s+)?(?:with|alongside)\\b`,
  'i'
);

const FR_EVENT =
  '(?:formations?|ateliers?|séminaires?|stages?|(?<!\\bau\\s)cours|conférences?|webinaires?|réunions?|débriefings?|briefings?|sommets?)';
export const FR_GATHERING = new RegExp(
  `(?<![\\p{L}])${FR_EVENT}(?![\\p{L}])[^.;]{0,40}?(?<![\\p{L}])(?:a|ont|avait|avaient)\\s+(?:réuni|rassemblé|accueilli)(?![\\p{L}])|(?<![\\p{L}])(?:ont|a|avaient|avait)\\s+(?:participé|pris\\s+part|assisté)\\s+(?:à\\s+\\p{Lu}[\\p{L}-]*\\s+)?(?:à\\s+(?:un|une|la|le|l['’]|des)|au|aux)\\s*(?:[\\p{L}-]+\\s+){0,2}?${FR_EVENT}(?![\\p{L}])|(?<![\\p{L}])exercices\\s+(?:conjoints\\s+)?(?:(?:menés|conduits|réalisés)\\s+)?avec(?![\\p{L}])`,
  'iu'
);

const ES_EVENT =
  '(?:cursos?|talleres|taller|seminarios?|formación|conferencias?|webinarios?|reuniones|reunión|cumbres?|sesiones\\s+informativas)';
export const ES_GATHERING = new RegExp(
  `(?<!\\p{L})[Ee]n\\s+(?:el|la|un|una)\\s+${ES_EVENT}(?!\\p{L})[^.;]{0,60}?(?<!\\p{L})(?:participaron|participó|asistieron|asistió)(?!\\p{L})|(?<!\\p{L})${ES_EVENT}(?!\\p{L})[^.;]{0,40}?(?<!\\p{L})(?:reunió|reunieron|congregó|congregaron|ha\\s+reunido|han\\s+reunido)(?!\\p{L})|(?<!\\p{L})(?:(?:participaron|participó|asistieron|asistió|tomaron\\s+parte)\\s+en|(?:asistieron|asistió|acudieron|acudió)\\s+a)\\s+(?:\\p{Lu}[\\p{L}-]*\\s+en\\s+)?(?:un|una|el|la|los|las)\\s+(?:[\\p{L}-]+\\s+){0,2}?${ES_EVENT}(?!\\p{L})|(?<!\\p{L})ejercicios\\s+(?:conjuntos\\s+)?(?:(?:realizados|efectuados|llevados\\s+a\\s+cabo)\\s+)?con(?!\\p{L})`,
  'iu'
);
