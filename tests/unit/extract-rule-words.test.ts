import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { LANGUAGES } from '../../server/src/extract/languages';
import { fold, sentences } from '../../server/src/extract/text';
import { RELEASE_LANGUAGES } from '../../shared/words';
const { ADVERSARIAL_RELEASES } = require('../fixtures/adversarial-releases.js');

/**
 * A stat rule's `words` let a sentence without any of them skip the rule (stat-candidates.ts): they must hold
 * every word a pattern can require, or a figure a pattern reads would be lost. Asked on every sentence of the
 * tuning corpus: wherever a pattern of a rule matches, the rule's words are in the sentence. And the hostile
 * text they were made for (100 KB of number words) is skipped by every rule.
 */
const ROOT = join(__dirname, '..', 'fixtures', 'releases');

function tuningSentences(language: string): string[] {
  const dir = join(ROOT, language);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .flatMap((name) => sentences(fold(readFileSync(join(dir, name), 'utf8'))).map((s) => s.text));
}

describe.each(RELEASE_LANGUAGES)('stat rules of %s: words', (language) => {
  const rules = LANGUAGES[language].stats;
  const texts = tuningSentences(language);

  it('reads a corpus', () => {
    expect(texts.length).toBeGreaterThan(500);
  });

  it.each(Object.keys(rules))('%s: every sentence a pattern matches holds one of its words', (stat) => {
    const rule = rules[stat as keyof typeof rules];
    expect(rule.words).toBeInstanceOf(RegExp);
    expect(rule.words!.global || rule.words!.sticky).toBe(false);
    let matched = 0;
    const missed: string[] = [];
    for (const text of texts) {
      const hit = rule.patterns.some((pattern) => {
        pattern.lastIndex = 0;
        return pattern.test(text);
      });
      if (!hit) continue;
      matched += 1;
      if (!rule.words!.test(text)) missed.push(text);
    }
    expect(missed).toEqual([]);
    expect(matched).toBeGreaterThan(0);
  });

  it('no rule is asked on 100 KB of number words', () => {
    const [, text] = ADVERSARIAL_RELEASES.find(([name]: [string]) => name === 'number words repeated');
    for (const rule of Object.values(rules)) expect(rule.words!.test(text)).toBe(false);
  });
});
