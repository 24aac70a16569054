import { findDateRanges as findRanges } from '../../server/src/extract/dates';
import { ENGLISH } from '../../server/src/extract/en';

const findDateRanges = (text: string) => findRanges(text, ENGLISH);

describe('press-release date ranges', () => {
  it.each([
    [
      'The operation ran from November 10 to November 21, 2025, across',
      '2025-11-10',
      '2025-11-21',
      'November 10 to November 21, 2025',
    ],
    ['Raids took place 10–21 Nov 2025 in', '2025-11-10', '2025-11-21', '10–21 Nov 2025'],
    ['between 29 September to 4 October 2024,', '2024-09-29', '2024-10-04', '29 September to 4 October 2024'],
    ['from 30 December 2024 to 3 January 2025', '2024-12-30', '2025-01-03', '30 December 2024 to 3 January 2025'],
    ['between 3 and 7 March 2025', '2025-03-03', '2025-03-07', '3 and 7 March 2025'],
    ['November 10 to 21, 2025', '2025-11-10', '2025-11-21', 'November 10 to 21, 2025'],
    ['ran from the 9th to the 20th of June 2025.', '2025-06-09', '2025-06-20', 'the 9th to the 20th of June 2025'],
    [
      'between the 30th of May and the 2nd of June 2025',
      '2025-05-30',
      '2025-06-02',
      'the 30th of May and the 2nd of June 2025',
    ],
    [
      'The operation started on 2 June and ended on 29 June 2025.',
      '2025-06-02',
      '2025-06-29',
      'started on 2 June and ended on 29 June 2025',
    ],
    [
      'It began on June 2, 2025, and concluded on July 1, 2025.',
      '2025-06-02',
      '2025-07-01',
      'began on June 2, 2025, and concluded on July 1, 2025',
    ],
    [
      'Checks commenced on 28 December 2024 and ran until 3 January 2025.',
      '2024-12-28',
      '2025-01-03',
      'commenced on 28 December 2024 and ran until 3 January 2025',
    ],
  ])('reads %p', (text, startDate, endDate, evidence) => {
    const [range] = findDateRanges(text);
    expect(range).toMatchObject({ startDate, endDate, evidence });
    expect(text.slice(range.index, range.index + range.evidence.length)).toBe(evidence);
  });

  it('skips impossible and reversed dates, and plain years', () => {
    expect(findDateRanges('from 30 February to 2 March 2025')).toEqual([]);
    expect(findDateRanges('21–10 Nov 2025')).toEqual([]);
    expect(findDateRanges('in 2024 and 2025, over 24 hours')).toEqual([]);
    // a start told without its end is no period
    expect(findDateRanges('The operation started on 2 June 2025 and ended with 40 arrests.')).toEqual([]);
  });
});
