import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { extractFields } from '../../server/src/extract/fields';
import { scoreCorpus, type CorpusRelease } from '../helpers/corpus';

const DIR = join(__dirname, '..', 'fixtures', 'releases');

const releases: CorpusRelease[] = readdirSync(DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({
    name,
    text: readFileSync(join(DIR, name), 'utf8'),
    expected: JSON.parse(readFileSync(join(DIR, name.replace(/\.txt$/, '.expected.json')), 'utf8')),
  }));

describe('press-release corpus', () => {
  const score = scoreCorpus(releases, extractFields);

  it('holds at least 15 releases, each with its expected output', () => {
    expect(releases.length).toBeGreaterThanOrEqual(15);
    for (const release of releases) expect(Object.keys(release.expected).length).toBeGreaterThan(0);
  });

  const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
  it(`scores precision ${percent(score.precision)} and recall ${percent(score.recall)}: ${score.correct} of ${score.expected} expected fields found, ${score.found - score.correct} wrong, over ${score.releases} releases`, () => {
    expect(score.correct).toBeLessThanOrEqual(score.found);
  });

  it('never fills a field wrongly (precision 100%)', () => {
    expect(score.wrong).toEqual([]);
    expect(score.precision).toBe(1);
  });

  it('finds at least 95% of the expected fields (recall)', () => {
    expect({ recall: score.recall, missed: score.missed }).toEqual({
      recall: expect.any(Number),
      missed: expect.any(Array),
    });
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('gives every field found an evidence span that is in the release and holds the value', () => {
    for (const release of releases) {
      for (const [field, found] of Object.entries(extractFields(release.text))) {
        expect({ release: release.name, field, inText: release.text.includes(found!.evidence) }).toEqual({
          release: release.name,
          field,
          inText: true,
        });
      }
    }
  });

  it.each(releases.map((r) => [r.name, r] as const))('%s', (_name, release) => {
    const found = extractFields(release.text);
    const values = Object.fromEntries(
      Object.entries(found).map(([field, f]) => [
        field,
        'qualifier' in f! ? { value: f!.value, qualifier: f!.qualifier } : { value: f!.value },
      ])
    );
    // Wrong or extra fields fail; a missed field only counts against recall above.
    for (const [field, got] of Object.entries(values)) {
      expect({ field, got }).toEqual({ field, got: release.expected[field] });
    }
  });
});
