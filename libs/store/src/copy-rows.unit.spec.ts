import { copyLine } from './copy-rows';

describe('copyLine (COPY text format)', () => {
  const columns = ['code', 'name', 'count', 'open', 'note', 'state'];

  it('separates fields by tabs, writes NULL as \\N and booleans as t/f', () => {
    expect(copyLine({ code: 'A-1', name: null, count: 3, open: true, state: { a: 1 } }, columns)).toBe(
      'A-1\t\\N\t3\tt\t\\N\t{"a":1}\n',
    );
    expect(copyLine({ code: 'B', name: '', count: 0.5, open: false, note: undefined, state: [] }, columns)).toBe(
      'B\t\t0.5\tf\t\\N\t[]\n',
    );
  });

  it('escapes backslashes, tabs and line breaks, inside JSON too', () => {
    const line = copyLine(
      { code: 'a\tb', name: 'x\\y', count: 1, open: true, note: 'l1\nl2\r', state: { s: 'q\\"' } },
      columns,
    );
    expect(line).toBe('a\\tb\tx\\\\y\t1\tt\tl1\\nl2\\r\t{"s":"q\\\\\\\\\\\\""}\n');
    expect(line.split('\t')).toHaveLength(columns.length);
    expect(line.indexOf('\n')).toBe(line.length - 1);
  });
});
