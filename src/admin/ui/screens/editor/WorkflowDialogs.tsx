import { useState } from 'preact/hooks';
import { describedBy, Dialog, Field } from '../../components/Dialog.tsx';
import { t, timeZone } from '../../i18n.ts';
import { instantFromZonedInput, zonedInputValue } from '../../zoned.ts';

/** Scheduling asks for a time in the future, on the site's clock (whatever the browser's zone). */
export function ScheduleDialog({
  busy,
  onClose,
  onSchedule,
}: {
  busy: boolean;
  onClose: () => void;
  onSchedule: (iso: string) => void;
}) {
  const [value, setValue] = useState(() => zonedInputValue(new Date(Date.now() + 3600_000), timeZone()));
  const [error, setError] = useState<string | undefined>();
  const zone = timeZone();
  return (
    <Dialog title={t('workflow.scheduleTitle')} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const when = instantFromZonedInput(value, zone);
          if (!when || when.getTime() <= Date.now()) {
            setError(t('workflow.scheduleFuture'));
            return;
          }
          onSchedule(when.toISOString());
        }}
      >
        <Field
          id="nd-schedule-at"
          label={t('workflow.scheduleAt')}
          hint={t('workflow.scheduleZone', { zone })}
          error={error}
        >
          <input
            id="nd-schedule-at"
            type="datetime-local"
            step={1}
            value={value}
            required
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={describedBy('nd-schedule-at', 'hint', error)}
            onInput={(e) => setValue(e.currentTarget.value)}
          />
        </Field>
        <p class="nd-actions">
          <button type="submit" class="nd-button nd-button-primary" disabled={busy}>
            {t('workflow.schedule')}
          </button>
        </p>
      </form>
    </Dialog>
  );
}

/** A correction asks for the note readers will see. */
export function CorrectDialog({
  busy,
  onClose,
  onCorrect,
}: {
  busy: boolean;
  onClose: () => void;
  onCorrect: (note: string) => void;
}) {
  const [note, setNote] = useState('');
  return (
    <Dialog title={t('workflow.correctTitle')} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (note.trim()) onCorrect(note.trim());
        }}
      >
        <Field id="nd-correction" label={t('workflow.correctNote')} hint={t('workflow.correctHint')}>
          <textarea
            id="nd-correction"
            rows={4}
            value={note}
            required
            aria-describedby="nd-correction-hint"
            onInput={(e) => setNote(e.currentTarget.value)}
          />
        </Field>
        <p class="nd-actions">
          <button type="submit" class="nd-button nd-button-primary" disabled={busy}>
            {t('workflow.correct')}
          </button>
        </p>
      </form>
    </Dialog>
  );
}
