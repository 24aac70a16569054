import { figureProperty } from '../../server/src/jsonld/figures';
import { reportEvent } from '../../server/src/jsonld/report-event';

describe('figureProperty', () => {
  const arrests = (value: unknown, qualifier: unknown) =>
    figureProperty({ name: 'Arrests', propertyID: 'arrests', value: value as number, qualifier });

  it.each([
    ['exact', { value: 3744 }],
    ['approximately', { value: 3744, description: 'approximately' }],
    ['atLeast', { minValue: 3744 }],
    ['moreThan', { minValue: 3744, description: 'more than' }],
    ['upTo', { maxValue: 3744 }],
  ])('%s', (qualifier, amount) => {
    expect(arrests(3744, qualifier)).toEqual({
      '@type': 'PropertyValue',
      name: 'Arrests',
      propertyID: 'arrests',
      ...amount,
    });
  });

  it('leaves out a figure not reported, keeps 0', () => {
    expect(arrests(null, 'exact')).toBeNull();
    expect(arrests(undefined, 'exact')).toBeNull();
    expect(arrests(0, 'upTo')).toMatchObject({ maxValue: 0 });
  });

  it('reads a decimal the database answered as text, and never publishes NaN', () => {
    expect(figureProperty({ name: 'Cash', value: '2.50', qualifier: 'exact', unitText: 'USD' })).toEqual({
      '@type': 'PropertyValue',
      name: 'Cash',
      value: 2.5,
      unitText: 'USD',
    });
    expect(figureProperty({ name: 'Cash', value: 'lots', qualifier: 'exact' })).toBeNull();
  });
});

describe('reportEvent', () => {
  it('sorts crime areas by name and leaves out empty lists', () => {
    const event = reportEvent({
      documentId: 'abc',
      title: 'Operation Sorted',
      crimeAreas: [
        { name: 'Migrant smuggling', slug: 'migrant-smuggling' },
        { name: 'Forced labour', slug: 'forced-labour' },
      ],
      additionalStats: [],
      sources: [],
    });
    expect(event.about).toEqual([
      { '@type': 'DefinedTerm', name: 'Forced labour', termCode: 'forced-labour' },
      { '@type': 'DefinedTerm', name: 'Migrant smuggling', termCode: 'migrant-smuggling' },
    ]);
    expect(event).not.toHaveProperty('additionalProperty');
    expect(event).not.toHaveProperty('subjectOf');
  });
});
