import { useDidHide, useUnload } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApplicationDetail } from '../../types/actions';
import type { Instant } from '../../types/domain';
import { dropKeptApplication, keepApplication } from '../services/applicationDrafts';
import { contentFromForm, formFromContent, type ApplicationFormValues } from '../utils/applicationForm';
import { useSubmit } from './useSubmit';

/** How long typing must pause before the draft is saved by itself. */
const IDLE_MS = 3_000;

export type SaveStatus =
  | { kind: 'saved'; at: Instant }
  | { kind: 'saving' }
  | { kind: 'unsaved'; kept: boolean }
  | { kind: 'failed'; message: string };

export type SaveOutcome = { ok: true; detail: ApplicationDetail | null } | { ok: false; message: string };

export interface ApplicationAutosave {
  status: SaveStatus;
  /** Saves what is typed now (after any save under way); `detail` is null when nothing had changed. */
  save: () => Promise<SaveOutcome>;
}

/**
 * Saves the draft a few seconds after typing pauses, on leaving the page, and on demand; until
 * saved, what is typed is kept on the phone (services/applicationDrafts). `loaded` is the
 * application as the server last answered it, `onSaved` receives each newer answer.
 */
export function useApplicationAutosave(
  loaded: ApplicationDetail,
  values: ApplicationFormValues,
  restored: boolean,
  onSaved: (detail: ApplicationDetail) => void,
): ApplicationAutosave {
  const applicationId = loaded.id;
  const { submit } = useSubmit('applications.saveDraft');
  // What the server holds, as the form would send it: equal means nothing to save.
  const savedKey = useRef(JSON.stringify(contentFromForm(formFromContent(loaded.content))));
  const latest = useRef(values);
  latest.current = values;
  // The server's copy the typing goes on from, for what is kept on the phone.
  const basedOn = useRef(loaded.updatedAt);
  const queue = useRef<Promise<SaveOutcome>>(Promise.resolve({ ok: true, detail: null }));
  const [status, setStatus] = useState<SaveStatus>(
    restored ? { kind: 'unsaved', kept: true } : { kind: 'saved', at: loaded.updatedAt },
  );
  const key = JSON.stringify(contentFromForm(values));
  const dirty = key !== savedKey.current;

  const run = useCallback(async (): Promise<SaveOutcome> => {
    const content = contentFromForm(latest.current);
    const sending = JSON.stringify(content);
    if (sending === savedKey.current) return { ok: true, detail: null };
    setStatus({ kind: 'saving' });
    const result = await submit({ applicationId, content });
    if (!result.ok) {
      setStatus({ kind: 'failed', message: result.message });
      return { ok: false, message: result.message };
    }
    savedKey.current = sending;
    basedOn.current = result.data.updatedAt;
    onSaved(result.data);
    if (JSON.stringify(contentFromForm(latest.current)) === sending) {
      dropKeptApplication(applicationId);
      setStatus({ kind: 'saved', at: result.data.updatedAt });
    } else {
      // Typed during the save: kept again on top of the copy just saved.
      setStatus({ kind: 'unsaved', kept: keepApplication(applicationId, basedOn.current, latest.current) });
    }
    return { ok: true, detail: result.data };
  }, [applicationId, onSaved, submit]);

  // One save at a time, in order: a save asked for during another sends what is typed by then.
  const save = useCallback(() => (queue.current = queue.current.then(run)), [run]);

  useEffect(() => {
    if (!dirty) return undefined;
    const kept = keepApplication(applicationId, basedOn.current, latest.current);
    setStatus((previous) => (previous.kind === 'saving' ? previous : { kind: 'unsaved', kept }));
    const timer = setTimeout(() => void save(), IDLE_MS);
    return () => clearTimeout(timer);
    // By the key, not the values: a new object with the same content is no change.
  }, [key, dirty, applicationId, save]);

  const saveOnLeave = () => {
    if (JSON.stringify(contentFromForm(latest.current)) !== savedKey.current) void save();
  };
  useDidHide(saveOnLeave);
  useUnload(saveOnLeave);

  return { status, save };
}
