import { asksForFreshRead } from './fresh-read';
import { StampedCache } from './stamped-cache';

describe('StampedCache', () => {
  const counting = () => {
    let loads = 0;
    return { load: () => Promise.resolve(`value ${++loads}`), loads: () => loads };
  };

  it('serves the kept value while the stamp is unchanged and reloads when it changes', async () => {
    const cache = new StampedCache<string>(10);
    const source = counting();
    expect(await cache.get('page', 'v1', source.load)).toBe('value 1');
    expect(await cache.get('page', 'v1', source.load)).toBe('value 1');
    expect(await cache.get('page', 'v2', source.load)).toBe('value 2');
    expect(await cache.get('page', 'v1', source.load)).toBe('value 3');
    expect(source.loads()).toBe(3);
  });

  it('always loads without a stamp, and keeps nothing', async () => {
    const cache = new StampedCache<string>(10);
    const source = counting();
    await cache.get('page', undefined, source.load);
    await cache.get('page', undefined, source.load);
    expect(source.loads()).toBe(2);
    expect(cache.size).toBe(0);
  });

  it('lets reads that miss at once share one load', async () => {
    const cache = new StampedCache<string>(10);
    let release!: (value: string) => void;
    let loads = 0;
    const load = () => {
      loads += 1;
      return new Promise<string>((resolve) => (release = resolve));
    };
    const reads = [cache.get('page', 'v1', load), cache.get('page', 'v1', load), cache.get('page', 'v1', load)];
    release('shared');
    expect(await Promise.all(reads)).toEqual(['shared', 'shared', 'shared']);
    expect(loads).toBe(1);
  });

  it('does not keep a failed load', async () => {
    const cache = new StampedCache<string>(10);
    await expect(cache.get('page', 'v1', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('page', 'v1', () => Promise.resolve('recovered'))).toBe('recovered');
  });

  it('drops the oldest entries beyond its capacity', async () => {
    const cache = new StampedCache<string>(2);
    const source = counting();
    await cache.get('a', 'v', source.load);
    await cache.get('b', 'v', source.load);
    await cache.get('c', 'v', source.load);
    expect(cache.size).toBe(2);
    expect(await cache.get('a', 'v', source.load)).toBe('value 4');
    expect(await cache.get('c', 'v', source.load)).toBe('value 3');
  });
});

describe('asksForFreshRead', () => {
  it.each([
    ['no-cache', true],
    ['No-Cache', true],
    ['max-age=0', true],
    ['private, max-age = 0', true],
    ['no-store', true],
    ['max-age=0, must-revalidate', true],
    [undefined, false],
    ['', false],
    ['max-age=60', false],
    ['max-age=00', false],
    ['no-cachet', false],
    ['private', false],
  ])('Cache-Control %p → %p', (header, fresh) => {
    expect(asksForFreshRead(header)).toBe(fresh);
  });
});
