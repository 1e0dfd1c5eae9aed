export * from './data-source';
export * from './event-store';
export * from './projections/dossier-row';
export * from './projections/dossiers-projection';
export * from './projections/projector';
export * from './projections/read-model-tables';
export * from './projections/rebuild';
export * from './catalogue-store';
