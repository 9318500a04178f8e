import type { ComponentChildren } from 'preact';
import { t } from '../../i18n.ts';

/** The error banner of a settings screen (announced at once). */
export function ErrorBanner({ error }: { error: string | null }) {
  return error ? (
    <p class="nd-banner nd-banner-error" role="alert">
      {error}
    </p>
  ) : null;
}

/** A form's submit button and the status line that says it saved (announced politely). */
export function SaveBar({
  saving,
  status,
  label = t('common.save'),
  children,
}: {
  saving: boolean;
  status: string;
  label?: string;
  children?: ComponentChildren;
}) {
  return (
    <div class="nd-actions">
      <button type="submit" class="nd-button nd-button-primary" disabled={saving}>
        {label}
      </button>
      {children}
      <p role="status" aria-live="polite" class="nd-hint">
        {status}
      </p>
    </div>
  );
}
