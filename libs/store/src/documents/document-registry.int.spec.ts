import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/database';
import { DocumentRegistry, type DossierDocument } from './document-registry';

describe('DocumentRegistry on PostgreSQL', () => {
  let db: TestDatabase;
  let registry: DocumentRegistry;
  let n = 0;

  const documentOf = (dossierCode: string, size: number, hash = `sha256:${String(++n).padStart(64, '0')}`) =>
    ({
      id: randomUUID(),
      dossierCode,
      agencyCode: 'STP-KH',
      kind: 'component',
      fileName: 'Tờ khai.pdf',
      mediaType: 'application/pdf',
      size,
      contentHash: hash,
      uploadedBy: 'officer-1',
      uploadedAt: new Date(Date.UTC(2026, 11, 1, 2, 0, n)).toISOString(),
    }) satisfies DossierDocument;

  beforeAll(async () => {
    db = await createTestDatabase();
    registry = new DocumentRegistry(db.dataSource);
  });
  afterAll(() => db?.drop());

  it('files documents, lists them oldest first and finds each only in its own dossier', async () => {
    const first = documentOf('STP-KH-261201-000001', 100);
    const second = documentOf('STP-KH-261201-000001', 200);
    expect(await registry.file(first, 1_000)).toEqual({ kind: 'filed', document: first });
    expect(await registry.file(second, 1_000)).toEqual({ kind: 'filed', document: second });
    expect(await registry.list('STP-KH-261201-000001')).toEqual([first, second]);
    expect(await registry.get('STP-KH-261201-000001', first.id)).toEqual(first);
    expect(await registry.get('STP-KH-261201-000002', first.id)).toBeUndefined();
    expect(await registry.totalSize('STP-KH-261201-000001')).toBe(300);
  });

  it('answers the same bytes filed again as the same kind with the first document, even when raced', async () => {
    const code = 'STP-KH-261201-000003';
    const hash = `sha256:${'ab'.repeat(32)}`;
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, () => registry.file(documentOf(code, 10, hash), 1_000)),
    );
    expect(outcomes.filter((o) => o.kind === 'filed')).toHaveLength(1);
    const ids = new Set(outcomes.map((o) => (o.kind === 'overDossierLimit' ? undefined : o.document.id)));
    expect(ids.size).toBe(1);
    expect(await registry.list(code)).toHaveLength(1);
  });

  it('never lets concurrent uploads take a dossier past its limit', async () => {
    const code = 'STP-KH-261201-000004';
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => registry.file(documentOf(code, 300), 1_000)));
    expect(outcomes.filter((o) => o.kind === 'filed')).toHaveLength(3);
    expect(outcomes.filter((o) => o.kind === 'overDossierLimit')).toHaveLength(7);
    expect(await registry.totalSize(code)).toBe(900);
  });

  it('keeps the record: a document row cannot be changed or removed', async () => {
    const document = documentOf('STP-KH-261201-000005', 1);
    await registry.file(document, 1_000);
    await expect(
      db.dataSource.query("UPDATE documents SET file_name = 'x' WHERE id = $1", [document.id]),
    ).rejects.toThrow(/legal record/);
    await expect(db.dataSource.query('DELETE FROM documents WHERE id = $1', [document.id])).rejects.toThrow(
      /legal record/,
    );
  });
});
