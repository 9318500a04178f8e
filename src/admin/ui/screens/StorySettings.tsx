import type { Me } from '../../../contract/site.ts';
import { useEffect, useState } from 'preact/hooks';
import { api, errorMessage } from '../api.ts';
import { t } from '../i18n.ts';
import type { StorySettings } from '../../../contract/analysis.ts';
import { ErrorBanner, SaveBar } from './settings/SaveBar.tsx';
import { SettingsNav } from './settings/SettingsNav.tsx';
import { useSave } from './settings/use-save.ts';

type Mode = StorySettings['storyFacts'];

/**
 * Admins choose what readers see of story intelligence: only what editors approved (review),
 * also what the analysis is confident of (auto), or nothing machine-made (off).
 */
export function StorySettingsScreen({ me }: { me: Me }) {
  const [settings, setSettings] = useState<StorySettings | null>(null);
  const [choice, setChoice] = useState<Mode>('review');
  const { saving, error, setError, status, run } = useSave();

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
    await run(async () =>
      setSettings(
        (await api<{ data: StorySettings }>('PUT', '/settings/story', { storyFacts: choice })).data,
      ),
    );
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
      <SettingsNav current="story" me={me} />
      <h1>{t('settings.storyTitle')}</h1>
      <p class="nd-hint">{t('settings.storyIntro')}</p>
      <ErrorBanner error={error} />
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
          <SaveBar saving={saving} status={status} />
        </form>
      )}
    </div>
  );
}
