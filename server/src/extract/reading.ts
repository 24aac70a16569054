import { findCodename } from './codename';
import { withoutOwnEdition } from './codename-editions';
import { earlierYearEditions, lastYearIsOwn, namesAYearBefore, opensOnEarlier } from './years';
import { compiledOf } from './date-pairs';
import { actionDayInLead, openedAndClosedOn, aGatheringOn, onePartOfItsTime, openedOn, closedOn } from './dates';
import { openEnded } from './open-ended';
import type { DateRange, LanguageRules } from './languages/types';
import { mask } from './mask';
import { namesAnotherEdition, namesAnotherOperation, namesASeparateOperation } from './other-operations';
import { matchesOf, regex } from './regexps';
import { markOneCountryParts } from './sections';
import { afterLeadOf, escapeRegExp, fold, leadOf, sentenceFinder, sentences, type Sentence } from './text';
import type { ExtractedText } from './types';

// How far into its sentence a period may open it (after a dateline: "CAYENNE, le 28 novembre 2023 – Du lundi 6 …").
const PERIOD_OPENS = 60;
// How far after a period the words saying people attended a gathering then may run (its subject and their verb).
const ATTENDED_AFTER = 160;

/**
 * A release read once for everything the extractor proposes: the text folded
 * and masked, its sentences, the operation's period and year, its codename,
 * and which sentences tell of something else (an earlier edition, another
 * operation). The six figures (fields.ts) and the additional figures
 * (additional/) both ask these questions, so both get the same answers.
 */
export interface ReleaseReading {
  language: LanguageRules;
  /** The text as pasted: every evidence is a span of it. */
  original: string;
  /** `original` with typographic variants folded (same length). */
  folded: string;
  /** `folded` with phone numbers, dates and times masked (same length). */
  work: string;
  sentences: Sentence[];
  /** The operation's period, when the release gives one it does not contradict. */
  period?: DateRange;
  /** The operation's year: of its period, else the latest year the release names (0 when none). */
  year: number;
  codename?: ExtractedText;
  /** Whether the sentence holding `index` tells of an earlier edition. */
  isEarlier(index: number): boolean;
  /** Whether a sentence tells of an earlier edition or another operation: its figures are not this one's. */
  isEarlierSentence(sentence: Sentence): boolean;
  /** Whether the sentence holding `index` tells one country's part of the operation (sections.ts). */
  isOneCountry(index: number): boolean;
  /** Whether the sentence at `index` tells of a separate operation beside this one, or names another (other-operations.ts). */
  isSeparate(index: number): boolean;
}

const YEAR = /\b(?:19|20)\d\d\b/g;
// An edition numbered one ("Tenaza 1", "Tenaza I"): no later edition.
const FIRST_EDITION = /^(?:1|I)$/;

