import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import {
  SLIP_FORMS_VERSION,
  foldEvents,
  slipContentOf,
  slipFormOf,
  vietnamYear,
  type DossierEvent,
  type IssuedSlip,
  type SlipIssuer,
} from '@motcua/domain';
import { SlipRenderer, lookupKeyOf, lookupUrlOf } from '@motcua/slips';
import { CatalogueStore, DocumentRegistry, EventStore, SlipNumbers, type BlobStore } from '@motcua/store';
import type { SlipToIssue } from '@motcua/workflows/activities';

export interface SlipIssuerOptions {
  readonly dataSource: DataSource;
  readonly blobStore: BlobStore;
  readonly lookupKeySecret: string;
  /** Where applicants reach motcua: the receipt's QR code links to the public lookup there. */
  readonly publicBaseUrl: string;
}

/**
 * Issues a paper a dossier's event owes: numbers it in the unit's yearly series, renders it from the
 * events up to that one, files the PDF among the dossier's documents, and says what `SlipIssued`
 * records. Idempotent: a retry gets the same number, so the same bytes and the same stored document.
 */
export function createSlipIssuer(options: SlipIssuerOptions): (request: SlipToIssue) => Promise<IssuedSlip> {
  const events = new EventStore(options.dataSource);
  const catalogue = new CatalogueStore(options.dataSource);
  const numbers = new SlipNumbers(options.dataSource);
  const registry = new DocumentRegistry(options.dataSource);
  const renderer = new SlipRenderer();
  return async ({ streamId, slip, ofVersion }) => {
    const stored = (await events.readStream(streamId)).slice(0, ofVersion);
    const history = stored.map((e) => ({ type: e.type, data: e.data }) as DossierEvent);
    const state = foldEvents(history);
    const event = history[ofVersion - 1];
    const dossierCode = state.dossierCode!;
    const form = slipFormOf(state.ruleSetId!, slip);
    const seq = await numbers.numberOf({
      dossierCode,
      agencyCode: state.agencyCode!,
      slip,
      ofVersion,
      series: form.symbol ?? slip,
      year: vietnamYear(event.data.at),
    });
    const number = form.symbol ? `${seq}/${form.symbol}` : String(seq);
    const issuer = await issuerOf(catalogue, state.agencyCode!);
    const lookupUrl =
      slip === 'receipt'
        ? lookupUrlOf(options.publicBaseUrl, dossierCode, lookupKeyOf(options.lookupKeySecret, dossierCode))
        : undefined;
    const pdf = await renderer.render(
      slipContentOf(slip, { state, event, issue: { number, issuer, issuedAt: event.data.at, lookupUrl } }),
    );
    const blob = await options.blobStore.put(Readable.from([pdf]), { maxBytes: pdf.length, formats: ['pdf'] });
    const filing = await registry.file(
      {
        id: randomUUID(),
        dossierCode,
        agencyCode: state.agencyCode!,
        kind: 'slip',
        fileName: `${(form.symbol ?? slip).toLowerCase()}-${seq}-${dossierCode}.pdf`,
        mediaType: 'application/pdf',
        size: blob.size,
        contentHash: blob.contentHash,
        uploadedBy: 'motcua',
        uploadedAt: event.data.at,
      },
      Number.MAX_SAFE_INTEGER, // the papers motcua issues never count against the applicant's room
    );
    if (filing.kind === 'overDossierLimit') throw new Error('unreachable: papers have no dossier limit');
    return {
      slip,
      ofVersion,
      form: form.form,
      title: form.title,
      number,
      issuer,
      issuedAt: event.data.at,
      formsVersion: SLIP_FORMS_VERSION,
      ...(lookupUrl ? { lookupUrl } : {}),
      contentHash: blob.contentHash,
      documentId: filing.document.id,
    };
  };
}

/** The issuing unit as the catalogue names it now (its header is then fixed in the event). */
async function issuerOf(catalogue: CatalogueStore, agencyCode: string): Promise<SlipIssuer> {
  const unit = (await catalogue.calendar(agencyCode))?.value;
  return {
    unitName: unit?.agencyName ?? agencyCode,
    ...(unit?.governingBody ? { governingBody: unit.governingBody } : {}),
    ...(unit?.place ? { place: unit.place } : {}),
  };
}
