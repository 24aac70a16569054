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
