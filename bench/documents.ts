import { renderApplicationForm } from '../cloudfunctions/api/src/documents/applicationForm';
import { renderAssessmentDocument } from '../cloudfunctions/api/src/documents/assessmentDocument';
import { completeApplication } from '../test/support/applications';
import { fullAssessmentView } from '../test/support/assessmentViews';
import type { Figures } from './figures';

const RUNS = 20;

/** The median time of `RUNS` renders, in ms to two decimals, and the size of the last file. */
async function timeRenders(render: () => Promise<Buffer>): Promise<{ ms: number; bytes: number }> {
  const times: number[] = [];
  let bytes = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    bytes = (await render()).length;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { ms: Math.round(times[RUNS >> 1] * 100) / 100, bytes };
}

/**
 * Rendering one full 申报书 (national level: ten experts, every section filled) and one full
 * 考核表 (every section filled, concluded and recommended), as the document actions do once the
 * renderer is loaded: the median of 20 renders each, and the size of the file.
 */
export async function benchDocuments(): Promise<Figures> {
  const application = { content: completeApplication('national'), version: 1 };
  const form = await timeRenders(() => renderApplicationForm(application, { generatedAt: new Date() }));
  const view = fullAssessmentView();
  const assessment = await timeRenders(() =>
    renderAssessmentDocument(view, { societyName: view.file.station.societyName, generatedAt: new Date() }),
  );
  return {
    application_form_ms_p50: { value: form.ms, unit: 'ms' },
    application_form_bytes: { value: form.bytes, unit: 'B' },
    assessment_document_ms_p50: { value: assessment.ms, unit: 'ms' },
    assessment_document_bytes: { value: assessment.bytes, unit: 'B' },
  };
}
