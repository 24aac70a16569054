/**
 * The words a language writes the figures beyond the six with: money and its
 * currency, a weight or volume and its unit, counted things. One table per
 * language (en.ts, fr.ts, es.ts); the engine (additional.ts) holds no word of
 * any language. Word lists are lower case, accents kept; several-word entries
 * are written with single spaces ("sim cards", "armes à feu").
 *
 * The language's profile (`LanguageRules`) still reads the qualifier cues, the
 * number words, the shares, comparisons and earlier editions: these tables add
 * only what a figure beyond the six needs.
 */
export interface AdditionalWords {
  /** How the language writes a figure in digits. */
  digits: {
    /** The decimal mark ("2.5 tonnes", "2,5 tonnes"). */
    decimal: '.' | ',';
    /** The characters that group thousands ("1,300", "1 300", "13.000"). */
    groups: string;
    /** The word a figure's thousands may be told by, between digits: "2 mil 150 cartuchos" (Mexico). */
    thousand?: string;
  };
  /** Scale words after a figure, with their value ("million": 1e6; "mil millones": 1e9). */
  scales: Readonly<Record<string, number>>;
  /** Currency words and codes, after or before a figure, with their ISO 4217 code ("dollars": "USD"). */
  currencies: Readonly<Record<string, string>>;
  /** Words naming a currency's country right after it ("dollars américains", "US dollars" is a code before). */
  currencyCountries: Readonly<Record<string, string>>;
  /** Currency words that are a weight before what they weigh ("2,710 pounds of methamphetamine"): no proposal. */
  weightBeforeOf?: readonly string[];
  /** The currency a bare "$" means (see README: an INTERPOL release's "$" is a US dollar). */
  dollarSign: string;
  /** Units of weight and volume, with the unit proposed ("kilos": "kg", "toneladas": "t", "litres": "L"). */
  units: Readonly<Record<string, 'kg' | 't' | 'L'>>;
  /** Words between a unit and what it weighs ("of", "de", "d'"). */
  unitOf: readonly string[];
  /** Words between money and what it is ("in", "of"; "de", "en"). */
  moneyOf: readonly string[];
  /**
   * Money named before its figure, on the words before it joined by single
   * spaces, lower case: `<np> worth`, `<np> d'une valeur de`, "the medicines
   * had a value of". The noun phrase is captured as `np` (one or two words); `$`-anchored.
   */
  valuedBefore: readonly RegExp[];
  /** A first word of two before "d'une valeur de" that is a verb, not the noun ("incautar activos por valor de"). */
  verbLike?: RegExp;
  /** The noun ends a noun phrase ("illicit medicines"), or starts it ("médicaments illicites", "medicamentos ilícitos"). */
  headLast: boolean;
  /** Words joining a noun to its complement inside a noun phrase ("résine de cannabis", "aceite de oliva"). */
  joins: readonly string[];
  /** "and", "or": they join the things of a list ("cash and real estate worth …"). */
  coordinators: readonly string[];
  /** "other", "autres": "cocaine and other drugs" is a list of things. */
  others: readonly string[];
  /** A verb form that no list of things holds ("seized", in English): the list stops before it. */
  verbForm?: RegExp;
  /** Words that end a noun phrase: articles, prepositions, conjunctions, verbs that join clauses. */
  stop: ReadonlySet<string>;
  counted: {
    /** What is counted, plural as releases write it ("websites", "sim cards", "armas de fuego"). */
    heads: readonly string[];
    /** English puts describing words before the noun ("social-media accounts"): up to this many. */
    wordsBefore: number;
    /** Describing words a Romance language may put before the noun ("faux documents"). */
    adjectivesBefore: readonly string[];
    /** Words after the noun that belong to it ("comptes bancaires", "sitios web"): one of them may follow. */
    complements: readonly string[];
    /** Words right after the noun that make it a describing word ("vehicle checks", "phone numbers"). */
    notAfter: readonly string[];
    /** Nouns of `heads` that name the same things as another ("guns": "firearms"): one count, said twice. */
    sameThing: Readonly<Record<string, string>>;
    /**
     * Nouns of `heads` that name a class of things, with the nouns of the kinds it holds ("vehicles": cars, trucks):
     * "14 véhicules, parmi lesquels six motos" counts some of the vehicles, not other things. Optional.
     */
    holds?: Readonly<Record<string, readonly string[]>>;
    /** Nouns of `heads` that name no kind of thing ("items"): a key-figure line's label before them names it. */
    generic?: readonly string[];
    /**
     * Nouns of `heads` that count pieces of what a key-figure line's label names ("Maquinaria amarilla: 38 piezas",
     * "Ganado incautado: cerca de 1.150 cabezas"): on such a line the label names them; off one, they are counted. Optional.
     */
    pieces?: readonly string[];
    /**
     * Nouns of `heads` that count groups of people ("criminal networks", "grupos criminales"): a row only where they were
     * taken apart, told by `verb` near the figure ("Onze réseaux criminels ont été démantelés", "desarticularon 68
     * grupos criminales"); "three criminal networks accused of …" names whom the operation was after. Optional.
     */
    takenApart?: { heads: readonly string[]; verb: RegExp };
    /** Words that count pieces of a thing, before `unitOf` ("units of", "packets of"): the thing after them is counted. */
    measures?: readonly string[];
    /** Words right after a figure set off after its noun that say it counts them all ("of them", "in all"). */
    restated?: RegExp;
  };
  /**
   * The words between things counted and money after them that make it their value (", with an estimated value of"),
   * `^`- and `$`-anchored. Optional.
   */
  valueOfPrevious?: RegExp;
  /**
   * The words right before money that make it one thing's value ("worth", "valued at"), `$`-anchored: the thing
   * named before them is what the money is, even when a noun follows the money ("worth $2 million in profits").
   * Optional.
   */
  worthBefore?: RegExp;
  /** A word that says what was done to what is counted, added to its label ("closed", "bloqués"). */
  participle: RegExp;
  /** In the clause of a counted thing: it was inspected or checked, or deployed by the police, not seized (global). */
  checked: RegExp;
  /** "were", "ont été", "fueron": a checking word after one is passive, and tells of the things before it. */
  auxiliaries: readonly string[];
  /** Words joining the two ends of a range ("300 to 400", "300 à 400", "300 a 400"): its second figure is not one. */
  rangeJoiners: readonly string[];
  /** A word right before a count or a weight that makes it a place ("from two boats", "dans 12 véhicules"). */
  placeBefore: readonly string[];
  /** Words before such a place word that make it a seizure ("mis la main sur"), `$`-anchored: the figure is what was taken. */
  seizedOn?: RegExp;
  /**
   * Words right before a figure that make it no seizure: what could have been made or held ("enough to make", "could
   * have produced", "capacity to carry"), one item's worth ("one of them valued at"), a figure restated ("those"), a
   * past the text only believes ("is believed to have smuggled"); `$`-anchored on the 80 characters before it.
   */
  notTaken?: RegExp;
  /**
   * Words right after a figure that make it a ratio ("deux véhicules récupérés sur trois avaient été volés", "two out of
   * three", "dos de cada tres"): no count, `^`-anchored on the 60 characters after it; and the words before its second
   * figure ("out of", "de cada"), `$`-anchored. Optional.
   */
  ratio?: { after: RegExp; before?: RegExp };
  /** Nouns of fewer than three letters a label may open on ("1,8 kg d'or"): other short words are not read as one. */
  shortNouns?: readonly string[];
  /** At the start of a sentence or a `;` clause: one case or one place, not the operation ("In one case,"); sticky. */
  anecdote: RegExp;
  /**
   * After a figure, before the next one: a rate or one unit's price ("a year", "par an", "por kilo"), that figure's
   * only (global).
   */
  rate?: RegExp;
  /**
   * Before a figure in its clause: a rate told first ("every week the network moved some 200 kilos", "pasan cada día
   * unas 250 toneladas"), that clause's figures' (global). Not "a day" ("A day after the raids, police seized …").
   */
  rateBefore?: RegExp;
  /** After a figure in its sentence: in one place only ("in a single port", "à elle seule"). */
  single: RegExp;
  /**
   * After a figure on a key-figure line, `^`-anchored: a note set off by a comma that says no more of it ("7.7 tonnes,
   * chiefly cannabis", "212, passports among them"). Optional.
   */
  lineNote?: RegExp;
  /** A key-figure line's label that says its figure is an estimate ("Estimated value of the vehicles:"). Optional. */
  estimatedLabel?: RegExp;
}
