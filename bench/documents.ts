import { renderApplicationForm } from '../cloudfunctions/api/src/documents/applicationForm';
import { completeApplication } from '../test/support/applications';
import type { Figures } from './figures';

const RUNS = 20;

/**
 * Rendering one full 申报书 (national level: ten experts, every section filled), as the document
 * action does once the renderer is loaded: the median of 20 renders, and the size of the file.
 */
export async function benchDocuments(): Promise<Figures> {
  const application = { content: completeApplication('national'), version: 1 };
  const times: number[] = [];
  let bytes = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const docx = await renderApplicationForm(application, { generatedAt: new Date() });
    times.push(performance.now() - started);
    bytes = docx.length;
  }
  times.sort((a, b) => a - b);
  return {
    application_form_ms_p50: { value: Math.round(times[RUNS >> 1] * 100) / 100, unit: 'ms' },
    application_form_bytes: { value: bytes, unit: 'B' },
  };
}
