import { withSeriesBesideCodename } from '../../server/src/content-manager/default-layout';

type Row = { name: string; size: number }[];
const row = (...fields: [string, number][]): Row => fields.map(([name, size]) => ({ name, size }));
const names = (rows: Row[]) => rows.map((r) => r.map((field) => field.name));

describe('layout version 3: series beside the codename', () => {
  it('gives the default identity row the new default rows, moving series from where Strapi appended it', () => {
    const edit = [
      row(['title', 8], ['slug', 4]),
      row(['codename', 4], ['agency', 4], ['headquarters', 4]),
      row(['sources', 12]),
      row(['series', 6]),
    ];
    expect(withSeriesBesideCodename(edit)).toEqual([
      row(['title', 8], ['slug', 4]),
      row(['codename', 6], ['series', 6]),
      row(['agency', 6], ['headquarters', 6]),
      row(['sources', 12]),
    ]);
  });

  it("puts series in an editor's codename row when it fits, keeping the rest of their rows", () => {
    const edit = [row(['title', 12]), row(['agency', 4], ['codename', 4]), row(['body', 8], ['series', 4])];
    expect(names(withSeriesBesideCodename(edit))).toEqual([['title'], ['agency', 'codename', 'series'], ['body']]);
  });

  it('gives series a row of its own below a full codename row, and one at the end without a codename', () => {
    expect(names(withSeriesBesideCodename([row(['codename', 12]), row(['title', 12])]))).toEqual([
      ['codename'],
      ['series'],
      ['title'],
    ]);
    expect(names(withSeriesBesideCodename([row(['title', 12])]))).toEqual([['title'], ['series']]);
  });
});
