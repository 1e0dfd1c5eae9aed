import { createHash } from 'node:crypto';
import type { SlipContent } from '@motcua/domain';
import { renderSlip } from './render-slip';
import { SlipRenderer } from './slip-renderer';

const CONTENT: SlipContent = {
  kind: 'controlSlip',
  title: 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
  issuer: { unitName: 'Sở Tư pháp tỉnh Khánh Hòa' },
  dateLine: 'Khánh Hòa, ngày 01 tháng 12 năm 2026',
  blocks: [{ kind: 'paragraph', text: 'Kèm theo hồ sơ của: Nguyễn Văn An' }],
  signatures: [],
  issuedAt: '2026-12-01T02:00:00.000Z',
};
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('the rendering thread', () => {
  const renderer = new SlipRenderer();
  afterAll(() => renderer.close());

  it('renders the same bytes as rendering in place, several papers at once', async () => {
    const inPlace = sha256(await renderSlip(CONTENT));
    const threaded = await Promise.all([1, 2, 3].map(() => renderer.render(CONTENT)));
    expect(threaded.map(sha256)).toEqual([inPlace, inPlace, inPlace]);
  });

  it('ends its thread when idle and starts another for the next paper', async () => {
    const first = sha256(await renderer.render(CONTENT));
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect((renderer as unknown as { worker?: unknown }).worker).toBeUndefined();
    expect(sha256(await renderer.render(CONTENT))).toBe(first);
  });

  it('rejects a paper it cannot lay out, and renders the next one', async () => {
    const broken = { ...CONTENT, blocks: [{ kind: 'table', columns: [], rows: null }] } as unknown as SlipContent;
    await expect(renderer.render(broken)).rejects.toThrow(/rendering failed/);
    expect((await renderer.render(CONTENT)).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
