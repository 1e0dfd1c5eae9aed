import { answerOf, api } from '../../api/client';

/** Downloads a report as the API exports it (`Accept: text/csv`, Vietnamese headers). */
export async function downloadCsv(
  path: '/index-766/scorecard' | '/index-766/timeliness' | '/index-766/ranking',
  query: object,
  fileName: string,
) {
  const blob = await answerOf(
    api.GET(path, { params: { query: query as never }, headers: { Accept: 'text/csv' }, parseAs: 'blob' }),
  );
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob as Blob);
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
