import { ApplicationFailure } from '@temporalio/workflow';
import { RuleRefusal } from '@motcua/domain';

/**
 * Runs a decision, turning a rule refusal into a non-retryable failure that carries its code and details
 * (the API answers it as the refusal's problem); any other error stays what it is.
 */
export function decidedOrFailed<T>(decision: () => T): T {
  try {
    return decision();
  } catch (error) {
    if (error instanceof RuleRefusal) {
      throw ApplicationFailure.create({
        type: error.code,
        message: error.message,
        nonRetryable: true,
        details: [error.details],
      });
    }
    throw error;
  }
}
