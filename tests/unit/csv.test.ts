import { csvCell } from '../../server/src/transfer/csv';

describe('csvCell neutralises formulas', () => {
  it.each([
    ['=1+1'],
    ['+1'],
    ['-1'],
    ['@SUM(A1)'],
    [' =HYPERLINK("http://evil.example")'],
    ['\u00a0=1+1'], // no-break space
    ['\n=1+1'],
    ['\r\n+1'],
    ['\t=1'],
    ['\r'],
    ['\u2003\u200b=1'], // em space, zero-width space
    ['\ufeff@cmd'], // byte order mark
    ['\u3000-1'], // ideographic space
    ['\u0001=1'], // control character
    ['\uff1d1+1'], // ＝
    ['\uff0b1'], // ＋
    ['\uff0d1'], // －
    ['\uff20cmd'], // ＠
    ['  \u00a0\uff1dcmd'],
  ])('%j starts with an apostrophe', (text) => {
    const cell = csvCell(text);
    const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
    expect(unquoted).toBe(`'${text}`);
  });

  it.each([['Operation Alpha'], ['Lyon, France'], ['a=b'], ['14 000'], [' x-1'], ['\u00a0Lyon']])(
    '%j is left as it is',
    (text) => {
      const cell = csvCell(text);
      const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
      expect(unquoted).toBe(text);
    }
  );

  it('writes numbers as numbers and null as an empty cell', () => {
    expect(csvCell(14000)).toBe('14000');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('quotes a cell with a quote, a comma or a line break (RFC 4180)', () => {
    expect(csvCell('A "joint" effort')).toBe('"A ""joint"" effort"');
    expect(csvCell('\n=1')).toBe(`"'\n=1"`);
  });
});
