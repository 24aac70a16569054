import { extractRelease } from '../../server/src/extract/release';

/*
 * Tuning round 31 (issue 14): general rules for what the tuning sets still got wrong after round 30 (the blind sets a
 * veto only). The sentences are written for these tests.
 */

type Locale = 'en' | 'fr' | 'es';
const read = (text: string, locale: Locale) => extractRelease(text, { locale });
const rows = (text: string, locale: Locale) => read(text, locale).additionalStats.map((s) => [s.label, s.value]);

describe('other figures', () => {
  it('en: things that "were opened and physically examined" were checked, not seized', () => {
    const text =
      'BRUSSELS – Port units in 40 countries took part in Operation Kestrel. Profiling narrowed the cargo down to 1,940 containers that were opened and physically examined, and 31 people were arrested. Officers seized 5,814 kg of cocaine.';
    expect(rows(text, 'en')).toEqual([['Cocaine', 5814]]);
  });

  it('en: kinds of one class listed after a count are counted as the class; a bulleted line names it best', () => {
    const text =
      'KUALA LUMPUR – Police in ten countries recovered 412 stolen cars, vans and motorcycles and arrested 127 people in Operation Kestrel.\n\nResults:\n• 412 stolen vehicles recovered, including 96 motorcycles\n• 1,240 forged registration certificates seized\n';
    const found = rows(text, 'en');
    expect(found).toContainEqual(['Stolen vehicles recovered', 412]);
    expect(found.filter(([, value]) => value === 412)).toHaveLength(1);
  });

  it("en: losses a national statistic gives are background, not the operation's", () => {
    const text =
      'ABUJA – Police in eight countries arrested 281 people in Operation Kestrel against email fraud. According to U.S. figures, victims reported losses of about USD 1.3 billion to such fraud in 2018.';
    expect(read(text, 'en').additionalStats).toEqual([]);
  });

  it("en: an estimate of the seizure's value is kept", () => {
    const text =
      'THE HAGUE – Police in 32 countries seized 2,040 tonnes of illegal pesticides in Operation Kestrel. According to industry estimates, the seized pesticides could have fetched up to EUR 95 million.';
    expect(rows(text, 'en')).toContainEqual(['Seized pesticides', 95000000]);
  });

  it('es: "la fase de verano de 2023" is an earlier phase of a 2024 plan', () => {
    const text =
      'BARCELONA – El plan Kestrel se desarrolló entre el 1 de julio y el 22 de septiembre de 2024 y se saldó con 918 detenciones y 1.470 teléfonos recuperados. En la fase de verano de 2023, el plan Kestrel se saldó con 811 detenciones y unos 1.100 teléfonos recuperados.';
    expect(rows(text, 'es')).toEqual([['Teléfonos recuperados', 1470]]);
  });
});
