import { Alert } from 'antd';
import { ApiProblem } from '../api/client';
import { messageOf } from '../api/problem-messages';

/** A refusal or failure as the person reads it: the Vietnamese message for its code, and the fields at fault. */
export function ProblemAlert({ error }: { error: unknown }) {
  if (!error) return null;
  const problem = error instanceof ApiProblem ? error : undefined;
  const fields = problem?.fields.filter((f) => f.message) ?? [];
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={messageOf(problem?.code ?? 'INTERNAL_ERROR')}
      description={
        fields.length > 0 ? (
          <ul style={{ margin: 0 }}>
            {fields.map((f) => (
              <li key={`${f.path}:${f.message}`}>
                {f.path ? `${f.path}: ` : ''}
                {f.message}
              </li>
            ))}
          </ul>
        ) : problem ? (
          <small>Mã lỗi: {problem.code}</small>
        ) : undefined
      }
    />
  );
}
