import { initCloud } from '../cloud';
import { AppError } from '../errors';

interface SecurityApi {
  openapi: {
    security: {
      msgSecCheck(options: {
        openid: string;
        scene: number;
        version: number;
        content: string;
      }): Promise<{ result?: { suggest?: string; label?: number } }>;
    };
  };
}

/** msgSecCheck 2.0 scene 1: 资料 (profile-like records), what needs and evaluations are. */
const SCENE_RECORD = 1;

export interface CheckedText {
  /** The field's name as the person saw it on the form. */
  label: string;
  text: string;
}

/**
 * WeChat's content security check on every non-empty text, in parallel. A text judged risky is
 * refused naming the field; when the check itself cannot be made nothing is stored either,
 * because storing unchecked text is what the platform's rules forbid.
 */
export async function checkTexts(openid: string, texts: readonly CheckedText[]): Promise<void> {
  const security = (initCloud() as unknown as SecurityApi).openapi.security;
  const verdicts = await Promise.all(
    texts
      .filter(({ text }) => text.trim().length > 0)
      .map(async ({ label, text }) => {
        try {
          const answer = await security.msgSecCheck({ openid, scene: SCENE_RECORD, version: 2, content: text });
          return { label, risky: answer.result?.suggest === 'risky' };
        } catch (error) {
          console.error('api: msgSecCheck failed', error);
          throw new AppError('CONTENT_CHECK_UNAVAILABLE');
        }
      }),
  );
  const rejected = verdicts.find((verdict) => verdict.risky);
  if (rejected) throw new AppError('CONTENT_REJECTED', `「${rejected.label}」含有不适宜发布的内容，请修改后再提交`);
}
