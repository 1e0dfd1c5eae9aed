"""Schemathesis hooks of `npm run fuzz` (SCHEMATHESIS_HOOKS=fuzz_hooks).

Random data rarely gets past two gates, so without these hooks the fuzzer would mostly test them:
- Idempotency-Key: the generator repeats its few shortest valid keys ("00000000"), and a key reused
  with another request is, rightly, 422 IDEMPOTENCY_KEY_REUSED. A well-formed key is made unique per
  request (a malformed one is sent as drawn: its 400 stays tested).
- Submission: half the submissions name a procedure and agency of the seeded catalogue
  (FUZZ_CATALOGUE="<agency> <procedure>,…"), so dossiers exist and the OpenAPI links from the
  submission lead the stateful phase through commands on real dossiers.
"""

import os
import random
import re
import uuid

import schemathesis

WELL_FORMED_KEY = re.compile(r"^[A-Za-z0-9_.:-]{8,128}$")
CATALOGUE = [
    tuple(pair.split(" ", 1)) for pair in os.environ.get("FUZZ_CATALOGUE", "").split(",") if " " in pair
]


@schemathesis.hook
def before_call(ctx, case, kwargs):
    headers = case.headers or {}
    key = headers.get("Idempotency-Key")
    if isinstance(key, str) and WELL_FORMED_KEY.match(key):
        headers["Idempotency-Key"] = f"{key[:90]}-{uuid.uuid4()}"
    body = case.body
    is_submission = case.method.upper() == "POST" and case.path == "/dossiers"
    if is_submission and isinstance(body, dict) and CATALOGUE and random.random() < 0.5:
        body["agencyCode"], body["procedureCode"] = random.choice(CATALOGUE)
