import type { StatName, StatQualifier } from '../../../../shared/stats';
import type { ReleaseLanguage } from '../types';
import type { DateBuilder, DatePairs } from './date-rules';
import type { NumberRules } from './number-rules';

export type { NumberRules } from './number-rules';
export type { DateBuilder, DatePairs, DateRange } from './date-rules';

/**
 * What the extractor's engine needs to know of a language: how its releases write figures, cues, dates and the
 * words around them. One object per language (`en/`, `fr/`, `es/`), listed in languages/index.ts; the engine
 * (fields.ts and the files beside it) holds no word of any language.
 *
 * Every regex here must stay linear on any input (see CONTRIBUTING.md and the adversarial tests): the engine runs
 * them over pasted text of up to 100 KB.
 */

/** How a release states one of the six figures, and what makes a match something else. */
export interface FieldRule {
  /** Each reads a figure, captured as `num` (flags `gidu`: the engine needs its offset); `plusOne` adds one named. */
  patterns: RegExp[];
  /**
   * The words every pattern needs one of (its nouns and verbs, as stems): a sentence without any skips the rule
   * in one scan instead of one per pattern (on 100 KB of number words each pattern opening on a figure scans it
   * all). It must hold every word a pattern can require; not global, not sticky.
   */
  words?: RegExp;
  /** A cue the whole sentence must carry (officers "took part", not "were injured"). */
  sentence?: RegExp;
  /**
   * A sentence about something else than the operation, whose figures this rule never reads: a training or a
   * workshop and who came to it ("La formation a réuni 45 enquêteurs venus de 12 pays"). Not global.
   */
  refuseSentence?: RegExp;
  /** Words after the match that make it something else. */
  refuseAfter?: RegExp;
  /** Words just before the match that make it something else: a sticky lookbehind asked at the match. */
  refuseBefore?: RegExp;
  refuseMatch?: (text: string, index: number, match: string) => boolean;
}