export function readRelease(text: string, language: LanguageRules): ReleaseReading {
  const original = text;
  const folded = fold(text);
  const { text: work, ranges } = mask(folded, language);
  const list = sentences(work);
  markOneCountryParts(list, work, language.share);
  const { at: sentenceAt, before } = sentenceFinder(list, work);
  // The year of the operation: of its period when the release gives one, else the latest year it names.
  // The agency's boilerplate: from its heading on, nothing is about this operation (nor its years: "d'ici 2027").
  const boilerplateAt = language.boilerplate?.exec(work)?.index ?? Infinity;
  const years = matchesOf(folded.slice(0, boilerplateAt), YEAR).map((m) => Number(m[0]));
  const earlierEdition = earlierYearEditions(work, language.operationWord);
  const isEarlierText = (text: string, year: number) =>
    language.earlier.text.test(text) ||
    language.earlier.planned?.test(text) === true ||
    namesAYearBefore(text, language.earlier.yearEdition, year) ||
    earlierEdition(text);
  // A period written first in its sentence, its words up to the period's end telling of no earlier time.
  // (not after a sentence on an earlier edition in its paragraph: "… par rapport à l'édition précédente. Conduite du 6 au
  // 12 novembre 2023 avec onze pays, celle-ci s'était soldée par …")
  const opensItsSentence = (sentence: Sentence, range: { index: number; evidence: string }) =>
    range.index - sentence.index <= PERIOD_OPENS &&
    !earlierInLatestYear(before(sentence)) &&
    !isEarlierText(sentence.text.slice(0, range.index - sentence.index + range.evidence.length), latestYear);
  const latestYear = years.length ? Math.max(...years) : 0;
  // (asked once per sentence: a hostile sentence of thousands of ranges would be read again for each)
  const earlierTold = new Map<Sentence | undefined, boolean>();
  const earlierInLatestYear = (sentence: Sentence | undefined) => {
    let earlier = earlierTold.get(sentence);
    if (earlier === undefined) earlierTold.set(sentence, (earlier = isEarlierText(sentence?.text ?? '', latestYear)));
    return earlier;
  };
  const { pairs } = language.dates;
  const gatherings = pairs && compiledOf(pairs);
  // (a period in a sentence that is earlier only for naming its own year's edition: read if no other is told)
  const editionsOwn: typeof ranges = [];
  const ownEdition = (text: string, start: string) =>
    !language.earlier.text.test(text) &&
    language.earlier.planned?.test(text) !== true &&
    matchesOf(text, language.earlier.yearEdition).every((m) => m[1] === start.slice(0, 4));
  const current = ranges.filter((range) => {
    const sentence = sentenceAt(range.index);
    const earlier = earlierInLatestYear(sentence);
    // ("Officers attended a training course from 8 to 12 April 2024": the gathering's; "Solo en la semana del …": a part)
    if ((gatherings && aGatheringOn(folded, range.index, gatherings)) || onePartOfItsTime(sentence?.text)) return false;
    // ("Du 18 au 20 octobre, 45 policiers avaient suivi un atelier de formation": a gathering its sentence names after it)
    const after = range.index + range.evidence.length;
    if (
      gatherings &&
      sentence &&
      range.index - sentence.index <= PERIOD_OPENS &&
      gatherings.attended.test(folded.slice(after, after + ATTENDED_AFTER))
    )
      return false;
    // (a period that opens its sentence, the cue for an earlier time after it: "Du lundi 6 au vendredi 24 novembre 2023,
    // la gendarmerie a conduit … où les chantiers se sont multipliés depuis le début de l'année")
    if (!earlier || (sentence !== undefined && opensItsSentence(sentence, range))) return true;
    if (sentence && ownEdition(sentence.text, range.startDate)) editionsOwn.push(range);
    return false;
  });
  // "The 2023 edition ran from 1 January to 31 December 2023", released in January 2024 under a headline on 2023: the
  // edition of the period's own year, when no other period is told, is this one.
  const headlineYear = (range: DateRange) =>
    list.some(
      (s) => s.headline && folded.slice(s.index, s.index + s.text.length).includes(range.startDate.slice(0, 4))
    );
  if (current.length === 0) current.push(...editionsOwn.filter(headlineYear));
  let distinct = new Set(current.map((r) => `${r.startDate}/${r.endDate}`));
  // Two periods, one of them told as the operation's first phase: the other is this one's.
  const { phases } = language.earlier;
  if (distinct.size > 1 && phases) {
    const later = current.filter((range) => !phases.first.test(sentenceAt(range.index)?.text ?? ''));
    const left = new Set(later.map((r) => `${r.startDate}/${r.endDate}`));
    if (left.size === 1 && later.length < current.length) {
      current.splice(0, current.length, ...later);
      distinct = left;
    }
  }
  // Two periods, one within the other ("desarrollada del 12 de agosto al 1 de septiembre" and "Del 20 al 22 de agosto
  // se realizó además una jornada intensiva"): a surge or a phase inside the operation; the whole span is its period.
  if (distinct.size > 1) {
    const outer = current.find((a) =>
      current.every((b) => a.startDate <= b.startDate && (b.endDate ?? b.startDate) <= (a.endDate ?? a.startDate))
    );
    if (outer) {
      current.splice(
        0,
        current.length,
        ...current.filter((r) => r.startDate === outer.startDate && r.endDate === outer.endDate)
      );
      distinct = new Set([`${outer.startDate}/${outer.endDate}`]);
    }
  }
  // No period told at all: the one day its lead names with a weekday, shortly before the release (dates.ts).
  const toldEarlier = (index: number) => isEarlierText(sentenceAt(index)?.text ?? '', latestYear);
  const period = openEnded(
    distinct.size === 1
      ? current[0]
      : current.length === 0
        ? (openedAndClosedOn(folded, pairs, toldEarlier) ??
          // or the day its operation is said to have ended on, alone (dates.ts)
          closedOn(folded, pairs, toldEarlier) ??
          actionDayInLead(folded, leadOf(list, folded), pairs) ??
          // (or in the paragraph after it: "In the early hours of Friday, 17 March, about 1,100 federal officers …")
          actionDayInLead(folded, afterLeadOf(list, folded), pairs) ??
          // or the day its operation is said to have started on, alone (dates.ts)
          openedOn(folded, pairs, toldEarlier))
        : undefined,
    list, // (an operation said to have no end: its first day only, open-ended.ts)
    toldEarlier
  );
  const year = period ? Number(period.startDate.slice(0, 4)) : latestYear;
  // Asked once per sentence: the codename's, agency's and headquarters' mentions ask it again (and isEarlierSentence).
  const earlierTexts = new Map<Sentence, boolean>();
  let own: RegExpExecArray | null | undefined; // (the codename's series and edition, once found: withoutOwnEdition)
  let ownLastYear = false; // (and whether "last year" is its own year: lastYearIsOwn)
  const isEarlierAsText = (sentence: Sentence) => {
    let earlier = earlierTexts.get(sentence);
    if (earlier === undefined) {
      let text = own ? withoutOwnEdition(sentence.text, own[1], own[2], language) : sentence.text;
      if (ownLastYear && language.earlier.lastYear) text = text.replace(language.earlier.lastYear, ' ');
      earlier = sentence.index >= boilerplateAt || isEarlierText(text, year);
      earlierTexts.set(sentence, earlier);
    }
    return earlier;
  };
  const isEarlier = (index: number) => {
    const sentence = sentenceAt(index);
    return sentence ? isEarlierAsText(sentence) : false;
  };
  // A name in a sentence that tells of an earlier year as past ("Operation Crimine-Infinito, carried out in July 2010, had
  // led to some 300 arrests"): another operation's name. (Read on the folded text: the sentence's dates are masked.)
  const toldAsPast = (index: number) => {
    const sentence = sentenceAt(index);
    if (!sentence || year === 0 || !language.earlier.happened.test(sentence.text)) return false;
    return namesAYearBefore(
      folded.slice(sentence.index, sentence.index + sentence.text.length),
      language.earlier.inYear,
      year
    );
  };
  // A question about the sentence holding an index, answered once a sentence: a hostile text names an agency thousands
  // of times in one 100 KB sentence, each asking.
  const perSentence = (ask: (text: string) => boolean) => {
    const answers = new Map<Sentence, boolean>();
    return (index: number) => {
      const sentence = sentenceAt(index);
      if (!sentence) return false;
      let answer = answers.get(sentence);
      if (answer === undefined) answers.set(sentence, (answer = ask(sentence.text)));
      return answer;
    };
  };
  const separate = perSentence(namesASeparateOperation);
  const codename = findCodename(
    work,
    original,
    list,
    (index) => isEarlier(index) || toldAsPast(index) || separate(index),
    language
  );
  // "Thornveld 3, held in 2024, …" when this is Thornveld 4: another edition of the same operation.
  // (or "During Mak-2015, …" when this is Mak-2016: an edition joined by a hyphen)
  const edition = codename && /^(.*[^\s-])(?:\s+|-)(\d+(?:\.\d+)?|[IVXLC]+)$/.exec(codename.value);
  own = edition;
  ownLastYear = lastYearIsOwn(codename?.value, period?.endDate, latestYear);
  earlierTexts.clear();
  // "During Tui Moana 2018, …" in a release about Tui Moana in 2019: the name with an earlier year is an earlier edition.
  const yearEdition =
    codename && !edition ? new RegExp(`${escapeRegExp(codename.value)}\\s+((?:19|20)\\d\\d)(?!\\d)`, 'g') : undefined;
  // Another operation named in a sentence ("Operation Liberterra II") makes its figures someone else's; the series
  // alone ("the sixth edition of Operation Silver Axe" for Silver Axe VI) names this one.
  const namesAnother = (text: string) =>
    namesASeparateOperation(text) ||
    (codename !== undefined &&
      (namesAnotherOperation(text, codename.value, edition?.[1], language) ||
        (!!edition && namesAnotherEdition(text, edition[1], edition[2])) ||
        (!!yearEdition && year > 0 && namesAYearBefore(text, yearEdition, year))));
  // "… took place in 2024 and led to 311 arrests", in a release about 2025. A year inside a date ("shut down in May
  // 2019") is masked in the sentence and read on the folded text, unless the sentence names this operation or an
  // operation at all ("the operation, carried out in December 2023," in a release of January 2024 without a period).
  const yearBefore = (text: string) => namesAYearBefore(text, language.earlier.inYear, year);
  const operationWord = regex(`(?<!\\p{L})(?:${language.operationWord})`, 'iu');
  const pastYear = (sentence: Sentence) => {
    if (!language.earlier.happened.test(sentence.text)) return false;
    if (yearBefore(sentence.text)) return true;
    const plain = folded.slice(sentence.index, sentence.index + sentence.text.length);
    if (plain === sentence.text || operationWord.test(plain)) return false;
    return !(codename && plain.includes(codename.value)) && yearBefore(plain);
  };
  // "La Guardia Nacional concluyó la segunda fase del Operativo Tenaza … La primera fase …, concluyó con 52 personas
  // detenidas": a release about a later phase tells the first one's figures as an earlier time's.
  // (or about a later edition: "La primera fase, Cormorán, …" in a release about Cormorán II)
  // (asked only once a sentence opens on a first phase: no scan of every sentence on each reading)
  let laterPhase: boolean | undefined;
  const tellsALaterPhase = () =>
    (laterPhase ??=
      (!!edition && !FIRST_EDITION.test(edition[2])) ||
      list.some((s) => phases!.later.test(s.text) && !phases!.first.test(s.text)));
  const isEarlierAsWritten = (sentence: Sentence) =>
    isEarlierAsText(sentence) ||
    namesAnother(sentence.text) ||
    (year > 0 && pastYear(sentence)) ||
    (phases !== undefined && phases.first.test(sentence.text) && tellsALaterPhase());
  // "The first edition led to 212 arrests. Since then, 1,100 investigations have been opened": one step back only.
  // (or, in its paragraph, after a sentence that opens on an earlier time: "The previous edition, Aeneas 2011, took place
  // from … . Nine countries took part, …")
  const continuesEarlier = (sentence: Sentence) => {
    const previous = sentenceAt(sentence.index - 1);
    if (previous === undefined || previous === sentence) return false;
    const continues =
      language.earlier.continues?.test(sentence.text) ||
      (before(sentence) === previous &&
        opensOnEarlier(previous.text, language) &&
        !(codename && sentence.text.includes(codename.value)) &&
        namesAnother(previous.text));
    return continues === true && isEarlierAsWritten(previous);
  };
  const earlierSentences = new Map<Sentence, boolean>();
  const isEarlierSentence = (sentence: Sentence) => {
    let earlier = earlierSentences.get(sentence);
    if (earlier === undefined) {
      earlier = isEarlierAsWritten(sentence) || continuesEarlier(sentence);
      earlierSentences.set(sentence, earlier);
    }
    return earlier;
  };
  // (an agency's mention in a sentence naming another operation leads that one: "la operación Tritón, coordinada por
  // Frontex", in a release on Mare Nostrum)
  const namesAnotherAt = perSentence(namesAnother);

  return {
    language,
    original,
    folded,
    work,
    sentences: list,
    period,
    year,
    codename,
    isEarlier,
    isEarlierSentence,
    isOneCountry: (index) => !!sentenceAt(index)?.oneCountry,
    isSeparate: namesAnotherAt,
  };
}
