import { extractRelease } from '../../server/src/extract/release';

/*
 * Tuning round 12 (issue 14): what the tuning releases still missed, and then what the twelfth batch's tuning
 * releases missed on first reading, each in a general form. The sentences are written for these tests.
 */

type Fields = Record<string, { value: unknown; qualifier?: string; evidence?: string } | undefined>;
const read = (text: string, locale: 'en' | 'fr' | 'es') => extractRelease(text, { locale }).fields as Fields;

describe('codenames that open on a number', () => {
  it('reads one after the word for an operation, short lower-case words joining its capitals', () => {
    const text =
      "Bilan en mer\n\nLYON (France) – Des inspecteurs de quarante pays ont mené l'opération 12 Ports du Nord 2.0, " +
      'coordonnée par INTERPOL.';
    expect(read(text, 'fr').codename?.value).toBe('12 Ports du Nord 2.0');
    const en =
      'Sea week\n\nLYON, France – Inspectors from 40 countries joined Operation 12 Days at Sea, led by INTERPOL.';
    expect(read(en, 'en').codename?.value).toBe('12 Days at Sea');
  });

  it('reads a quoted one given with "bajo el nombre de", and no unquoted one', () => {
    const text =
      'Balance en el mar\n\nLYON (Francia) – Bajo el nombre de «12 Puertos del Sur», autoridades de 40 países ' +
      'inspeccionaron buques durante un mes.';
    expect(read(text, 'es').codename?.value).toBe('12 Puertos del Sur');
    const person =
      'Balance\n\nMADRID – Bajo el nombre de Juan Pérez se alquilaron tres naves. La Policía Nacional detuvo a 12 personas.';
    expect(read(person, 'es').codename).toBeUndefined();
  });

  it('does not take a count of people or a year for a name', () => {
    const text = 'Results\n\nLYON, France – The operation, led by INTERPOL, saw 300 Officers deployed in 2024.';
    expect(read(text, 'en').codename).toBeUndefined();
  });
});

describe('a name with its edition in brackets, then what it is', () => {
  it.each([
    [
      'es',
      'Balance\n\nLA HAYA – 25 países participaron en la acción contra las mulas (MULA 6), una operación coordinada por Europol.',
      'MULA 6',
    ],
    [
      'fr',
      "Bilan\n\nLA HAYE – 25 pays ont participé à l'action contre les mules (MULE 6), une opération coordonnée par Europol.",
      'MULE 6',
    ],
    [
      'en',
      'Results\n\nTHE HAGUE – 25 countries joined the European action against mules (MULE 6), an operation coordinated by Europol.',
      'MULE 6',
    ],
  ] as const)('%s', (locale, text, name) => {
    expect(read(text, locale).codename?.value).toBe(name);
  });
});