export interface LanguageRules {
  code: ReleaseLanguage;
  /**
   * The rules for one text when it writes its figures another way than the language's usual one ("1,158 personas",
   * "1.5 millones" in a Mexican release): a variant of these rules, or undefined for these. Optional.
   */
  forText?: (text: string) => LanguageRules | undefined;
  numbers: NumberRules;
  stats: Record<StatName, FieldRule>;
  dates: {
    /** Range patterns with how each match gives its two days, tried in order (an earlier one wins an overlap). */
    ranges: [RegExp, DateBuilder][];
    /** Single dates and times to mask so their digits are never read as figures (global). */
    singles: RegExp[];
    /** A period's two ends told each after its own words, where no range pattern reads it. */
    pairs?: DatePairs;
  };
  /** Words right after a figure that make it a duration, a share, money, an age or a weight. */
  notACountAfter: RegExp;
  /** Money or an age just before a figure: a sticky lookbehind. */
  notACountBefore: RegExp;
  /** A comparison ("up from 300"): the figures after it are not this operation's (global). */
  compared: RegExp;
  share: {
    /** Words before a figure in its clause that make it a share ("including", "dont", "de ellos"); global. */
    words: RegExp;
    /** "alone" anywhere before the figure (global). */
    alone: RegExp;
    /** A sentence opening on one place ("In Spain,"). */
    inOnePlace: RegExp;
    /** After the match: "in Spain", one place's share. */
    after: RegExp;
    /** A match ending on these nouns ("16 countries in the Americas") names all of them, not a share. */
    whole: RegExp;
    /** A heading, on a line of its own, naming one country's part ("Le volet français en chiffres", "The UK's part"):
     * what stands under it, up to the next heading, is that share (sections.ts). Tested on the heading. Optional. */
    section?: RegExp;
    /** A paragraph opening on one country's part ("The UK strand of the operation", "Pour la Côte d'Ivoire,"):
     * the whole paragraph is that share. Optional. */
    paragraph?: RegExp;
  };
  earlier: {
    /** An earlier edition named in a sentence ("last year", "l'an dernier", "el año pasado"). */
    text: RegExp;
    /**
     * A rate told for every year, close around a stat's figure ("Each year, some 50,000 victims are detected",
     * "chaque année", "cada año"): that figure is of no one operation (but "held every year since 2009" names this
     * one's series). Optional.
     */
    yearly?: RegExp;
    /** "the 2023 edition": the year in group 1 (global). */
    yearEdition: RegExp;
    /** "in 2024": the year in group 1 (global). */
    inYear: RegExp;
    /** With `inYear` before this operation's year: the sentence tells what happened then. */
    happened: RegExp;
    /**
     * A sentence opening on these words ("Since then", "Desde entonces") tells of the time of the sentence
     * before it: of an earlier edition when that one does. Not global. Optional.
     */
    continues?: RegExp;
    /** Another phase or edition still to come ("A second phase, planned for March 2026, will involve 40 countries"):
     *  its figures, dates and places are not this operation's (languages/planned.ts). Not global. Optional. */
    planned?: RegExp;
    /** `first`: a sentence opening on a first phase ("La primera fase, Levantera I, …"): of two periods, not this one's;
     *  of its figures, not this one's when `later` names a later phase in the release ("la segunda fase"). Optional. */
    phases?: { first: RegExp; later: RegExp };
    /**
     * "last year", "l'an dernier", "el año pasado" alone (global): blanked before `text` is asked when the operation's
     * own year is the one before the release's ("Chinese police brought 680 fugitives back last year" in a release on
     * Fox Hunt 2014, which ran until 31 December 2014; codename-editions.ts). Optional.
     */
    lastYear?: RegExp;
  };
  /**
   * The heading of the agency's boilerplate that closes a release ("À propos d'INTERPOL"), on a line
   * of its own: what follows describes the agency ("ses 196 pays membres", "son siège à Lyon"), not
   * this operation, and is read as an earlier edition's text is. Not global. Optional.
   */
  boilerplate?: RegExp;
  /** The word for an operation before its name, as a pattern ("Operation", "[Oo]pération"). */
  operationWord: string;
  codename: {
    /** "codenamed X", "baptisée X": the name captured as `name` (global). */
    cued: RegExp;
    /** "Operation X": the name captured as `name` (global). */
    operation: RegExp;
    /** A name that is a pronoun or article, not a name. */
    notName: RegExp;
    /** Trailing words cut from a name read ("Liberterra III The"). */
    trailing: RegExp;
    /**
     * "the sixth edition of Operation Neptune": the series captured as `series`, the edition's ordinal as
     * `ordinal` (global); with `ordinal()` its number. The edition is named only where the text writes it
     * ("Neptune VI"). Optional.
     */
    edition?: { pattern: RegExp; ordinal(word: string): number | null };
    /**
     * A name with its edition described as an operation, without the word for one ("Synergia II, a global
     * cybercrime operation"): the name captured as `name` (global). Read only when no name is cued or follows the
     * word for an operation. Optional.
     */
    described?: RegExp;
    /**
     * A name in quotes right before the word for an operation ("the first global \"30 Days at Sea\" operation"),
     * captured as `name` (global): read when nothing else names one, and only when the text writes the name again.
     * Optional.
     */
    quoted?: RegExp;
    /**
     * A name that the text says was led or coordinated by someone ("Rinascita Scott was led by the Carabinieri"),
     * captured as `name` (global): read when nothing else names one, and only when a headline names it too.
     * Optional.
     */
    ledName?: RegExp;
  };
  agency: {
    /** The text before an agency's name says it led ("coordinated by the "): `$`-anchored on the 80 characters before. */
    leadsBefore: RegExp;
    /** The text after an agency's name says it led ("-led", " coordinated"): `^`-anchored on the 80 after. */
    leadsAfter: RegExp;
    /** "<Partner> and " right before the name: read past. */
    andPartner: RegExp;
    /**
     * The text before an agency's name says it lent support ("with the support of "): `$`-anchored on the
     * 80 characters before. Such a mention never leads, nor counts as the only agency named. Optional.
     */
    supports?: RegExp;
    /**
     * The text after an agency's name says it lent support ("Frontex provided risk analyses"): `^`-anchored on
     * the 80 characters after. Such a mention counts as `supports` does. Optional.
     */
    supportsAfter?: RegExp;
    /**
     * An agency named only as lending support is still the one proposed when the text names no other and no
     * national body tells the news (English releases: "an action week held with the support of Europol and
     * Eurojust" is Europol's). Optional; without it such an agency is proposed only from its own seat's dateline.
     */
    supporterAlone?: boolean;
    /**
     * The text before an agency's name says it led jointly with a body named before it ("coordinated jointly
     * by the Guardia Civil and "): no one body led the operation, and no agency is proposed. `$`-anchored on
     * the 80 characters before. Optional.
     */
    jointly?: RegExp;
    /** After an agency's name: it led with another ("dirigió, junto con las autoridades de Rumanía, una acción"). */
    jointlyAfter?: RegExp;
    /**
     * A body named as leading the operation itself, in the words that name the operation ("Operation X, an
     * investigation led by London's Metropolitan Police Service", "FBI-led Operation X"): its name captured as
     * `body` (global), and `partner` when a second body follows it ("led by the FBI and the Dutch police": no one
     * body led). When that body is none of the known agencies (a national force), it is the agency proposed, or
     * nothing when an agency is named as leading in the same sentence: an international body that coordinated
     * some of the work is a supporter then; `reported` when the body only reports the results ("La SSPC informa los
     * resultados de la Operación …"): it yields to a body the text says leads ("está a cargo de la Guardia Nacional").
     * Optional.
     */
    ledBy?: RegExp;
    /**
     * A national body as the lead's subject ("The National Crime Agency has disrupted …") or as the one that tells
     * the news (", the FBI announced today"): its name captured as `body` or `told` (global), or as `own` when the
     * text sets its own language's name beside the English one ("Germany's Federal Criminal Police Office, the
     * Bundeskriminalamt (BKA), shut down …": the own name is its usual styling). Read in the release's first
     * lines only, when `ledBy` names no body and no agency is named but as a supporter: then a release by a
     * national force about its own operation is that force's. Optional.
     */
    announcedBy?: RegExp;
  };
  headquarters: {
    /** A headquarters or operational centre and its place, captured as `place` (global). */
    place: RegExp;
    /** "run from … <match>": a sticky lookbehind asked where the match starts. */
    runFrom: RegExp;
    /** The sentence is about running this operation. */
    runsIt: RegExp;
    /** Trailing words cut from a place ("Lyon The"). */
    trailing: RegExp;
    /**
     * A gathering of the operation's people in a city ("a meeting planned in Abidjan"), captured as `place` (global):
     * another city than a dated dateline's, which then names only the press office. Optional.
     */
    elsewhere?: RegExp;
    /**
     * Right after a place's match: the office there lent support ("Le Bureau régional d'INTERPOL à Abidjan a apporté un
     * appui logistique"), it did not run the operation. Optional.
     */
    lentSupport?: RegExp;
    /**
     * Right before a place's match: whose base it is, when not the operation's ("La organización, dirigida desde una
     * villa en Marbella"); `$`-anchored on the 40 characters before the match. Optional.
     */
    runByOthers?: RegExp;
    /**
     * Words before a place naming a partner's office ("en lien avec … le Bureau régional …, basé à Nairobi"), or one
     * country's part of the operation ("el dispositivo en territorio nacional se siguió desde la sede … en Madrid").
     */
    partnerBefore?: RegExp;
    /** A place's article folded into the word before it, given back ("installé au Pirée": "Le Pirée"). */
    articleOf?: (before: string) => string;
  };
}
