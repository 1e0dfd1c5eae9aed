import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROBLEM_MESSAGES, messageOf } from './problem-messages';

/**
 * Every code the API can answer with, as its OpenAPI document lists them (`ProblemCode`: the API's own
 * codes and the domain's refusals), read from the generated client, which schema-freshness keeps equal
 * to the API.
 */
function apiProblemCodes(): string[] {
  const schema = readFileSync(join(__dirname, 'schema.d.ts'), 'utf8');
  const union = /ProblemCode:\s*((?:\|\s*'[A-Z_0-9]+'\s*)+);/.exec(schema)?.[1] ?? '';
  return [...union.matchAll(/'([A-Z_0-9]+)'/g)].map((m) => m[1]);
}

describe('the web app’s Vietnamese message for every refusal', () => {
  it('covers every code the API can return, and no code it does not', () => {
    const codes = apiProblemCodes();
    expect(codes.length).toBeGreaterThan(50);
    expect(
      Object.keys(PROBLEM_MESSAGES)
        .filter((c) => c !== 'NETWORK')
        .sort(),
    ).toEqual([...codes].sort());
  });

  it('says each in Vietnamese, never the code itself', () => {
    for (const [code, message] of Object.entries(PROBLEM_MESSAGES)) {
      expect(message).not.toContain(code);
      expect(message).toMatch(/[ăâđêôơưáàảãạéèẻẽẹíìỉĩịóòỏõọúùủũụýỳỷỹỵ]/i);
    }
  });

  it('an unknown code reads as an unexpected error', () => {
    expect(messageOf('SOMETHING_NEW')).toBe(PROBLEM_MESSAGES.INTERNAL_ERROR);
    expect(messageOf('SUPPLEMENT_LIMIT_REACHED')).toContain('một lần');
  });
});
