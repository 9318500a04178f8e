import { useEffect, useState } from 'preact/hooks';
import { api, errorMessage } from '../api.ts';
import { t } from '../i18n.ts';
import type { StorySettings } from '../../../contract/analysis.ts';
import { SettingsNav } from './settings/SettingsNav.tsx';

type Mode = StorySettings['storyFacts'];

/**
 * Admins choose what readers see of story intelligence: only what editors approved (review),
 * also what the analysis is confident of (auto), or nothing machine-made (off).
 */
export function StorySettingsScreen() {
  const [settings, setSettings] = useState<StorySettings | null>(null);
  const [choice, setChoice] = useState<Mode>('review');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    api<{ data: StorySettings }>('GET', '/settings/story')
      .then((r) => {
        setSettings(r.data);
        setChoice(r.data.storyFacts);
      })
      .catch((e: unknown) => setError(errorMessage(e)));
  }, []);

  const save = async (ev: Event) => {
    ev.preventDefault();
    setSaving(true);
    setError(null);
    setStatus('');
    try {
      const r = await api<{ data: StorySettings }>('PUT', '/settings/story', { storyFacts: choice });
      setSettings(r.data);
      setStatus(t('settings.saved'));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setSaving(false);
    }
  };

  const options: { mode: Mode; label: string; hint: string }[] = [
    { mode: 'review', label: t('settings.modeReview'), hint: t('settings.modeReviewHint') },
    {
      mode: 'auto',
      label: t('settings.modeAuto'),
      hint: t('settings.modeAutoHint', { threshold: settings?.autoThreshold ?? 0.75 }),
    },
    { mode: 'off', label: t('settings.modeOff'), hint: t('settings.modeOffHint') },
  ];

  return (
    <div>
      <SettingsNav current="story" />
      <h1>{t('settings.storyTitle')}</h1>
      <p class="nd-hint">{t('settings.storyIntro')}</p>
      {error ? (
        <p class="nd-banner nd-banner-error" role="alert">
          {error}
        </p>
      ) : null}
      {settings === null ? (
        error ? null : (
          <p>{t('common.loading')}</p>
        )
      ) : (
        <form onSubmit={(ev) => void save(ev)}>
          <fieldset class="nd-fieldset">
            <legend>{t('settings.legend')}</legend>
            <div class="nd-choices">
              {options.map((o) => (
                <div class="nd-choice" key={o.mode}>
                  <input
                    type="radio"
                    name="storyFacts"
                    id={`nd-story-${o.mode}`}
                    value={o.mode}
                    checked={choice === o.mode}
                    aria-describedby={`nd-story-${o.mode}-hint`}
                    onChange={() => setChoice(o.mode)}
                  />
                  <label for={`nd-story-${o.mode}`}>{o.label}</label>
                  <p class="nd-hint" id={`nd-story-${o.mode}-hint`}>
                    {o.hint}
                  </p>
                </div>
              ))}
            </div>
          </fieldset>
          <div class="nd-actions">
            <button type="submit" class="nd-button nd-button-primary" disabled={saving}>
              {t('common.save')}
            </button>
            <p role="status" aria-live="polite" class="nd-hint">
              {status}
            </p>
          </div>
        </form>
      )}
    </div>
  );
}
