import { useState } from 'preact/hooks';
import { t } from '../../i18n.ts';
import { ItemReview } from './ReviewControls.tsx';
import { ITEM_KIND, KINDS, kindLabel, type EntityKind, type Facts, type ReviewContext } from './review.ts';

type Entity = Facts['people'][number];
type Renaming = { kind: EntityKind; name: string; to: string };

/** The people, places, organisations and equipment the reading found; editors rename or drop each. */
export function EntityLists({ facts, review }: { facts: Facts; review: ReviewContext }) {
  const [renaming, setRenaming] = useState<Renaming | null>(null);
  return (
    <>
      {KINDS.map((kind) => (
        <div key={kind}>
          <h3>{kindLabel(kind)}</h3>
          {facts[kind].length ? (
            <ul class="nd-plain-list">
              {facts[kind].map((e, index) => (
                <li key={e.name}>
                  {renaming && renaming.kind === kind && renaming.name === e.name ? (
                    <RenameForm renaming={renaming} setRenaming={setRenaming} review={review} />
                  ) : (
                    <EntityItem
                      kind={kind}
                      entity={e}
                      index={index}
                      review={review}
                      onRename={() => setRenaming({ kind, name: e.name, to: e.name })}
                    />
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <p class="nd-hint">{t('analysis.none')}</p>
          )}
        </div>
      ))}
    </>
  );
}

/** One entity: its name and role, its review state, and (for editors) rename and drop. */
function EntityItem({
  kind,
  entity: e,
  index,
  review,
  onRename,
}: {
  kind: EntityKind;
  entity: Entity;
  index: number;
  review: ReviewContext;
  onRename: () => void;
}) {
  return (
    <>
      <span class="nd-entity">{e.name}</span>
      {e.role ? <span class="nd-hint"> — {e.role}</span> : null}{' '}
      <ItemReview review={review} kind={ITEM_KIND[kind]} index={index} edited={e.edited} label={e.name} />
      {review.canCorrect ? (
        <span class="nd-actions">
          <button type="button" class="nd-link-button" onClick={onRename}>
            {t('analysis.rename')}
            <span class="nd-visually-hidden"> {e.name}</span>
          </button>
          <button
            type="button"
            class="nd-link-button"
            onClick={() => review.correct({ op: 'drop', kind, name: e.name })}
          >
            {t('analysis.drop')}
            <span class="nd-visually-hidden"> {e.name}</span>
          </button>
        </span>
      ) : null}
    </>
  );
}

/** The entity's new name, in place of it; an empty name changes nothing. */
function RenameForm({
  renaming,
  setRenaming,
  review,
}: {
  renaming: Renaming;
  setRenaming: (r: Renaming | null) => void;
  review: ReviewContext;
}) {
  const { kind, name } = renaming;
  return (
    <form
      class="nd-inline-form"
      onSubmit={(ev) => {
        ev.preventDefault();
        if (renaming.to.trim()) review.correct({ op: 'rename', kind, from: name, to: renaming.to.trim() });
        setRenaming(null);
      }}
    >
      <label for={`nd-rename-${kind}`}>{t('analysis.renameTo', { name })}</label>
      <input
        id={`nd-rename-${kind}`}
        value={renaming.to}
        onInput={(ev) => setRenaming({ ...renaming, to: ev.currentTarget.value })}
      />
      <button type="submit" class="nd-button">
        {t('analysis.save')}
      </button>
    </form>
  );
}
