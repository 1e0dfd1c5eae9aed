import { EventStore1763900000000 } from './1763900000000-event-store';
import { DossierCodes1763900000001 } from './1763900000001-dossier-codes';
import { Projections1763900000002 } from './1763900000002-projections';
import { Api1763900000003 } from './1763900000003-api';
import { QueueIndexes1763900000004 } from './1763900000004-queue-indexes';
import { Index7661763900000005 } from './1763900000005-index766';
import { StateStatistics1763900000006 } from './1763900000006-state-statistics';
import { Index766Monthly1763900000007 } from './1763900000007-index766-monthly';
import { IdempotencyLeases1763900000008 } from './1763900000008-idempotency-leases';
import { InternalProcess1763900000009 } from './1763900000009-internal-process';
import { Documents1763900000010 } from './1763900000010-documents';
import { SlipNumbers1763900000011 } from './1763900000011-slip-numbers';
import { PortalOutbox1763900000012 } from './1763900000012-portal-outbox';
import { Feedbacks1763900000013 } from './1763900000013-feedbacks';
import { PortalAcknowledgements1763900000014 } from './1763900000014-portal-acknowledgements';

/** Every migration, in order. Listed by class (not by glob) so the same list works from ts and dist. */
export const MIGRATIONS = [
  EventStore1763900000000,
  DossierCodes1763900000001,
  Projections1763900000002,
  Api1763900000003,
  QueueIndexes1763900000004,
  Index7661763900000005,
  StateStatistics1763900000006,
  Index766Monthly1763900000007,
  IdempotencyLeases1763900000008,
  InternalProcess1763900000009,
  Documents1763900000010,
  SlipNumbers1763900000011,
  PortalOutbox1763900000012,
  Feedbacks1763900000013,
  PortalAcknowledgements1763900000014,
];
