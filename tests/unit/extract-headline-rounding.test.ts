import { extractRelease } from '../../server/src/extract/release';

/*
 * A headline rounds; when only the headline's hedged figure is read and the body gives a figure it rounds in words
 * no rule reads, the headline's would be a wrong proposal (the editor wants the body's): none is proposed.
 */
const fields = (text: string, locale?: string) => extractRelease(text, { locale }).fields;

describe('a hedged headline figure the body states otherwise', () => {
  it('English: the body tallies the arrests in words no rule reads', () => {
    const found = fields(
      'Nearly 600 fraudsters arrested in Asia-wide sweep\n\nLYON, France – By the close of the operation the tally of arrests stood, police said, at 585 across the region.'
    );
    expect(found.arrests).toBeUndefined();
  });

  it('English: a body figure far from the headline does not hide it', () => {
    const found = fields(
      'Nearly 600 fraudsters arrested in Asia-wide sweep\n\nLYON, France – Since 2019 the tally of arrests in the region has stood at 2,300.'
    );
    expect(found.arrests).toMatchObject({ value: 600, qualifier: 'approximately' });
  });

  it('English: a body figure without the rule’s words does not hide it', () => {
    const found = fields(
      'More than 500 suspects arrested\n\nLYON, France – Officers checked 560 vehicles at the border posts.'
    );
    expect(found.arrests).toMatchObject({ value: 500, qualifier: 'moreThan' });
  });

  it('French: "près de 600" in the headline, 585 in the body', () => {
    const found = fields(
      "Près de 600 escrocs présumés interpellés en Asie\n\nLYON (France) – Au terme de l'opération, le décompte des interpellations a atteint, selon la police, le chiffre de 585.",
      'fr'
    );
    expect(found.arrests).toBeUndefined();
  });

  it('Spanish: "más de 1.000" in the headline, 1.013 in the body', () => {
    const found = fields(
      'Más de 1.000 detenidos en una operación europea\n\nLA HAYA – El balance final de detenciones, según la policía, quedó fijado en 1.013 al cierre.',
      'es'
    );
    expect(found.arrests).toBeUndefined();
  });
});
