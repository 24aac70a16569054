import { detectLanguage } from '../../server/src/extract/detect-language';

/**
 * The language a release is read in (server/src/extract/detect-language.ts): its marker words counted whole and
 * case aside, without a match or a copy made of each word of a long text.
 */
describe('detectLanguage', () => {
  it.each([
    ['Police in the region arrested suspects and seized weapons from the network, which was dismantled.', 'en'],
    [
      'Les policiers ont été déployés dans les ports et aux frontières pour une opération qui a duré deux semaines.',
      'fr',
    ],
    [
      'Los agentes fueron desplegados en las fronteras por una operación que, según la policía, ha sido un éxito.',
      'es',
    ],
  ])('reads %j as %s, from its words', (text, language) => {
    expect(detectLanguage(text)).toEqual({ language, source: 'text' });
  });

  it('counts a marker whatever its case, accented capitals too', () => {
    expect(detectLanguage('THE POLICE WERE THERE WITH THE ARMY AND THE NAVY.')).toEqual({
      language: 'en',
      source: 'text',
    });
    expect(detectLanguage('ÉTÉ, ÉTÉ, ÉTÉ ; À LYON, À PARIS')).toEqual({ language: 'fr', source: 'text' });
    expect(detectLanguage('MÁS Y MÁS, SEGÚN SEGÚN LAS CIFRAS')).toEqual({ language: 'es', source: 'text' });
  });

  it('counts whole words only: a marker inside a longer word, or beside a letter of another script, is not one', () => {
    // "there", "others", "theme", "andes": none is "the" or "and"; "el" inside "hotel" is not Spanish.
    const text = 'There others theme andes hotel hotels withdrawn fromage thé';
    expect(detectLanguage(text, 'fr')).toEqual({ language: 'fr', source: 'hint' });
    // (a letter outside the Basic Multilingual Plane joins the word it touches: "the𝒜" is one word, not "the")
    expect(detectLanguage('the𝒜 the𝒜 the𝒜 the𝒜', 'es')).toEqual({ language: 'es', source: 'hint' });
    // (a digit or a sign does not: "5the" holds the word "the")
    expect(detectLanguage('5the 5the 5the 5the')).toEqual({ language: 'en', source: 'text' });
  });

  it('lets the locale decide when the words do not, and English when neither does', () => {
    expect(detectLanguage('Operation X: 5, 6, 7.', 'es-419')).toEqual({ language: 'es', source: 'hint' });
    expect(detectLanguage('Operation X: 5, 6, 7.')).toEqual({ language: 'en', source: 'default' });
  });

  it('reads a 100 KB text of words, one-byte and two-byte, as a short one of the same words', () => {
    const unit = 'Les agents des services et la police du pays ';
    expect(detectLanguage(unit.repeat(2300))).toEqual({ language: 'fr', source: 'text' });
    expect(detectLanguage(`« ${unit.repeat(2300)} »`)).toEqual({ language: 'fr', source: 'text' });
  });
});
