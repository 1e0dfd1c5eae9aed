import { slipUrl } from '../../api/dossier';

/**
 * Prints a paper of the dossier in one click: fetched as a PDF (the API waits for a paper still being
 * issued) into a hidden frame, which the browser's print dialog then prints.
 */
export async function printSlip(code: string, slip: string): Promise<void> {
  const url = await slipUrl(code, slip);
  const frame = document.createElement('iframe');
  frame.style.position = 'fixed';
  frame.style.width = '0';
  frame.style.height = '0';
  frame.style.border = '0';
  frame.title = `Phiếu ${slip} của hồ sơ ${code}`;
  frame.dataset.slip = slip;
  frame.src = url;
  frame.onload = () => frame.contentWindow?.print();
  document.body.appendChild(frame);
  // The frame and its URL go once printing had its time.
  setTimeout(() => {
    frame.remove();
    URL.revokeObjectURL(url);
  }, 60_000);
}
