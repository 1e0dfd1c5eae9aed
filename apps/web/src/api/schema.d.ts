// Generated from the API's OpenAPI document by `npm run web:client`: do not edit.
export type paths = {
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Readiness: PostgreSQL and Temporal */
    get: operations['health'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness */
    get: operations['live'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Prometheus metrics */
    get: operations['metrics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dossiers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The work queue, nearest deadline first */
    get: operations['queue'];
    put?: never;
    /** Submit a dossier (online by the applicant’s channel; desk and postal by an officer) */
    post: operations['submit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dossiers/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One dossier, with the commands the caller may send now; `atLeast`: a version the caller has seen */
    get: operations['dossier'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dossiers/{code}/process': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The control slip’s rows: every hand-over between units with its instants, people and step result */
    get: operations['process'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dossiers/{code}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The dossier’s timeline of events */
    get: operations['events'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dossiers/{code}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept the dossier (tiếp nhận, Mẫu 01): starts the processing clock */
    post: operations['accept'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dossiers/{code}/request-completion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask for completion before acceptance (Mẫu 02); counts toward the supplementation limit */
    post: operations['request-completion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dossiers/{code}/refuse': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Refuse at receipt with a reason (Mẫu 03) */
    post: operations['refuse'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dossiers/{code}/request-supplement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Request the one supplementation allowed (Mẫu 02): stops the clock */
    post: operations['request-supplement'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dossiers/{code}/receive-supplement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the applicant’s supplement or completed dossier */
    post: operations['receive-supplement'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dossiers/{code}/pause': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Pause the processing clock: reason, attached document and written notice required */
    post: operations['pause'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dossiers/{code}/resume': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Resume the clock: the due date moves by the paused working time */
    post: operations['resume'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dossiers/{code}/apology': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Issue the apology slip with a new appointment (Mẫu 04), once */
    post: operations['apology'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dossiers/{code}/result': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Issue the result: approved with documents, or refused with a reason */
    post: operations['result'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dossiers/{code}/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Return the result (desk, post or online) */
    post: operations['return'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dossiers/{code}/withdrawal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The applicant asks to withdraw the dossier */
    post: operations['withdrawal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dossiers/{code}/stop': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Stop processing (after a withdrawal, or by the agency) with a reason */
    post: operations['stop'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dossiers/{code}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a dossier not yet accepted (audited) */
    post: operations['cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dossiers/{code}/rating': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The applicant rates the handling (satisfied or not) */
    post: operations['rating'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dossiers/{code}/handover': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Hand the dossier over to the next step’s unit (chuyển), optionally to a named officer; the holder only */
    post: operations['handover'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dossiers/{code}/receive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Take the dossier at its current step (nhận): an officer of the step’s unit (a leader at a signing step) */
    post: operations['receive'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dossiers/{code}/reassign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Give the current step to another officer of the unit, with a reason (audited) */
    post: operations['reassign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dossiers/{code}/send-back': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send the dossier back to an earlier step with a reason (audited); the holder only */
    post: operations['send-back'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/feedback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Feedback of the caller’s agencies, nearest due first */
    get: operations['feedbackList'];
    put?: never;
    /** Receive feedback at the desk (an officer) or through the applicant’s account */
    post: operations['receiveFeedback'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/feedback/{feedbackCode}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One feedback, with its rounds, answers and the commands the caller may send now; `atLeast`: a version the caller has seen */
    get: operations['feedback'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/feedback/{feedbackCode}/classify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Classify the feedback: about a procedure (TTHC) or about staff (cán bộ) */
    post: operations['feedbackClassify'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/feedback/{feedbackCode}/assign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Assign the feedback to the officer who will answer it */
    post: operations['feedbackAssign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/feedback/{feedbackCode}/extend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Extend the answer’s deadline once, with a reason, before it passes (a leader) */
    post: operations['feedbackExtend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/feedback/{feedbackCode}/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Answer in writing (the assignee, or a leader) */
    post: operations['feedbackAnswer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/feedback/{feedbackCode}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish the answer (công khai): the sender may then rate it */
    post: operations['feedbackPublish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/public/feedback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Anyone raises feedback (no account; rate-limited); the answer gives its code and lookup key */
    post: operations['publicFeedbackReceipt'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/public/feedback/{feedbackCode}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Where the feedback stands and its published answers, by its lookup key */
    get: operations['publicFeedback'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/public/feedback/{feedbackCode}/rating': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The sender rates the published answer (satisfied or not), with the key */
    post: operations['publicFeedbackRating'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/public/feedback/{feedbackCode}/raise-again': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The sender raises the feedback again after the published answer, with the key and a reason */
    post: operations['publicFeedbackRaiseAgain'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dossiers/{code}/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The dossier’s files, oldest first */
    get: operations['documents'];
    put?: never;
    /** Upload a file of the dossier (multipart: the field `kind`, then the part `file`); hashed and recognised from its bytes */
    post: operations['uploadDocument'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dossiers/{code}/documents/{documentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One file’s bytes (ETag = content hash; If-None-Match, Range and If-Range honoured) */
    get: operations['document'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dossiers/{code}/slips': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The papers issued for the dossier (form, number, hash, file), those still owed, and the control slip */
    get: operations['slips'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dossiers/{code}/slips/{slip}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One paper as an A4 PDF in Vietnamese: the issued file (the latest of its kind; ETag, Range), or the control slip rendered from the events now (whole) */
    get: operations['slip'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/public/dossiers/{code}/slips/{slip}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The applicant’s own paper (receipt, requests, refusal, apology, stop notice) by the key printed on the receipt */
    get: operations['publicSlip'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/public/dossiers/{code}/e-results/{documentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The e-signed result returned online, by the key printed on the receipt (the lookup lists them under eResults) */
    get: operations['publicEResult'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/registers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The unit’s register of dossiers (Sổ theo dõi hồ sơ) for a period, as an XLSX workbook: from/to days in Vietnam time (default: this month) */
    get: operations['register'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/steps': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Lateness of internal-process steps by unit, officer or step: visits started in the period, early / on time / late, running and overdue */
    get: operations['auditSteps'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Pauses, supplementation requests and cancellations to audit */
    get: operations['auditActions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/sample': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A random spot-check sample, reproducible with its seed */
    get: operations['auditSample'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/actions/{id}/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Judge an audited action justified or unjustified (an unjustified pause stops extending the due date in statistics) */
    post: operations['auditReview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/procedures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The procedure catalogue */
    get: operations['adminProcedures'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/procedures/{procedureCode}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Publish or revise a procedure (an event; If-Match guards concurrent edits) */
    put: operations['adminProcedure'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/calendars': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Unit working calendars */
    get: operations['adminCalendars'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/calendars/{agency}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Revise a unit calendar (an event); open dossiers recompute their pending deadlines */
    put: operations['adminCalendar'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/national-sync/dead-letters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Messages to the national portal that were given up on (refused, or too many failed tries), by dossier and order */
    get: operations['nationalSyncDeadLetters'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/national-sync/messages/{messageId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One message to the national portal: its payload, tries, last error and acknowledgement */
    get: operations['nationalSyncMessage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/national-sync/messages/{messageId}/replay': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Puts a dead letter back in the queue, due now, with its tries counted afresh (409 if it is not dead) */
    post: operations['nationalSyncReplay'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/procedures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The procedure catalogue (public): every procedure, or those one agency receives */
    get: operations['procedures'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/procedures/{procedureCode}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One procedure of the catalogue (public) */
    get: operations['procedure'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/index-766/scorecard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The 766 scorecard: every indicator with numerator and denominator, groups, total, band; asOf = as it stood then (JSON, or CSV with Vietnamese headers for `Accept: text/csv`) */
    get: operations['index766Scorecard'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/index-766/ranking': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The agencies in scope ranked by their own scorecard total (with band and on-time rate), best first (JSON, or CSV with Vietnamese headers for `Accept: text/csv`) */
    get: operations['index766Ranking'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/index-766/timeliness': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Carried over, received, early / on time / late, in time / overdue and rates, by agency, procedure, channel or month (JSON, or CSV with Vietnamese headers for `Accept: text/csv`) */
    get: operations['index766Timeliness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/index-766/indicators/{indicator}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One indicator by agency, procedure, channel or month (JSON, or CSV with Vietnamese headers for `Accept: text/csv`) */
    get: operations['index766Indicator'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/index-766/indicators/{indicator}/dossiers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The dossiers behind an indicator's numerator, denominator (or 5.4's late and not-satisfied parts), by code (JSON, or CSV with Vietnamese headers for `Accept: text/csv`) */
    get: operations['index766Dossiers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/public/dossiers/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Status, deadlines and history without personal data, by the key printed on the receipt */
    get: operations['publicLookup'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/web/config': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How the web app signs people in (dev page, OIDC or none), and the agencies and units to choose from */
    get: operations['webConfig'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/web/dev-sign-in': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Local sign-in (DEV_SIGN_IN=true with AUTH_MODE=hs256 only, else 404): an 8-hour token for the chosen role and agency */
    post: operations['devSignIn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Server-sent events: `changed` (data: the agencies) each time the read models of the caller’s agencies change, at most every 250 ms; a comment every 25 s keeps the line open */
    get: operations['changes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
};
export type webhooks = Record<string, never>;
export type components = {
  schemas: {
    /** @enum {string} */
    ProblemCode:
      | 'VALIDATION_FAILED'
      | 'UNAUTHENTICATED'
      | 'FORBIDDEN'
      | 'NOT_FOUND'
      | 'DOSSIER_NOT_FOUND'
      | 'FEEDBACK_NOT_FOUND'
      | 'RATE_LIMITED'
      | 'DOSSIER_KEY_MISMATCH'
      | 'IDEMPOTENCY_KEY_IN_USE'
      | 'NOT_A_DEAD_LETTER'
      | 'VERSION_CONFLICT'
      | 'PAYLOAD_TOO_LARGE'
      | 'DOCUMENT_TOO_LARGE'
      | 'UNSUPPORTED_MEDIA_TYPE'
      | 'DOCUMENT_TYPE_NOT_ALLOWED'
      | 'UPLOAD_INCOMPLETE'
      | 'RANGE_NOT_SATISFIABLE'
      | 'PROCEDURE_NOT_FOUND'
      | 'DOCUMENT_NOT_FOUND'
      | 'E_SIGNATURE_INVALID'
      | 'SLIP_PENDING'
      | 'AGENCY_NOT_FOUND'
      | 'IDEMPOTENCY_KEY_REUSED'
      | 'INTERNAL_ERROR'
      | 'SERVICE_UNAVAILABLE'
      | 'COMMAND_TIMEOUT'
      | 'INVALID_COMMAND'
      | 'INVALID_TRANSITION'
      | 'DOSSIER_CLOSED'
      | 'ALREADY_SUBMITTED'
      | 'NOT_SUBMITTED'
      | 'REASON_REQUIRED'
      | 'MISSING_COMPONENTS_REQUIRED'
      | 'SUPPLEMENT_LIMIT_REACHED'
      | 'PAUSE_REASON_CODE_REQUIRED'
      | 'PAUSE_REASON_REQUIRED'
      | 'PAUSE_ATTACHMENT_REQUIRED'
      | 'PAUSE_NOTICE_REQUIRED'
      | 'ALREADY_PAUSED'
      | 'NOT_PAUSED'
      | 'APOLOGY_LIMIT_REACHED'
      | 'APOLOGY_DATE_NOT_AFTER_DUE'
      | 'RESULT_DOCUMENT_REQUIRED'
      | 'ALREADY_RATED'
      | 'AUDITED_ACTION_NOT_FOUND'
      | 'ALREADY_REVIEWED'
      | 'DEADLINE_NOT_REACHED'
      | 'INSTANT_BEFORE_LAST_EVENT'
      | 'NO_INTERNAL_PROCESS'
      | 'NOT_HOLDER'
      | 'ALREADY_RECEIVED'
      | 'NOT_IN_YOUR_UNIT'
      | 'NOT_ASSIGNED_TO_YOU'
      | 'ALREADY_ASSIGNED'
      | 'LEADER_REQUIRED'
      | 'UNIT_NOT_IN_PROCESS'
      | 'NOT_NEXT_STEP'
      | 'NO_NEXT_STEP'
      | 'STEP_NOT_FOUND'
      | 'NOT_AN_EARLIER_STEP'
      | 'SLIP_NOT_PENDING'
      | 'INVALID_FEEDBACK_COMMAND'
      | 'FEEDBACK_ALREADY_RECEIVED'
      | 'FEEDBACK_NOT_RECEIVED'
      | 'FEEDBACK_ALREADY_ANSWERED'
      | 'FEEDBACK_NOT_CLASSIFIED'
      | 'FEEDBACK_NOT_ASSIGNED'
      | 'FEEDBACK_NOT_ASSIGNED_TO_YOU'
      | 'FEEDBACK_NOT_ANSWERED'
      | 'FEEDBACK_ANSWER_ALREADY_PUBLISHED'
      | 'FEEDBACK_ANSWER_NOT_PUBLISHED'
      | 'FEEDBACK_ALREADY_RATED'
      | 'FEEDBACK_REASON_REQUIRED'
      | 'FEEDBACK_EXTENSION_LIMIT_REACHED'
      | 'FEEDBACK_DEADLINE_PASSED'
      | 'FEEDBACK_RAISE_AGAIN_LIMIT_REACHED'
      | 'FEEDBACK_DEADLINE_NOT_REACHED';
    Problem: {
      type: string;
      title: string;
      status: number;
      code: components['schemas']['ProblemCode'];
      detail: string;
      instance?: string;
      errors?: {
        path?: string;
        message?: string;
      }[];
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
  health: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A dependency is down */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  live: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  metrics: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/plain': string;
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  queue: {
    parameters: {
      query?: {
        status?: number;
        agency?: string;
        procedure?: string;
        channel?: 'desk' | 'online' | 'postal';
        overdue?: 'true' | 'false';
        breached?: 'true' | 'false';
        paused?: 'true' | 'false';
        dueBefore?: string;
        q?: string;
        assignee?: 'me';
        unit?: string;
        step?: string;
        limit?: number;
        cursor?: string;
      };
      header?: {
        /** @description `no-cache` reads the read model itself rather than the page kept since its last change */
        'Cache-Control'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: ({
              dossierCode: string;
              agencyCode: string;
              procedureCode: string;
              procedureName: string;
              /** @enum {string} */
              channel: 'desk' | 'online' | 'postal';
              status: number;
              applicantName: string | null;
              /** @description ISO-8601 instant */
              submittedAt: string;
              acceptanceDeadline: string | null;
              dueAt: string | null;
              nextDeadline: string | null;
              overdue: boolean;
              acceptanceWindowBreached: boolean;
              paused: boolean;
              currentStep: string | null;
              currentUnit: string | null;
              holder: string | null;
              assignee: string | null;
              stepDeadline: string | null;
              version: number;
              /** @description working minutes to the next deadline; negative when past */
              remainingWorkingMinutes: number | null;
            } & {
              [key: string]: unknown;
            })[];
            /** @description pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
          };
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  submit: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "procedureCode": "2.000488",
         *       "agencyCode": "STP-KH",
         *       "channel": "online",
         *       "applicant": {
         *         "kind": "citizen",
         *         "name": "Nguyễn Văn An",
         *         "idNumber": "079203001234",
         *         "phone": "0905123456"
         *       },
         *       "components": [
         *         {
         *           "code": "TK",
         *           "name": "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp",
         *           "copies": 1,
         *           "digitised": true,
         *           "reused": false
         *         }
         *       ],
         *       "fee": 200000,
         *       "paidOnline": true
         *     }
         */
        'application/json': {
          procedureCode: string;
          agencyCode: string;
          /** @enum {string} */
          channel: 'desk' | 'online' | 'postal';
          applicant: {
            /** @enum {string} */
            kind: 'citizen' | 'organisation';
            name: string;
            idNumber: string;
            phone?: string;
            /** Format: email */
            email?: string;
            address?: string;
            populationData?: boolean;
          };
          components: {
            code: string;
            name: string;
            /** @default 1 */
            copies?: number;
            /** @default false */
            digitised?: boolean;
            /** @default false */
            reused?: boolean;
            populationData?: boolean;
            fileName?: string;
            contentHash?: string;
          }[];
          /** @default 0 */
          fee?: number;
          /** @default false */
          paidOnline?: boolean;
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      504: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  dossier: {
    parameters: {
      query?: {
        atLeast?: number;
      };
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            dossierCode: string;
            agencyCode: string;
            /** @enum {string} */
            channel: 'desk' | 'online' | 'postal';
            status: number;
            stage: string;
            version: number;
            procedure: {
              code: string;
              name: string;
            } & {
              [key: string]: unknown;
            };
            applicant: {
              kind: string;
              name: string;
              idNumber?: string;
            } & {
              [key: string]: unknown;
            };
            components: ({
              code: string;
              name: string;
            } & {
              [key: string]: unknown;
            })[];
            /** @description ISO-8601 instant */
            submittedAt: string;
            /** @description ISO-8601 instant */
            acceptedAt?: string;
            /** @description ISO-8601 instant */
            acceptanceDeadline?: string;
            /** @description ISO-8601 instant */
            dueAt?: string;
            /** @description ISO-8601 instant */
            rescheduledAt?: string;
            /** @description the audited action that stopped the clock, while stopped */
            clockStoppedBy?: string;
            /** @description ISO-8601 instant */
            finishedAt?: string;
            /** @description ISO-8601 instant */
            returnedAt?: string;
            overdue: boolean;
            supplementCount: number;
            apologyCount: number;
            eResult: boolean;
            auditedActions: ({
              id: string;
              kind: string;
              /** @description ISO-8601 instant */
              at: string;
              reason?: string;
              /** @enum {string} */
              verdict?: 'justified' | 'unjustified';
            } & {
              [key: string]: unknown;
            })[];
            stepVisits: ({
              seq: number;
              stepId: string;
              unit: string;
              /** @description ISO-8601 instant */
              startedAt: string;
              assignee?: string;
              receivedBy?: string;
              /** @description ISO-8601 instant */
              receivedAt?: string;
              /** @description ISO-8601 instant */
              deadline: string;
              overdue: boolean;
              /** @description ISO-8601 instant */
              finishedAt?: string;
            } & {
              [key: string]: unknown;
            })[];
            process?: {
              steps: ({
                id: string;
                name: string;
                unit: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            };
            allowedCommands: (
              | 'accept'
              | 'request-completion'
              | 'refuse'
              | 'request-supplement'
              | 'receive-supplement'
              | 'pause'
              | 'resume'
              | 'apology'
              | 'result'
              | 'return'
              | 'withdrawal'
              | 'stop'
              | 'cancel'
              | 'rating'
              | 'handover'
              | 'receive'
              | 'reassign'
              | 'send-back'
            )[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  process: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            dossierCode: string;
            acceptedAt: string | null;
            dueAt: string | null;
            rows: ({
              seq: number;
              stepId: string;
              stepName: string;
              unit: string;
              fromUnit: string | null;
              handedOverBy: string | null;
              /** @description ISO-8601 instant */
              handedOverAt: string;
              assignee: string | null;
              receivedBy: string | null;
              receivedAt: string | null;
              /** @description ISO-8601 instant */
              deadline: string;
              finishedAt: string | null;
              result: ('early' | 'onTime' | 'late') | null;
              overdue: boolean;
              sentBack: boolean;
              note: string | null;
            } & {
              [key: string]: unknown;
            })[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  events: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: ({
              type: string;
              streamVersion: number;
              data: {
                [key: string]: unknown;
              };
              metadata: {
                actorId?: string;
                actorRole?: string;
              } & {
                [key: string]: unknown;
              };
              /** @description ISO-8601 instant */
              occurredAt: string;
              /** @description ISO-8601 instant */
              recordedAt: string;
            } & {
              [key: string]: unknown;
            })[];
          };
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  accept: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        /** @example {} */
        'application/json': Record<string, never>;
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      504: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'request-completion': {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        /**
         * @example {
         *       "reason": "Thiếu bản sao CCCD",
         *       "missingComponents": [
         *         "Bản sao CCCD"
         *       ]
         *     }
         */
        'application/json': {
          reason?: string;
          /** @default [] */
          missingComponents?: string[];
          slip?: {
            /** Format: uuid */
            documentId: string;
          };
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      504: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  refuse: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        /**
         * @example {
         *       "reason": "Thủ tục không thuộc thẩm quyền giải quyết của Sở Tư pháp"
         *     }
         */
        'application/json': {
          reason?: string;
          slip?: {
            /** Format: uuid */
            documentId: string;
          };
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      504: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'request-supplement': {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        /**
         * @example {
         *       "reason": "Giấy khai sinh không rõ nét",
         *       "missingComponents": [
         *         "Giấy khai sinh"
         *       ]
         *     }
         */
        'application/json': {
          reason?: string;
          /** @default [] */
          missingComponents?: string[];
          slip?: {
            /** Format: uuid */
            documentId: string;
          };
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      504: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'receive-supplement': {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        /**
         * @example {
         *       "components": [
         *         {
         *           "code": "GKS",
         *           "name": "Giấy khai sinh",
         *           "copies": 1,
         *           "digitised": true,
         *           "reused": false,
         *           "documentId": "0f8b8a54-3c1e-4c57-9a57-2b1d6f1e9c01"
         *         }
         *       ]
         *     }
         */
        'application/json': {
          /** @default [] */
          components?: {
            code: string;
            name: string;
            /** @default 1 */
            copies?: number;
            /** @default false */
            digitised?: boolean;
            /** @default false */
            reused?: boolean;
            populationData?: boolean;
            /** Format: uuid */
            documentId?: string;
          }[];
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      504: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  pause: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        /**
         * @example {
         *       "reasonCode": "VERIFICATION",
         *       "reason": "Chờ kết quả xác minh của Công an tỉnh",
         *       "attachment": {
         *         "documentId": "0f8b8a54-3c1e-4c57-9a57-2b1d6f1e9c01"
         *       },
         *       "notice": {
         *         "channel": "post",
         *         "reference": "125/TB-STP"
         *       }
         *     }
         */
        'application/json': {
          /** @enum {string} */
          reasonCode?: 'FINANCIAL_OBLIGATION' | 'VERIFICATION' | 'CONSULTATION' | 'OTHER_LEGAL_GROUND';
          reason?: string;
          attachment?: {
            /** Format: uuid */
            documentId?: string;
          };
          notice?: {
            /** @enum {string} */
            channel?: 'post' | 'email' | 'sms' | 'portal' | 'desk';
            reference?: string;
          };
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      504: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  resume: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        /** @example {} */
        'application/json': Record<string, never>;
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      504: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  apology: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reason": "Chờ kết quả xác minh",
         *       "rescheduledAt": "2026-12-15T17:00:00+07:00",
         *       "slip": {
         *         "documentId": "0f8b8a54-3c1e-4c57-9a57-2b1d6f1e9c01"
         *       }
         *     }
         */
        'application/json': {
          reason?: string;
          /** Format: date-time */
          rescheduledAt: string;
          slip?: {
            /** Format: uuid */
            documentId: string;
          };
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      504: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  result: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "decision": "approved",
         *       "documents": [
         *         {
         *           "documentId": "0f8b8a54-3c1e-4c57-9a57-2b1d6f1e9c01",
         *           "code": "1234/LLTP",
         *           "eSigned": true
         *         }
         *       ]
         *     }
         */
        'application/json': {
          /** @enum {string} */
          decision: 'approved' | 'refused';
          /** @default [] */
          documents?: {
            /** Format: uuid */
            documentId: string;
            code: string;
            /** @default false */
            eSigned?: boolean;
            certifiedCopy?: boolean;
          }[];
          reason?: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      504: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  return: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "method": "online"
         *     }
         */
        'application/json': {
          /** @enum {string} */
          method: 'desk' | 'post' | 'online';
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      504: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  withdrawal: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        /**
         * @example {
         *       "reason": "Không còn nhu cầu"
         *     }
         */
        'application/json': {
          reason?: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      504: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  stop: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        /**
         * @example {
         *       "reason": "Dừng xử lý theo đề nghị rút hồ sơ",
         *       "slip": {
         *         "documentId": "0f8b8a54-3c1e-4c57-9a57-2b1d6f1e9c01"
         *       }
         *     }
         */
        'application/json': {
          reason?: string;
          slip?: {
            /** Format: uuid */
            documentId: string;
          };
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      504: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  cancel: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        /**
         * @example {
         *       "reason": "Công dân không phản hồi yêu cầu hoàn thiện"
         *     }
         */
        'application/json': {
          reason?: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      504: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  rating: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "satisfied": true,
         *       "comment": "Cán bộ hướng dẫn tận tình"
         *     }
         */
        'application/json': {
          satisfied: boolean;
          comment?: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      504: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  handover: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "toUnit": "P-HCTP",
         *       "toOfficer": "chuyen-vien-lan",
         *       "note": "Hồ sơ đầy đủ, chuyển thẩm định"
         *     }
         */
        'application/json': {
          toUnit: string;
          toOfficer?: string;
          note?: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      504: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  receive: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        /** @example {} */
        'application/json': Record<string, never>;
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      504: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  reassign: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "toOfficer": "chuyen-vien-minh",
         *       "reason": "Chuyên viên thụ lý nghỉ phép"
         *     }
         */
        'application/json': {
          toOfficer: string;
          reason?: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      504: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'send-back': {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "toStep": "tiep-nhan",
         *       "reason": "Thiếu xác nhận của UBND xã"
         *     }
         */
        'application/json': {
          toStep: string;
          reason?: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      504: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  feedbackList: {
    parameters: {
      query?: {
        agency?: string;
        stage?: 'handling' | 'answered' | 'published';
        overdue?: 'true' | 'false';
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: ({
              feedbackCode: string;
              agencyCode: string;
              channel: string;
              /** @enum {string} */
              stage: 'handling' | 'answered' | 'published';
              category: string | null;
              subject: string;
              senderName: string;
              dossierCode: string | null;
              assigneeId: string | null;
              round: number;
              /** @description ISO-8601 instant */
              receivedAt: string;
              /** @description ISO-8601 instant */
              answerDueAt: string;
              overdue: boolean;
              answeredAt: string | null;
              publishedAt: string | null;
              rating: string | null;
            } & {
              [key: string]: unknown;
            })[];
            /** @description pass as `cursor` for the next page; absent on the last */
            next?: string;
          };
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  receiveFeedback: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "agencyCode": "STP-KH",
         *       "sender": {
         *         "name": "Trần Thị Bình",
         *         "phone": "0905000111"
         *       },
         *       "subject": "Chậm trả kết quả",
         *       "content": "Hồ sơ của tôi đã quá hạn mà chưa được trả kết quả."
         *     }
         */
        'application/json': {
          agencyCode: string;
          sender: {
            name: string;
            phone?: string;
            /** Format: email */
            email?: string;
            address?: string;
          };
          subject: string;
          content: string;
          dossierCode?: string;
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            feedbackCode: string;
            agencyCode: string;
            /** @enum {string} */
            channel: 'desk' | 'online' | 'public';
            /** @enum {string} */
            stage: 'handling' | 'answered' | 'published';
            sender: {
              name: string;
              phone?: string;
              email?: string;
            } & {
              [key: string]: unknown;
            };
            subject: string;
            content: string;
            dossierCode?: string;
            /** @description ISO-8601 instant */
            receivedAt: string;
            /** @enum {string} */
            category?: 'procedure' | 'staff';
            assigneeId?: string;
            round: number;
            /** @description ISO-8601 instant */
            answerDueAt: string;
            /** @description ISO-8601 instant */
            overdueAt?: string;
            extensions: ({
              /** @description ISO-8601 instant */
              at: string;
              reason: string;
              /** @description ISO-8601 instant */
              answerDueAt: string;
            } & {
              [key: string]: unknown;
            })[];
            answers: ({
              round: number;
              answer: string;
              /** @description ISO-8601 instant */
              at: string;
              onTime: boolean;
              /** @description ISO-8601 instant */
              publishedAt?: string;
            } & {
              [key: string]: unknown;
            })[];
            raisedAgain: ({
              /** @description ISO-8601 instant */
              at: string;
              reason: string;
            } & {
              [key: string]: unknown;
            })[];
            version: number;
            allowedCommands?: (
              | 'ReceiveFeedback'
              | 'ClassifyFeedback'
              | 'AssignFeedback'
              | 'ExtendFeedbackDeadline'
              | 'AnswerFeedback'
              | 'PublishFeedbackAnswer'
              | 'RateFeedbackAnswer'
              | 'RaiseFeedbackAgain'
            )[];
            /** @description on receipt only: the key the sender looks it up with */
            lookupKey?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      504: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  feedback: {
    parameters: {
      query?: {
        atLeast?: number;
      };
      header?: never;
      path: {
        feedbackCode: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            feedbackCode: string;
            agencyCode: string;
            /** @enum {string} */
            channel: 'desk' | 'online' | 'public';
            /** @enum {string} */
            stage: 'handling' | 'answered' | 'published';
            sender: {
              name: string;
              phone?: string;
              email?: string;
            } & {
              [key: string]: unknown;
            };
            subject: string;
            content: string;
            dossierCode?: string;
            /** @description ISO-8601 instant */
            receivedAt: string;
            /** @enum {string} */
            category?: 'procedure' | 'staff';
            assigneeId?: string;
            round: number;
            /** @description ISO-8601 instant */
            answerDueAt: string;
            /** @description ISO-8601 instant */
            overdueAt?: string;
            extensions: ({
              /** @description ISO-8601 instant */
              at: string;
              reason: string;
              /** @description ISO-8601 instant */
              answerDueAt: string;
            } & {
              [key: string]: unknown;
            })[];
            answers: ({
              round: number;
              answer: string;
              /** @description ISO-8601 instant */
              at: string;
              onTime: boolean;
              /** @description ISO-8601 instant */
              publishedAt?: string;
            } & {
              [key: string]: unknown;
            })[];
            raisedAgain: ({
              /** @description ISO-8601 instant */
              at: string;
              reason: string;
            } & {
              [key: string]: unknown;
            })[];
            version: number;
            allowedCommands?: (
              | 'ReceiveFeedback'
              | 'ClassifyFeedback'
              | 'AssignFeedback'
              | 'ExtendFeedbackDeadline'
              | 'AnswerFeedback'
              | 'PublishFeedbackAnswer'
              | 'RateFeedbackAnswer'
              | 'RaiseFeedbackAgain'
            )[];
            /** @description on receipt only: the key the sender looks it up with */
            lookupKey?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  feedbackClassify: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        feedbackCode: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "category": "staff"
         *     }
         */
        'application/json': {
          /** @enum {string} */
          category: 'procedure' | 'staff';
          procedureCode?: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            feedbackCode: string;
            agencyCode: string;
            /** @enum {string} */
            channel: 'desk' | 'online' | 'public';
            /** @enum {string} */
            stage: 'handling' | 'answered' | 'published';
            sender: {
              name: string;
              phone?: string;
              email?: string;
            } & {
              [key: string]: unknown;
            };
            subject: string;
            content: string;
            dossierCode?: string;
            /** @description ISO-8601 instant */
            receivedAt: string;
            /** @enum {string} */
            category?: 'procedure' | 'staff';
            assigneeId?: string;
            round: number;
            /** @description ISO-8601 instant */
            answerDueAt: string;
            /** @description ISO-8601 instant */
            overdueAt?: string;
            extensions: ({
              /** @description ISO-8601 instant */
              at: string;
              reason: string;
              /** @description ISO-8601 instant */
              answerDueAt: string;
            } & {
              [key: string]: unknown;
            })[];
            answers: ({
              round: number;
              answer: string;
              /** @description ISO-8601 instant */
              at: string;
              onTime: boolean;
              /** @description ISO-8601 instant */
              publishedAt?: string;
            } & {
              [key: string]: unknown;
            })[];
            raisedAgain: ({
              /** @description ISO-8601 instant */
              at: string;
              reason: string;
            } & {
              [key: string]: unknown;
            })[];
            version: number;
            allowedCommands?: (
              | 'ReceiveFeedback'
              | 'ClassifyFeedback'
              | 'AssignFeedback'
              | 'ExtendFeedbackDeadline'
              | 'AnswerFeedback'
              | 'PublishFeedbackAnswer'
              | 'RateFeedbackAnswer'
              | 'RaiseFeedbackAgain'
            )[];
            /** @description on receipt only: the key the sender looks it up with */
            lookupKey?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      504: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  feedbackAssign: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        feedbackCode: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "assigneeId": "officer-1"
         *     }
         */
        'application/json': {
          assigneeId: string;
          unit?: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            feedbackCode: string;
            agencyCode: string;
            /** @enum {string} */
            channel: 'desk' | 'online' | 'public';
            /** @enum {string} */
            stage: 'handling' | 'answered' | 'published';
            sender: {
              name: string;
              phone?: string;
              email?: string;
            } & {
              [key: string]: unknown;
            };
            subject: string;
            content: string;
            dossierCode?: string;
            /** @description ISO-8601 instant */
            receivedAt: string;
            /** @enum {string} */
            category?: 'procedure' | 'staff';
            assigneeId?: string;
            round: number;
            /** @description ISO-8601 instant */
            answerDueAt: string;
            /** @description ISO-8601 instant */
            overdueAt?: string;
            extensions: ({
              /** @description ISO-8601 instant */
              at: string;
              reason: string;
              /** @description ISO-8601 instant */
              answerDueAt: string;
            } & {
              [key: string]: unknown;
            })[];
            answers: ({
              round: number;
              answer: string;
              /** @description ISO-8601 instant */
              at: string;
              onTime: boolean;
              /** @description ISO-8601 instant */
              publishedAt?: string;
            } & {
              [key: string]: unknown;
            })[];
            raisedAgain: ({
              /** @description ISO-8601 instant */
              at: string;
              reason: string;
            } & {
              [key: string]: unknown;
            })[];
            version: number;
            allowedCommands?: (
              | 'ReceiveFeedback'
              | 'ClassifyFeedback'
              | 'AssignFeedback'
              | 'ExtendFeedbackDeadline'
              | 'AnswerFeedback'
              | 'PublishFeedbackAnswer'
              | 'RateFeedbackAnswer'
              | 'RaiseFeedbackAgain'
            )[];
            /** @description on receipt only: the key the sender looks it up with */
            lookupKey?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      504: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  feedbackExtend: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        feedbackCode: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reason": "Cần xác minh với cơ quan phối hợp"
         *     }
         */
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            feedbackCode: string;
            agencyCode: string;
            /** @enum {string} */
            channel: 'desk' | 'online' | 'public';
            /** @enum {string} */
            stage: 'handling' | 'answered' | 'published';
            sender: {
              name: string;
              phone?: string;
              email?: string;
            } & {
              [key: string]: unknown;
            };
            subject: string;
            content: string;
            dossierCode?: string;
            /** @description ISO-8601 instant */
            receivedAt: string;
            /** @enum {string} */
            category?: 'procedure' | 'staff';
            assigneeId?: string;
            round: number;
            /** @description ISO-8601 instant */
            answerDueAt: string;
            /** @description ISO-8601 instant */
            overdueAt?: string;
            extensions: ({
              /** @description ISO-8601 instant */
              at: string;
              reason: string;
              /** @description ISO-8601 instant */
              answerDueAt: string;
            } & {
              [key: string]: unknown;
            })[];
            answers: ({
              round: number;
              answer: string;
              /** @description ISO-8601 instant */
              at: string;
              onTime: boolean;
              /** @description ISO-8601 instant */
              publishedAt?: string;
            } & {
              [key: string]: unknown;
            })[];
            raisedAgain: ({
              /** @description ISO-8601 instant */
              at: string;
              reason: string;
            } & {
              [key: string]: unknown;
            })[];
            version: number;
            allowedCommands?: (
              | 'ReceiveFeedback'
              | 'ClassifyFeedback'
              | 'AssignFeedback'
              | 'ExtendFeedbackDeadline'
              | 'AnswerFeedback'
              | 'PublishFeedbackAnswer'
              | 'RateFeedbackAnswer'
              | 'RaiseFeedbackAgain'
            )[];
            /** @description on receipt only: the key the sender looks it up with */
            lookupKey?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      504: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  feedbackAnswer: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        feedbackCode: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "answer": "Cơ quan đã kiểm tra và trả kết quả ngày 12/3."
         *     }
         */
        'application/json': {
          answer: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            feedbackCode: string;
            agencyCode: string;
            /** @enum {string} */
            channel: 'desk' | 'online' | 'public';
            /** @enum {string} */
            stage: 'handling' | 'answered' | 'published';
            sender: {
              name: string;
              phone?: string;
              email?: string;
            } & {
              [key: string]: unknown;
            };
            subject: string;
            content: string;
            dossierCode?: string;
            /** @description ISO-8601 instant */
            receivedAt: string;
            /** @enum {string} */
            category?: 'procedure' | 'staff';
            assigneeId?: string;
            round: number;
            /** @description ISO-8601 instant */
            answerDueAt: string;
            /** @description ISO-8601 instant */
            overdueAt?: string;
            extensions: ({
              /** @description ISO-8601 instant */
              at: string;
              reason: string;
              /** @description ISO-8601 instant */
              answerDueAt: string;
            } & {
              [key: string]: unknown;
            })[];
            answers: ({
              round: number;
              answer: string;
              /** @description ISO-8601 instant */
              at: string;
              onTime: boolean;
              /** @description ISO-8601 instant */
              publishedAt?: string;
            } & {
              [key: string]: unknown;
            })[];
            raisedAgain: ({
              /** @description ISO-8601 instant */
              at: string;
              reason: string;
            } & {
              [key: string]: unknown;
            })[];
            version: number;
            allowedCommands?: (
              | 'ReceiveFeedback'
              | 'ClassifyFeedback'
              | 'AssignFeedback'
              | 'ExtendFeedbackDeadline'
              | 'AnswerFeedback'
              | 'PublishFeedbackAnswer'
              | 'RateFeedbackAnswer'
              | 'RaiseFeedbackAgain'
            )[];
            /** @description on receipt only: the key the sender looks it up with */
            lookupKey?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      504: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  feedbackPublish: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        feedbackCode: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        /** @example {} */
        'application/json': Record<string, never>;
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            feedbackCode: string;
            agencyCode: string;
            /** @enum {string} */
            channel: 'desk' | 'online' | 'public';
            /** @enum {string} */
            stage: 'handling' | 'answered' | 'published';
            sender: {
              name: string;
              phone?: string;
              email?: string;
            } & {
              [key: string]: unknown;
            };
            subject: string;
            content: string;
            dossierCode?: string;
            /** @description ISO-8601 instant */
            receivedAt: string;
            /** @enum {string} */
            category?: 'procedure' | 'staff';
            assigneeId?: string;
            round: number;
            /** @description ISO-8601 instant */
            answerDueAt: string;
            /** @description ISO-8601 instant */
            overdueAt?: string;
            extensions: ({
              /** @description ISO-8601 instant */
              at: string;
              reason: string;
              /** @description ISO-8601 instant */
              answerDueAt: string;
            } & {
              [key: string]: unknown;
            })[];
            answers: ({
              round: number;
              answer: string;
              /** @description ISO-8601 instant */
              at: string;
              onTime: boolean;
              /** @description ISO-8601 instant */
              publishedAt?: string;
            } & {
              [key: string]: unknown;
            })[];
            raisedAgain: ({
              /** @description ISO-8601 instant */
              at: string;
              reason: string;
            } & {
              [key: string]: unknown;
            })[];
            version: number;
            allowedCommands?: (
              | 'ReceiveFeedback'
              | 'ClassifyFeedback'
              | 'AssignFeedback'
              | 'ExtendFeedbackDeadline'
              | 'AnswerFeedback'
              | 'PublishFeedbackAnswer'
              | 'RateFeedbackAnswer'
              | 'RaiseFeedbackAgain'
            )[];
            /** @description on receipt only: the key the sender looks it up with */
            lookupKey?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      504: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  publicFeedbackReceipt: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "agencyCode": "STP-KH",
         *       "sender": {
         *         "name": "Trần Thị Bình",
         *         "phone": "0905000111"
         *       },
         *       "subject": "Chậm trả kết quả",
         *       "content": "Hồ sơ của tôi đã quá hạn mà chưa được trả kết quả."
         *     }
         */
        'application/json': {
          agencyCode: string;
          sender: {
            name: string;
            phone?: string;
            /** Format: email */
            email?: string;
            address?: string;
          };
          subject: string;
          content: string;
          dossierCode?: string;
          dossierKey?: string;
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            feedbackCode: string;
            agencyCode: string;
            /** @enum {string} */
            channel: 'desk' | 'online' | 'public';
            /** @enum {string} */
            stage: 'handling' | 'answered' | 'published';
            sender: {
              name: string;
              phone?: string;
              email?: string;
            } & {
              [key: string]: unknown;
            };
            subject: string;
            content: string;
            dossierCode?: string;
            /** @description ISO-8601 instant */
            receivedAt: string;
            /** @enum {string} */
            category?: 'procedure' | 'staff';
            assigneeId?: string;
            round: number;
            /** @description ISO-8601 instant */
            answerDueAt: string;
            /** @description ISO-8601 instant */
            overdueAt?: string;
            extensions: ({
              /** @description ISO-8601 instant */
              at: string;
              reason: string;
              /** @description ISO-8601 instant */
              answerDueAt: string;
            } & {
              [key: string]: unknown;
            })[];
            answers: ({
              round: number;
              answer: string;
              /** @description ISO-8601 instant */
              at: string;
              onTime: boolean;
              /** @description ISO-8601 instant */
              publishedAt?: string;
            } & {
              [key: string]: unknown;
            })[];
            raisedAgain: ({
              /** @description ISO-8601 instant */
              at: string;
              reason: string;
            } & {
              [key: string]: unknown;
            })[];
            version: number;
            allowedCommands?: (
              | 'ReceiveFeedback'
              | 'ClassifyFeedback'
              | 'AssignFeedback'
              | 'ExtendFeedbackDeadline'
              | 'AnswerFeedback'
              | 'PublishFeedbackAnswer'
              | 'RateFeedbackAnswer'
              | 'RaiseFeedbackAgain'
            )[];
            /** @description on receipt only: the key the sender looks it up with */
            lookupKey?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      429: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      504: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  publicFeedback: {
    parameters: {
      query: {
        key: string;
      };
      header?: never;
      path: {
        feedbackCode: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            feedbackCode: string;
            subject: string;
            /** @enum {string} */
            stage: 'handling' | 'answered' | 'published';
            /** @description ISO-8601 instant */
            receivedAt: string;
            /** @description ISO-8601 instant */
            answerDueAt: string;
            answers: ({
              round: number;
              answer: string;
              /** @description ISO-8601 instant */
              publishedAt: string;
            } & {
              [key: string]: unknown;
            })[];
            /** @enum {string} */
            rating?: 'satisfied' | 'unsatisfied';
            allowedCommands: (
              | 'ReceiveFeedback'
              | 'ClassifyFeedback'
              | 'AssignFeedback'
              | 'ExtendFeedbackDeadline'
              | 'AnswerFeedback'
              | 'PublishFeedbackAnswer'
              | 'RateFeedbackAnswer'
              | 'RaiseFeedbackAgain'
            )[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      429: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  publicFeedbackRating: {
    parameters: {
      query: {
        key: string;
      };
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        feedbackCode: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "rating": "satisfied"
         *     }
         */
        'application/json': {
          /** @enum {string} */
          rating: 'satisfied' | 'unsatisfied';
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            feedbackCode: string;
            subject: string;
            /** @enum {string} */
            stage: 'handling' | 'answered' | 'published';
            /** @description ISO-8601 instant */
            receivedAt: string;
            /** @description ISO-8601 instant */
            answerDueAt: string;
            answers: ({
              round: number;
              answer: string;
              /** @description ISO-8601 instant */
              publishedAt: string;
            } & {
              [key: string]: unknown;
            })[];
            /** @enum {string} */
            rating?: 'satisfied' | 'unsatisfied';
            allowedCommands: (
              | 'ReceiveFeedback'
              | 'ClassifyFeedback'
              | 'AssignFeedback'
              | 'ExtendFeedbackDeadline'
              | 'AnswerFeedback'
              | 'PublishFeedbackAnswer'
              | 'RateFeedbackAnswer'
              | 'RaiseFeedbackAgain'
            )[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      429: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      504: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  publicFeedbackRaiseAgain: {
    parameters: {
      query: {
        key: string;
      };
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        feedbackCode: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reason": "Câu trả lời chưa giải quyết được vấn đề."
         *     }
         */
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            feedbackCode: string;
            subject: string;
            /** @enum {string} */
            stage: 'handling' | 'answered' | 'published';
            /** @description ISO-8601 instant */
            receivedAt: string;
            /** @description ISO-8601 instant */
            answerDueAt: string;
            answers: ({
              round: number;
              answer: string;
              /** @description ISO-8601 instant */
              publishedAt: string;
            } & {
              [key: string]: unknown;
            })[];
            /** @enum {string} */
            rating?: 'satisfied' | 'unsatisfied';
            allowedCommands: (
              | 'ReceiveFeedback'
              | 'ClassifyFeedback'
              | 'AssignFeedback'
              | 'ExtendFeedbackDeadline'
              | 'AnswerFeedback'
              | 'PublishFeedbackAnswer'
              | 'RateFeedbackAnswer'
              | 'RaiseFeedbackAgain'
            )[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      429: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      504: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  documents: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: ({
              id: string;
              kind: string;
              fileName: string;
              mediaType: string;
              size: number;
              contentHash: string;
              uploadedBy: string;
              /** @description ISO-8601 instant */
              uploadedAt: string;
            } & {
              [key: string]: unknown;
            })[];
          };
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  uploadDocument: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** @enum {string} */
          kind: 'component' | 'supplement' | 'pauseGround' | 'result' | 'slip' | 'other';
          /**
           * Format: binary
           * @description PDF, JPEG, PNG, XML or DOCX (as configured)
           */
          file: string;
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      504: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  document: {
    parameters: {
      query?: never;
      header?: {
        /** @description one byte range, e.g. `bytes=0-1023` or `bytes=-500` */
        Range?: string;
        /** @description the ETag of the copy held: 304 when it is current */
        'If-None-Match'?: string;
        /** @description the ETag the range was computed against: the whole file when it changed */
        'If-Range'?: string;
      };
      path: {
        code: string;
        documentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The whole file */
      200: {
        headers: {
          /** @description the content hash, quoted */
          ETag?: string;
          /** @description the file name as uploaded */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          '*/*': string;
        };
      };
      /** @description One byte range of the file (`Range`) */
      206: {
        headers: {
          /** @description the content hash, quoted */
          ETag?: string;
          /** @description the file name as uploaded */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          '*/*': string;
        };
      };
      /** @description The copy named by `If-None-Match` is current */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      416: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  slips: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            issued: ({
              slip: string;
              title: string;
              number: string;
              /** @description ISO-8601 instant */
              issuedAt: string;
              documentId: string;
            } & {
              [key: string]: unknown;
            })[];
            pending: ({
              slip: string;
            } & {
              [key: string]: unknown;
            })[];
            controlSlip: unknown;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  slip: {
    parameters: {
      query?: never;
      header?: {
        /** @description one byte range, e.g. `bytes=0-1023` or `bytes=-500` */
        Range?: string;
        /** @description the ETag of the copy held: 304 when it is current */
        'If-None-Match'?: string;
        /** @description the ETag the range was computed against: the whole file when it changed */
        'If-Range'?: string;
      };
      path: {
        code: string;
        slip: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The whole file */
      200: {
        headers: {
          /** @description the content hash, quoted */
          ETag?: string;
          /** @description the file name as uploaded */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description One byte range of the file (`Range`) */
      206: {
        headers: {
          /** @description the content hash, quoted */
          ETag?: string;
          /** @description the file name as uploaded */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description The copy named by `If-None-Match` is current */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      416: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  publicSlip: {
    parameters: {
      query: {
        key: string;
      };
      header?: {
        /** @description one byte range, e.g. `bytes=0-1023` or `bytes=-500` */
        Range?: string;
        /** @description the ETag of the copy held: 304 when it is current */
        'If-None-Match'?: string;
        /** @description the ETag the range was computed against: the whole file when it changed */
        'If-Range'?: string;
      };
      path: {
        code: string;
        slip: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The whole file */
      200: {
        headers: {
          /** @description the content hash, quoted */
          ETag?: string;
          /** @description the file name as uploaded */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description One byte range of the file (`Range`) */
      206: {
        headers: {
          /** @description the content hash, quoted */
          ETag?: string;
          /** @description the file name as uploaded */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description The copy named by `If-None-Match` is current */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      416: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  publicEResult: {
    parameters: {
      query: {
        key: string;
      };
      header?: {
        /** @description one byte range, e.g. `bytes=0-1023` or `bytes=-500` */
        Range?: string;
        /** @description the ETag of the copy held: 304 when it is current */
        'If-None-Match'?: string;
        /** @description the ETag the range was computed against: the whole file when it changed */
        'If-Range'?: string;
      };
      path: {
        code: string;
        documentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The whole file */
      200: {
        headers: {
          /** @description the content hash, quoted */
          ETag?: string;
          /** @description the file name as uploaded */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description One byte range of the file (`Range`) */
      206: {
        headers: {
          /** @description the content hash, quoted */
          ETag?: string;
          /** @description the file name as uploaded */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description The copy named by `If-None-Match` is current */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      416: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  register: {
    parameters: {
      query: {
        agency: string;
        /** @description First day (Vietnam time); goes with `to` */
        from?: string;
        /** @description Last day, included (at most a year after `from`) */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  auditSteps: {
    parameters: {
      query?: {
        groupBy?: 'unit' | 'officer' | 'step';
        agency?: string;
        from?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            groupBy: string;
            items: {
              group: string;
              finished: number;
              early: number;
              onTime: number;
              late: number;
              inProgress: number;
              overdue: number;
            }[];
          };
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  auditActions: {
    parameters: {
      query?: {
        kind?: 'pause' | 'supplementRequest' | 'completionRequest' | 'cancellation' | 'reassignment' | 'sendBack';
        verdict?: 'justified' | 'unjustified' | 'pending';
        agency?: string;
        from?: string;
        to?: string;
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: ({
              id: string;
              dossierCode: string;
              actionId: string;
              agencyCode: string;
              kind: string;
              /** @description ISO-8601 instant */
              at: string;
              actorId: string | null;
              reason: string;
              stoppedWorkingMinutes: number | null;
              verdict: string | null;
              reviewedAt: string | null;
              reviewerId: string | null;
              reviewNote: string | null;
            } & {
              [key: string]: unknown;
            })[];
            /** @description pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
          };
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  auditSample: {
    parameters: {
      query?: {
        kind?: 'pause' | 'supplementRequest' | 'completionRequest' | 'cancellation' | 'reassignment' | 'sendBack';
        size?: number;
        seed?: string;
        agency?: string;
        from?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            seed: string;
            items: ({
              id: string;
              dossierCode: string;
              actionId: string;
              agencyCode: string;
              kind: string;
              /** @description ISO-8601 instant */
              at: string;
              actorId: string | null;
              reason: string;
              stoppedWorkingMinutes: number | null;
              verdict: string | null;
              reviewedAt: string | null;
              reviewerId: string | null;
              reviewNote: string | null;
            } & {
              [key: string]: unknown;
            })[];
          };
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  auditReview: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "verdict": "unjustified",
         *       "note": "Không có văn bản làm căn cứ dừng tính thời gian"
         *     }
         */
        'application/json': {
          /** @enum {string} */
          verdict: 'justified' | 'unjustified';
          note?: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      504: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  adminProcedures: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': unknown[];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  adminProcedure: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        procedureCode: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "code": "2.000488",
         *       "name": "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam",
         *       "sector": "Lý lịch tư pháp",
         *       "agencyCodes": [
         *         "STP-KH",
         *         "STP-PT"
         *       ],
         *       "durations": {
         *         "desk": {
         *           "unit": "workingDays",
         *           "value": 10
         *         },
         *         "online": {
         *           "unit": "workingDays",
         *           "value": 10
         *         }
         *       },
         *       "returnsResultDocument": true,
         *       "supplementDeadline": {
         *         "unit": "workingDays",
         *         "value": 10
         *       },
         *       "fee": 200000,
         *       "onlineLevel": "full",
         *       "onlinePayment": true,
         *       "publishedAt": "2024-01-15",
         *       "effectiveFrom": "2024-01-20",
         *       "components": [
         *         {
         *           "code": "TK",
         *           "name": "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (Mẫu số 03/2013/TT-LLTP)",
         *           "copies": 1
         *         },
         *         {
         *           "code": "CCCD",
         *           "name": "Bản chụp Căn cước công dân hoặc Hộ chiếu",
         *           "copies": 1
         *         },
         *         {
         *           "code": "CT",
         *           "name": "Bản chụp giấy tờ chứng minh nơi thường trú hoặc tạm trú",
         *           "copies": 1
         *         }
         *       ]
         *     }
         */
        'application/json': {
          name: string;
          sector: string;
          agencyCodes: string[];
          durations: {
            desk:
              | {
                  /** @enum {string} */
                  unit: 'workingDays' | 'workingHours' | 'calendarDays';
                  value: number;
                }
              | {
                  /** @constant */
                  unit: 'sameDay';
                  cutoff?: string;
                };
            online:
              | {
                  /** @enum {string} */
                  unit: 'workingDays' | 'workingHours' | 'calendarDays';
                  value: number;
                }
              | {
                  /** @constant */
                  unit: 'sameDay';
                  cutoff?: string;
                };
          };
          returnsResultDocument: boolean;
          supplementDeadline?:
            | {
                /** @enum {string} */
                unit: 'workingDays' | 'workingHours' | 'calendarDays';
                value: number;
              }
            | {
                /** @constant */
                unit: 'sameDay';
                cutoff?: string;
              };
          supplementRestartsClock?: boolean;
          fee: number;
          /** @enum {string} */
          onlineLevel: 'full' | 'partial' | 'none';
          onlinePayment: boolean;
          publishedAt?: string;
          effectiveFrom?: string;
          components?: {
            code: string;
            name: string;
            copies: number;
          }[];
          process?: {
            steps: {
              id: string;
              name: string;
              unit: string;
              /** @enum {string} */
              role: 'officer' | 'leader';
              share: {
                /** @enum {string} */
                unit: 'workingHours' | 'workingDays';
                value: number;
              };
            }[];
          };
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  adminCalendars: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': unknown[];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  adminCalendar: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        agency: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "agencyName": "Sở Tư pháp tỉnh Khánh Hòa",
         *       "calendar": {
         *         "timeZone": "Asia/Ho_Chi_Minh",
         *         "sessions": [
         *           {
         *             "start": "07:30",
         *             "end": "11:30"
         *           },
         *           {
         *             "start": "13:00",
         *             "end": "17:00"
         *           }
         *         ],
         *         "holidays": [
         *           "2027-02-05"
         *         ]
         *       }
         *     }
         */
        'application/json': {
          agencyName: string;
          calendar: {
            timeZone: string;
            sessions?: {
              start: string;
              end: string;
            }[];
            weekendDays?: (0 | 1 | 2 | 3 | 4 | 5 | 6)[];
            sessionSets?: {
              effectiveFrom: string;
              sessions: {
                start: string;
                end: string;
              }[];
              weekendDays?: (0 | 1 | 2 | 3 | 4 | 5 | 6)[];
            }[];
            holidays?: string[];
            makeUpWorkingDays?: string[];
            years?: {
              [key: string]: {
                confirmed: boolean;
                daysOff: string[];
                makeUpWorkingDays: string[];
              };
            };
            /** @constant */
            statutoryHolidays?: 'VN';
          };
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  nationalSyncDeadLetters: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: ({
              messageId: string;
              dossierCode: string;
              agencyCode: string;
              seq: number;
              /** @enum {string} */
              service: 'DongBoHoSoMC' | 'CapNhatTienDoHoSoMC' | 'DongBoKetQuaKhoDuLieuCaNhan';
              isUpdating: boolean | null;
              payload: {
                [key: string]: unknown;
              };
              mappingVersion: string;
              /** @enum {string} */
              state: 'pending' | 'acknowledged' | 'dead';
              attempts: number;
              /** @description ISO-8601 instant */
              nextAttemptAt: string;
              lastError: string | null;
              acknowledgedAt: string | null;
              /** @description ISO-8601 instant */
              createdAt: string;
            } & {
              [key: string]: unknown;
            })[];
            /** @description pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
          };
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  nationalSyncMessage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        messageId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            messageId: string;
            dossierCode: string;
            agencyCode: string;
            seq: number;
            /** @enum {string} */
            service: 'DongBoHoSoMC' | 'CapNhatTienDoHoSoMC' | 'DongBoKetQuaKhoDuLieuCaNhan';
            isUpdating: boolean | null;
            payload: {
              [key: string]: unknown;
            };
            mappingVersion: string;
            /** @enum {string} */
            state: 'pending' | 'acknowledged' | 'dead';
            attempts: number;
            /** @description ISO-8601 instant */
            nextAttemptAt: string;
            lastError: string | null;
            acknowledgedAt: string | null;
            /** @description ISO-8601 instant */
            createdAt: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  nationalSyncReplay: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        messageId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            messageId: string;
            dossierCode: string;
            agencyCode: string;
            seq: number;
            /** @enum {string} */
            service: 'DongBoHoSoMC' | 'CapNhatTienDoHoSoMC' | 'DongBoKetQuaKhoDuLieuCaNhan';
            isUpdating: boolean | null;
            payload: {
              [key: string]: unknown;
            };
            mappingVersion: string;
            /** @enum {string} */
            state: 'pending' | 'acknowledged' | 'dead';
            attempts: number;
            /** @description ISO-8601 instant */
            nextAttemptAt: string;
            lastError: string | null;
            acknowledgedAt: string | null;
            /** @description ISO-8601 instant */
            createdAt: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      504: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  procedures: {
    parameters: {
      query?: {
        agency?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            version: number;
            value: {
              code: string;
              name: string;
              sector?: string;
              fee: number;
              agencyCodes: string[];
              components?: {
                code: string;
                name: string;
                copies: number;
              }[];
            } & {
              [key: string]: unknown;
            };
          }[];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  procedure: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        procedureCode: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  index766Scorecard: {
    parameters: {
      query?: {
        agency?: string;
        procedure?: string;
        channel?: 'desk' | 'online' | 'postal';
        /** @description First day of the period; goes with `to`, not with `period` */
        from?: string;
        /** @description Last day of the period (at most ten years after `from`); goes with `from` */
        to?: string;
        /** @description The period around `date` (default: the current year); instead of `from`/`to` */
        period?: 'month' | 'quarter' | 'year' | 'reportingMonth' | 'reportingYear';
        /** @description Any day of the `period` (default: today in Vietnam); needs `period` */
        date?: string;
        /** @description The figures as they stood at this instant (default: now); not before the period starts */
        asOf?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            period: {
              from: string;
              to: string;
            };
            /** @description ISO-8601 instant */
            asOf: string;
            figures: {
              [key: string]: number;
            };
            scorecard: {
              configVersion: string;
              indicators: ({
                id: string;
                name: string;
                group: string;
                maxPoints: number;
                numerator: number | null;
                denominator: number | null;
                ratio: number | null;
                points: number | null;
                /** @description why there is no figure, when there is none */
                noData?: string;
                /** @description the same, in Vietnamese */
                note?: string;
              } & {
                [key: string]: unknown;
              })[];
              groups: {
                [key: string]: {
                  name: string;
                  max: number;
                  points: number;
                };
              };
              total: number;
              band: string;
            } & {
              [key: string]: unknown;
            };
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  index766Ranking: {
    parameters: {
      query?: {
        agency?: string;
        procedure?: string;
        channel?: 'desk' | 'online' | 'postal';
        /** @description First day of the period; goes with `to`, not with `period` */
        from?: string;
        /** @description Last day of the period (at most ten years after `from`); goes with `from` */
        to?: string;
        /** @description The period around `date` (default: the current year); instead of `from`/`to` */
        period?: 'month' | 'quarter' | 'year' | 'reportingMonth' | 'reportingYear';
        /** @description Any day of the `period` (default: today in Vietnam); needs `period` */
        date?: string;
        /** @description The figures as they stood at this instant (default: now); not before the period starts */
        asOf?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            period: {
              from: string;
              to: string;
            };
            /** @description ISO-8601 instant */
            asOf: string;
            rows: ({
              rank: number;
              agency: string;
              total: number;
              band: string;
              onTimeRate: number;
            } & {
              [key: string]: unknown;
            })[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  index766Timeliness: {
    parameters: {
      query?: {
        agency?: string;
        procedure?: string;
        channel?: 'desk' | 'online' | 'postal';
        /** @description First day of the period; goes with `to`, not with `period` */
        from?: string;
        /** @description Last day of the period (at most ten years after `from`); goes with `from` */
        to?: string;
        /** @description The period around `date` (default: the current year); instead of `from`/`to` */
        period?: 'month' | 'quarter' | 'year' | 'reportingMonth' | 'reportingYear';
        /** @description Any day of the `period` (default: today in Vietnam); needs `period` */
        date?: string;
        /** @description The figures as they stood at this instant (default: now); not before the period starts */
        asOf?: string;
        groupBy?: 'agency' | 'procedure' | 'channel' | 'month';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            period: {
              from: string;
              to: string;
            };
            /** @description ISO-8601 instant */
            asOf: string;
            rows: ({
              group: string;
              carriedOver: number;
              received: number;
              processed: number;
              early: number;
              onTime: number;
              late: number;
              inTime: number;
              overdue: number;
              onTimeRate: number;
              lateRate: number;
            } & {
              [key: string]: unknown;
            })[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  index766Indicator: {
    parameters: {
      query?: {
        agency?: string;
        procedure?: string;
        channel?: 'desk' | 'online' | 'postal';
        /** @description First day of the period; goes with `to`, not with `period` */
        from?: string;
        /** @description Last day of the period (at most ten years after `from`); goes with `from` */
        to?: string;
        /** @description The period around `date` (default: the current year); instead of `from`/`to` */
        period?: 'month' | 'quarter' | 'year' | 'reportingMonth' | 'reportingYear';
        /** @description Any day of the `period` (default: today in Vietnam); needs `period` */
        date?: string;
        /** @description The figures as they stood at this instant (default: now); not before the period starts */
        asOf?: string;
        groupBy?: 'agency' | 'procedure' | 'channel' | 'month';
      };
      header?: never;
      path: {
        indicator:
          | '1.1'
          | '1.2'
          | '1.3'
          | '1.4'
          | '2.1'
          | '2.2'
          | '3.1'
          | '3.3'
          | '3.6'
          | '4.1'
          | '4.2'
          | '4.3'
          | '4.4'
          | '4.5'
          | '4.6'
          | '4.7'
          | '5.1a'
          | '5.1b'
          | '5.2'
          | '5.3'
          | '5.4';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            period: {
              from: string;
              to: string;
            };
            /** @description ISO-8601 instant */
            asOf: string;
            rows: ({
              group: string;
              indicator: {
                id: string;
                name: string;
                group: string;
                maxPoints: number;
                numerator: number | null;
                denominator: number | null;
                ratio: number | null;
                points: number | null;
                /** @description why there is no figure, when there is none */
                noData?: string;
                /** @description the same, in Vietnamese */
                note?: string;
              } & {
                [key: string]: unknown;
              };
            } & {
              [key: string]: unknown;
            })[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  index766Dossiers: {
    parameters: {
      query?: {
        agency?: string;
        procedure?: string;
        channel?: 'desk' | 'online' | 'postal';
        /** @description First day of the period; goes with `to`, not with `period` */
        from?: string;
        /** @description Last day of the period (at most ten years after `from`); goes with `from` */
        to?: string;
        /** @description The period around `date` (default: the current year); instead of `from`/`to` */
        period?: 'month' | 'quarter' | 'year' | 'reportingMonth' | 'reportingYear';
        /** @description Any day of the `period` (default: today in Vietnam); needs `period` */
        date?: string;
        /** @description The figures as they stood at this instant (default: now); not before the period starts */
        asOf?: string;
        part?: 'numerator' | 'denominator' | 'late' | 'notSatisfied';
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path: {
        indicator:
          | '1.1'
          | '1.2'
          | '1.3'
          | '1.4'
          | '2.1'
          | '2.2'
          | '3.1'
          | '3.3'
          | '3.6'
          | '4.1'
          | '4.2'
          | '4.3'
          | '4.4'
          | '4.5'
          | '4.6'
          | '4.7'
          | '5.1a'
          | '5.1b'
          | '5.2'
          | '5.3'
          | '5.4';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            period: {
              from: string;
              to: string;
            };
            /** @description ISO-8601 instant */
            asOf: string;
            items: ({
              dossierCode: string;
              agencyCode: string;
              procedureCode: string;
              channel: string;
              /** @description ISO-8601 instant */
              factAt: string;
              amount: number;
              status: number | null;
              statisticalDueAt: string | null;
              finishedAt: string | null;
              timeliness: string | null;
            } & {
              [key: string]: unknown;
            })[];
            /** @description pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  publicLookup: {
    parameters: {
      query: {
        key: string;
      };
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            dossierCode: string;
            procedure: {
              code: string;
              name: string;
            };
            status: number;
            statusName: string;
            /** @description ISO-8601 instant */
            submittedAt: string;
            /** @description ISO-8601 instant */
            dueAt?: string;
            /** @description ISO-8601 instant */
            rescheduledAt?: string;
            history: ({
              type: string;
              /** @description ISO-8601 instant */
              at: string;
            } & {
              [key: string]: unknown;
            })[];
            papers: ({
              slip: string;
              title: string;
              number: string;
            } & {
              [key: string]: unknown;
            })[];
            eResults: ({
              documentId: string;
              fileName: string;
            } & {
              [key: string]: unknown;
            })[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  webConfig: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            signIn:
              | {
                  /** @constant */
                  mode: 'dev';
                }
              | {
                  /** @constant */
                  mode: 'oidc';
                  authority: string;
                  clientId: string;
                  scope: string;
                }
              | {
                  /** @constant */
                  mode: 'none';
                };
            agencies: {
              code: string;
              name: string;
            }[];
            units: string[];
            apologyLeadWorkingMinutes: number;
          };
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  devSignIn: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "role": "officer",
         *       "agency": "STP-KH",
         *       "unit": "desk",
         *       "name": "Trần Thị Bình"
         *     }
         */
        'application/json': {
          /** @enum {string} */
          role: 'officer' | 'leader' | 'supervisor' | 'metrics' | 'admin' | 'applicant';
          agency: string;
          unit?: string;
          name?: string;
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            token: string;
            expiresInSeconds: number;
          };
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      504: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  changes: {
    parameters: {
      query?: {
        seconds?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': string;
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description application/problem+json with a stable `code` (see README, "Errors") */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
}
