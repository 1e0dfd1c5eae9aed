import { useQuery } from '@tanstack/react-query';
import { answerOf, api } from './client';

/** How people sign in here and the figures the pages share (read once per visit). */
export function useSettings() {
  return useQuery({
    queryKey: ['web-settings'],
    queryFn: () => answerOf(api.GET('/web/config')),
    staleTime: Infinity,
  });
}
