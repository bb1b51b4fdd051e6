import type { ApplicationReviewEntry } from '../../types/application';
import { LEVEL_SUBSIDY_CAP_FEN } from '../../types/catalogue';
import type { Attachment } from '../../types/domain';
import {
  expenseLabel,
  initialReviewValues,
  needsSubsidyReason,
  nextReviewStep,
  reviewInput,
  reviewProblems,
  reviewProgress,
  type ReviewFormValues,
} from '../../src/utils/applicationReview';

const CAP = LEVEL_SUBSIDY_CAP_FEN.national;
const TODAY = '2026-12-01';
const PHOTO: Attachment = { fileId: 'cloud://env/plaque.png', name: 'plaque.png', size: 100, kind: 'image' };
const MINUTES: Attachment = { fileId: 'cloud://env/minutes.pdf', name: '会议纪要.pdf', size: 100, kind: 'pdf' };

function entry(step: ApplicationReviewEntry['step']): ApplicationReviewEntry {
  return { step, at: '2026-11-01T02:00:00.000Z', by: 'city', byName: '王敏', opinion: '意见', attachments: [] };
}

const states = (...args: Parameters<typeof reviewProgress>) => reviewProgress(...args).map((step) => step.state);

describe('reviewProgress', () => {
  it('marks the steps done and the one under way by status', () => {
    expect(states('draft', [])).toEqual(['todo', 'todo', 'todo', 'todo', 'todo']);
    expect(states('submitted', [])).toEqual(['current', 'todo', 'todo', 'todo', 'todo']);
    expect(states('inspected', [entry('document_review'), entry('inspection')])).toEqual([
      'done',
      'done',
      'current',
      'todo',
      'todo',
    ]);
    expect(states('recognised', [])).toEqual(['done', 'done', 'done', 'done', 'current']);
    expect(states('plaqued', [])).toEqual(['done', 'done', 'done', 'done', 'done']);
  });

  it('starts again at 审核 after a resubmission', () => {
    const history = [entry('document_review'), entry('inspection'), entry('returned')];
    expect(states('submitted', history)).toEqual(['current', 'todo', 'todo', 'todo', 'todo']);
  });

  it('shows where a send-back or refusal stopped the round', () => {
    expect(states('returned', [entry('returned')])).toEqual(['returned', 'todo', 'todo', 'todo', 'todo']);
    const second = [entry('document_review'), entry('returned'), entry('document_review'), entry('inspection')];
    expect(states('returned', [...second, entry('returned')])).toEqual(['done', 'done', 'returned', 'todo', 'todo']);
    expect(states('refused', [...second, entry('meeting'), entry('refused')])).toEqual([
      'done',
      'done',
      'done',
      'refused',
      'todo',
    ]);
  });
});

describe('the review form', () => {
  const values = (change: Partial<ReviewFormValues> = {}): ReviewFormValues => ({
    ...initialReviewValues(CAP, TODAY),
    opinion: '同意认定',
    documentNumber: '筑科协发〔2026〕18 号',
    ...change,
  });

  it('opens with the subsidy at the level’s cap and the dates today', () => {
    expect(initialReviewValues(CAP, TODAY)).toMatchObject({
      subsidyYuan: '100000',
      recognisedOn: TODAY,
      plaquedOn: TODAY,
    });
  });

  it('takes the next step the server allows', () => {
    expect(nextReviewStep(['document_review', 'return', 'refuse'])).toBe('document_review');
    expect(nextReviewStep(['edit', 'submit'])).toBeUndefined();
    expect(nextReviewStep([])).toBeUndefined();
  });

  it('asks for an opinion at every step', () => {
    expect(reviewProblems('document_review', values({ opinion: '' }), [], CAP)).toEqual({ opinion: '请填写意见' });
    expect(reviewProblems('inspection', values({ opinion: '好' }), [], CAP)).toEqual({ opinion: '意见还差 1 个字' });
    expect(reviewProblems('meeting', values(), [], CAP)).toEqual({});
  });

  it('asks for a reason only below the cap, and refuses more than the cap or an unreadable amount', () => {
    expect(reviewProblems('recognition', values(), [], CAP)).toEqual({});
    expect(needsSubsidyReason(values({ subsidyYuan: '100000' }), CAP)).toBe(false);
    expect(needsSubsidyReason(values({ subsidyYuan: '99999.99' }), CAP)).toBe(true);
    expect(reviewProblems('recognition', values({ subsidyYuan: '80000' }), [], CAP)).toEqual({
      subsidyReason: '补助低于本级上限 100,000.00 元，请说明理由',
    });
    expect(
      reviewProblems('recognition', values({ subsidyYuan: '80000', subsidyReason: '择优：首年需求较少' }), [], CAP),
    ).toEqual({});
    expect(reviewProblems('recognition', values({ subsidyYuan: '100000.01' }), [], CAP)).toEqual({
      subsidyYuan: '不能超过本级上限 100,000.00 元',
    });
    expect(reviewProblems('recognition', values({ subsidyYuan: '8万' }), [], CAP).subsidyYuan).toMatch(/按元填写/);
    expect(reviewProblems('recognition', values({ subsidyYuan: '' }), [], CAP).subsidyYuan).toBe('请填写补助金额');
    expect(reviewProblems('recognition', values({ documentNumber: '' }), [], CAP)).toEqual({
      documentNumber: '请填写认定文号',
    });
    // The cap of a provincial society is half.
    expect(needsSubsidyReason(values({ subsidyYuan: '50000' }), LEVEL_SUBSIDY_CAP_FEN.provincial)).toBe(false);
  });

  it('asks for a plaque photo, a document not counting', () => {
    expect(reviewProblems('plaque', values(), [MINUTES], CAP)).toEqual({ attachments: '请上传至少 1 张挂牌照片' });
    expect(reviewProblems('plaque', values({ plaquedOn: '' }), [PHOTO], CAP)).toEqual({
      plaquedOn: '请选择挂牌日期',
    });
    expect(reviewProblems('plaque', values(), [PHOTO], CAP)).toEqual({});
  });

  it('sends what each step carries', () => {
    expect(reviewInput('app-1', 'inspection', values({ opinion: ' 现场符合条件 ' }), [PHOTO], CAP)).toEqual({
      applicationId: 'app-1',
      step: 'inspection',
      opinion: '现场符合条件',
      attachments: [PHOTO],
    });
    expect(reviewInput('app-1', 'recognition', values(), [], CAP)).toEqual({
      applicationId: 'app-1',
      step: 'recognition',
      opinion: '同意认定',
      attachments: [],
      documentNumber: '筑科协发〔2026〕18 号',
      recognisedOn: TODAY,
      subsidyFen: CAP,
    });
    expect(
      reviewInput('app-1', 'recognition', values({ subsidyYuan: '80,000.5', subsidyReason: ' 择优 ' }), [], CAP),
    ).toMatchObject({ subsidyFen: 8_000_050, subsidyReason: '择优' });
    expect(reviewInput('app-1', 'plaque', values(), [PHOTO], CAP)).toMatchObject({ plaquedOn: TODAY });
  });

  it('names a budget line’s category, a forbidden use included', () => {
    expect(expenseLabel('expert_travel')).toBe('专家差旅费');
    expect(expenseLabel('welfare')).toBe('福利');
    expect(expenseLabel('')).toBe('');
  });
});
