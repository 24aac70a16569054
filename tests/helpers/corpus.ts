/** Precision and recall of the press-release extractor over a corpus of releases with expected outputs. */

export interface ExpectedField {
  value: string | number;
  qualifier?: string;
}

export interface CorpusRelease {
  name: string;
  text: string;
  expected: Record<string, ExpectedField>;
}

type Found = Record<string, { value: string | number; qualifier?: string; evidence: string } | undefined>;

export interface CorpusScore {
  releases: number;
  expected: number;
  found: number;
  correct: number;
  precision: number;
  recall: number;
  /** Fields found with a value or qualifier the release does not state, or not expected at all. */
  wrong: string[];
  /** Expected fields not found. */
  missed: string[];
}

export function scoreCorpus(releases: CorpusRelease[], extract: (text: string) => Found): CorpusScore {
  let expected = 0;
  let found = 0;
  let correct = 0;
  const wrong: string[] = [];
  const missed: string[] = [];
  for (const release of releases) {
    const got = extract(release.text);
    expected += Object.keys(release.expected).length;
    for (const [field, value] of Object.entries(got)) {
      if (!value) continue;
      found += 1;
      const want = release.expected[field];
      const same =
        want !== undefined &&
        want.value === value.value &&
        (want.qualifier ?? undefined) === (value.qualifier ?? undefined);
      if (same) correct += 1;
      else
        wrong.push(
          `${release.name} ${field}: got ${JSON.stringify(value.value)} ${value.qualifier ?? ''} from "${value.evidence}", expected ${
            want ? JSON.stringify(want) : 'nothing'
          }`
        );
    }
    for (const field of Object.keys(release.expected)) {
      if (!got[field]) missed.push(`${release.name} ${field}: ${JSON.stringify(release.expected[field])}`);
    }
  }
  return {
    releases: releases.length,
    expected,
    found,
    correct,
    precision: found === 0 ? 1 : correct / found,
    recall: expected === 0 ? 1 : correct / expected,
    wrong,
    missed,
  };
}

/** An expected `additionalStats` row: its value, unit and qualifier, and a word its label must hold. */
export interface ExpectedMetric {
  value: number;
  unit: string | null;
  qualifier: string;
  /** A word of what is counted ("medicines", "websites"); the proposal's label must contain it (case and accents aside). */
  about: string;
}

export interface FoundMetric {
  label: string;
  value: number;
  unit: string | null;
  qualifier: string;
  evidence: string;
}

export interface MetricScore {
  releases: number;
  expected: number;
  found: number;
  correct: number;
  precision: number;
  recall: number;
  wrong: string[];
  missed: string[];
}

const plain = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Whether a proposed row is the expected one: same value, unit and qualifier, and a label about the same thing. */
export const sameMetric = (want: ExpectedMetric, got: FoundMetric) =>
  want.value === got.value &&
  want.unit === got.unit &&
  want.qualifier === got.qualifier &&
  plain(got.label).includes(plain(want.about));

/**
 * Precision and recall of the proposed `additionalStats` rows, over the
 * releases whose expectations list them (an empty list: none may be proposed).
 * Each expected row is matched once at most.
 */
export function scoreMetrics(
  releases: (CorpusRelease & { expectedMetrics?: ExpectedMetric[] })[],
  extract: (text: string) => FoundMetric[]
): MetricScore {
  let expected = 0;
  let found = 0;
  let correct = 0;
  const wrong: string[] = [];
  const missed: string[] = [];
  let scored = 0;
  for (const release of releases) {
    if (!release.expectedMetrics) continue;
    scored += 1;
    const left = [...release.expectedMetrics];
    expected += left.length;
    for (const got of extract(release.text)) {
      found += 1;
      const at = left.findIndex((want) => sameMetric(want, got));
      if (at >= 0) {
        correct += 1;
        left.splice(at, 1);
      } else {
        wrong.push(`${release.name}: got ${JSON.stringify({ ...got })}`);
      }
    }
    for (const want of left) missed.push(`${release.name}: ${JSON.stringify(want)}`);
  }
  return {
    releases: scored,
    expected,
    found,
    correct,
    precision: found === 0 ? 1 : correct / found,
    recall: expected === 0 ? 1 : correct / expected,
    wrong,
    missed,
  };
}
