import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { extractRelease } from '../../server/src/extract/release';
import { RELEASE_LANGUAGES } from '../../shared/words';
import { scoreCorpus, scoreMetrics, type CorpusRelease, type ExpectedMetric } from '../helpers/corpus';

/**
 * The press-release corpus, by language and set (tests/fixtures/releases/README.md):
 * `releases/<language>/` is the tuning set, `releases/<language>/blind/` the
 * blind set, which the rules are never tuned on. For the blind set only the
 * numbers are printed, never what was missed, so that reading a failure does
 * not tune the rules on it.
 */

const ROOT = join(__dirname, '..', 'fixtures', 'releases');
type Release = CorpusRelease & { expectedMetrics?: ExpectedMetric[] };
type Set = 'tuning' | 'blind';

function load(dir: string): Release[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const { additionalStats, ...expected } = JSON.parse(
        readFileSync(join(dir, name.replace(/\.txt$/, '.expected.json')), 'utf8')
      );
      return { name, text: readFileSync(join(dir, name), 'utf8'), expected, expectedMetrics: additionalStats };
    });
}

// CORPUS_SETS=tuning scores the tuning sets alone: what anyone changing the rules runs.
const ONLY = process.env.CORPUS_SETS?.split(',');
const SETS = RELEASE_LANGUAGES.flatMap((language) =>
  (['tuning', 'blind'] as Set[])
    .filter((set) => !ONLY || ONLY.includes(set))
    .map((set) => ({
      language,
      set,
      releases: load(set === 'tuning' ? join(ROOT, language) : join(ROOT, language, 'blind')),
    }))
);

/*
 * Issue 14's targets hold on every tuning set: precision 100% and recall >= 95% on the fields, precision >= 95% and
 * recall >= 80% on the additional figures. On the blind sets the targets are 100% / 90% and 95% / 80%; until the
 * rules reach them there (README, Accuracy), each blind set is held to its last recorded score, so that no change
 * makes the rules worse on text they were never tuned on; where a recorded score is past its target, the target is
 * the floor. A floor is raised when a blind set is scored higher, never lowered to let a change through (a new blind
 * batch is a new set: its floors are the score it was first given).
 */
const TARGETS = { precision: 1, recall: 0.95, metricPrecision: 0.95, metricRecall: 0.8 };
const BLIND_TARGETS = { precision: 1, recall: 0.9, metricPrecision: 0.95, metricRecall: 0.8 };
const BLIND_SCORES: Record<string, typeof TARGETS> = {
  en: { precision: 0.941, recall: 0.831, metricPrecision: 0.878, metricRecall: 0.786 },
  fr: { precision: 0.967, recall: 0.847, metricPrecision: 0.93, metricRecall: 0.824 },
  es: { precision: 0.959, recall: 0.827, metricPrecision: 0.89, metricRecall: 0.77 },
};
const blindFloor = (language: string) => {
  const recorded = BLIND_SCORES[language];
  return {
    precision: Math.min(recorded.precision, BLIND_TARGETS.precision),
    recall: Math.min(recorded.recall, BLIND_TARGETS.recall),
    metricPrecision: Math.min(recorded.metricPrecision, BLIND_TARGETS.metricPrecision),
    metricRecall: Math.min(recorded.metricRecall, BLIND_TARGETS.metricRecall),
  };
};

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
const fieldsOf = (text: string) =>
  extractRelease(text).fields as Record<string, { value: string | number; qualifier?: string; evidence: string }>;
const metricsOf = (text: string) => extractRelease(text).additionalStats;

describe.each(SETS)('press-release corpus: $language, $set set', ({ language, set, releases }) => {
  const blind = set === 'blind';
  const floor = blind ? blindFloor(language) : TARGETS;
  const score = scoreCorpus(releases, fieldsOf);
  const metrics = scoreMetrics(releases, metricsOf);
  // What a failure shows: the details on the tuning set, only the numbers on the blind set.
  const shown = <T>(details: T) => (blind ? 'details hidden: blind set' : details);

  it('holds releases with their expected output', () => {
    expect(releases.length).toBeGreaterThanOrEqual(language === 'en' && set === 'blind' ? 3 : 5);
  });

  it(`reads each release as ${language}`, () => {
    const misread = releases.filter((r) => extractRelease(r.text).language !== language).map((r) => r.name);
    expect(shown(misread)).toEqual(shown([]));
  });

  it(`fields: precision ${percent(score.precision)}, recall ${percent(score.recall)} (${score.correct} of ${score.expected} found, ${score.found - score.correct} wrong, ${score.releases} releases)`, () => {
    if (floor.precision === 1) expect(shown(score.wrong)).toEqual(shown([]));
    // (rounded as printed: a floor is a recorded score)
    expect(Number(score.precision.toFixed(3))).toBeGreaterThanOrEqual(floor.precision);
    expect(Number(score.recall.toFixed(3))).toBeGreaterThanOrEqual(floor.recall);
  });

  it(`additional figures: precision ${percent(metrics.precision)}, recall ${percent(metrics.recall)} (${metrics.correct} of ${metrics.expected} found, ${metrics.found - metrics.correct} wrong, ${metrics.releases} releases)`, () => {
    const atLeast = (value: number, bound: number) => Number(value.toFixed(3)) >= bound;
    expect({ precision: atLeast(metrics.precision, floor.metricPrecision), wrong: shown(metrics.wrong) }).toEqual({
      precision: true,
      wrong: shown(expect.any(Array)),
    });
    expect({ recall: atLeast(metrics.recall, floor.metricRecall), missed: shown(metrics.missed) }).toEqual({
      recall: true,
      missed: shown(expect.any(Array)),
    });
  });

  it('gives every proposal an evidence span that is in the release', () => {
    for (const release of releases) {
      const found = extractRelease(release.text);
      const spans = [...Object.values(found.fields), ...found.additionalStats].map((f) => f!.evidence);
      const outside = spans.filter((span) => !span || !release.text.includes(span));
      expect(shown({ release: release.name, outside })).toEqual(shown({ release: release.name, outside: [] }));
    }
  });

  if (!blind && releases.length > 0) {
    it.each(releases.map((r) => [r.name, r] as const))('%s', (_name, release) => {
      const found = fieldsOf(release.text);
      // Wrong or extra fields fail; a missed field only counts against recall above.
      for (const [field, f] of Object.entries(found)) {
        const got = 'qualifier' in f ? { value: f.value, qualifier: f.qualifier } : { value: f.value };
        expect({ field, got }).toEqual({ field, got: release.expected[field] });
      }
    });
  }
});
