import { contentDispositionOf, entityTagOf, matchesNoneOf, rangeOf, rangeStillApplies } from './byte-ranges';

describe('byte ranges', () => {
  it('reads one range: closed, open-ended, suffix, clipped to the file', () => {
    expect(rangeOf('bytes=0-99', 1000)).toEqual({ kind: 'part', start: 0, end: 99 });
    expect(rangeOf('bytes=900-', 1000)).toEqual({ kind: 'part', start: 900, end: 999 });
    expect(rangeOf('bytes=-100', 1000)).toEqual({ kind: 'part', start: 900, end: 999 });
    expect(rangeOf('bytes=-5000', 1000)).toEqual({ kind: 'part', start: 0, end: 999 });
    expect(rangeOf('bytes=990-2000', 1000)).toEqual({ kind: 'part', start: 990, end: 999 });
  });

  it('answers 416 when no byte of the range exists', () => {
    expect(rangeOf('bytes=1000-', 1000)).toEqual({ kind: 'unsatisfiable' });
    expect(rangeOf('bytes=-0', 1000)).toEqual({ kind: 'unsatisfiable' });
    expect(rangeOf('bytes=0-0', 0)).toEqual({ kind: 'unsatisfiable' });
  });

  it('ignores what it cannot read, and several ranges: the whole file', () => {
    for (const header of [undefined, '', 'bytes=', 'bytes=-', 'bytes=5-1', 'items=0-1', 'bytes=0-1,5-6', 'bytes=a-b'])
      expect(rangeOf(header, 1000)).toEqual({ kind: 'whole' });
  });

  it('matches entity tags: the content hash, quoted; weak forms and * count for If-None-Match', () => {
    const etag = entityTagOf('sha256:ab');
    expect(etag).toBe('"sha256:ab"');
    expect(matchesNoneOf('"x", "sha256:ab"', etag)).toBe(true);
    expect(matchesNoneOf('W/"sha256:ab"', etag)).toBe(true);
    expect(matchesNoneOf('*', etag)).toBe(true);
    expect(matchesNoneOf('"sha256:ac"', etag)).toBe(false);
    expect(matchesNoneOf(undefined, etag)).toBe(false);
    expect(rangeStillApplies(undefined, etag)).toBe(true);
    expect(rangeStillApplies('"sha256:ab"', etag)).toBe(true);
    expect(rangeStillApplies('Tue, 01 Dec 2026 10:00:00 GMT', etag)).toBe(false);
  });

  it('names a download in ASCII and in UTF-8, with nothing that could break the header', () => {
    expect(contentDispositionOf('Giấy tiếp nhận hồ sơ.pdf')).toBe(
      `attachment; filename="Giay tiep nhan ho so.pdf"; filename*=UTF-8''Gi%E1%BA%A5y%20ti%E1%BA%BFp%20nh%E1%BA%ADn%20h%E1%BB%93%20s%C6%A1.pdf`,
    );
    expect(contentDispositionOf('Đơn "x"\r\nSet-Cookie: a.pdf', 'inline')).toBe(
      `inline; filename="Don _x___Set-Cookie: a.pdf"; filename*=UTF-8''%C4%90%C6%A1n%20%22x%22%0D%0ASet-Cookie%3A%20a.pdf`,
    );
  });
});
