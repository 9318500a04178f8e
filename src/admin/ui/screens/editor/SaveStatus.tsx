import { formatTime, t } from '../../i18n.ts';
import type { SaveState } from '../../autosave.ts';
import { setLeaveGuard } from '../../router.ts';

/** Someone else saved first: the editor stops, and offers the latest version. */
export function ConflictBanner({ message }: { message: string }) {
  return (
    <div class="nd-banner nd-banner-error" role="alert">
      <p>
        <strong>{t('editor.conflictTitle')}</strong> {t('editor.conflictBody')}
      </p>
      <p class="nd-hint-inverse">{message}</p>
      <p class="nd-actions">
        <a class="nd-button" href={location.pathname} target="_blank" rel="noopener">
          {t('editor.conflictOpenLatest')}
        </a>
        <button
          type="button"
          class="nd-button"
          onClick={() => {
            if (window.confirm(t('editor.conflictReloadConfirm'))) {
              setLeaveGuard(null);
              location.reload();
            }
          }}
        >
          {t('editor.conflictReload')}
        </button>
      </p>
    </div>
  );
}

/** Where the autosave stands, with a button to save now when it waits or failed. */
export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  let text = '';
  switch (state.kind) {
    case 'idle':
      text = t('save.idle');
      break;
    case 'dirty':
      text = t('save.dirty');
      break;
    case 'saving':
      text = t('save.saving');
      break;
    case 'saved':
      text = t('save.saved', { time: formatTime(state.at) });
      break;
    case 'error':
      text = t('save.error', { message: state.message });
      break;
    case 'conflict':
      text = t('save.conflict');
      break;
    case 'waiting':
      text = t('save.waiting', { time: formatTime(state.until) });
      break;
  }
  return (
    <div class={`nd-save nd-save-${state.kind}`}>
      <p role="status" aria-live="polite" data-save-state={state.kind}>
        {text}
      </p>
      {state.kind === 'error' || state.kind === 'dirty' ? (
        <button type="button" class="nd-button nd-button-quiet" onClick={onRetry}>
          {t('save.now')}
        </button>
      ) : null}
    </div>
  );
}
