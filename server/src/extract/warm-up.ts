import { RELEASE_LANGUAGES } from '../../../shared/words';
import { ADDITIONAL_WORDS } from './additional/additional';
import { compiledOf } from './date-pairs';
import { LANGUAGES } from './languages';
import { extractRelease } from './release';
import type { ReleaseLanguage } from './types';

/**
 * A short release in each language, read once at boot. The first reading of
 * a long text in a language costs several times the next ones (measured: a
 * 100 KB hostile Spanish text took 160–440 ms the first time in a process,
 * 20–30 ms after): V8 compiles and optimises the rules' code and regexes on
 * first use. Reading a short release in each language at boot
 * pays that once, before any editor or request waits for it.
 */
const SAMPLES: Record<ReleaseLanguage, string> = {
  en:
    'Police forces from 3 countries took part in Operation Sample I from 10 to 21 November 2025. ' +
    'About 1,400 officers were deployed; they arrested 5 suspects, identified 2 victims and opened at least ' +
    '7 new investigations. More than 1,300 websites were closed and USD 2 million in assets seized. ',
  fr:
    "Des policiers de 3 pays ont participé à l'opération Exemple I, du 10 au 21 novembre 2025. " +
    'Environ 1 400 agents ont été mobilisés ; 5 suspects ont été interpellés, 2 victimes identifiées et au moins ' +
    "7 enquêtes ouvertes. Plus de 1 300 sites web ont été fermés et 2 millions de dollars d'avoirs saisis. ",
  es:
    'Agentes de 3 países participaron en la Operación Ejemplo I, del 10 al 21 de noviembre de 2025. ' +
    'Unos 1.400 agentes fueron desplegados; 5 sospechosos fueron detenidos, 2 víctimas identificadas y al menos ' +
    '7 investigaciones abiertas. Se cerraron más de 1.300 sitios web y se incautaron 2 millones de dólares en activos. ',
};

/**
 * V8 compiles a regex to native code at once when its first subject is long (over about 1,000 characters);
 * a regex first run on short sentences stays in V8's interpreter, where some of the rules take 50 times as long
 * on a long hostile text (measured: one Spanish pattern, 1.2 ms native, 65 ms interpreted, on 100 KB). So each
 * sample is read as one long sentence first (its sentences joined by commas, repeated past 1,000 characters),
 * then as written.
 */
const LONG_SUBJECT = 1200;
const asOneLongSentence = (sample: string) => {
  const clauses = sample.replace(/\. /g, ', ').trim();
  return `${clauses}, `.repeat(Math.ceil(LONG_SUBJECT / clauses.length)) + clauses;
};

/**
 * Runs every regex of the language's rules once on a long subject, one-byte and two-byte (a 200-word alternation
 * among them): V8 then compiles each to native code at once, without its interpreter's bytecode first. That
 * bytecode, tens of kilobytes for the largest rules (180 KB for one), counts towards the megabyte of regex code
 * after which V8 stops optimising the regexes a process compiles (as long as its executable memory is over 16 MB,
 * as a Strapi server's is); measured: the warm-up alone made 860 KB of it, and the rules compiled after were
 * unoptimised, ten times as slow on a long text. (The samples below still reach what these roots do not.)
 */
function compileNatively(roots: unknown[], subject: string): void {
  const seen = new Set<unknown>();
  const walk = (value: unknown): void => {
    if (!value || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (value instanceof RegExp) {
      const at = value.lastIndex;
      for (const text of [subject, `“${subject}”`]) {
        value.lastIndex = 0;
        value.test(text);
      }
      value.lastIndex = at;
      return;
    }
    for (const inner of Object.values(value)) walk(inner);
  };
  roots.forEach(walk);
}

/**
 * Reads each sample as one long sentence, then as written, each also as a two-byte string (a dash or a curly quote
 * in a release makes it one, and V8 compiles a regex apart for such strings) (~2 s of CPU in all, at boot, before
 * the server listens).
 */
export function warmUpExtractor(): void {
  for (const language of RELEASE_LANGUAGES) {
    const rules = LANGUAGES[language];
    const roots = [rules, ADDITIONAL_WORDS[language], rules.dates.pairs && compiledOf(rules.dates.pairs)];
    compileNatively(roots, asOneLongSentence(SAMPLES[language]));
  }
  for (const language of RELEASE_LANGUAGES) {
    for (const sample of [SAMPLES[language], `“${SAMPLES[language]}”`]) {
      extractRelease(asOneLongSentence(sample), { locale: language });
      extractRelease(sample, { locale: language });
    }
  }
}
