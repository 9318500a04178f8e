import { useState } from 'preact/hooks';
import { t } from '../../i18n.ts';
import { KINDS, kindLabel, type EntityKind, type Facts, type ReviewContext } from './review.ts';

/** The editors' corrections that add to the reading: a person it missed, two names that are one. */
export function CorrectionForms({ facts, review }: { facts: Facts; review: ReviewContext }) {
  return (
    <>
      <AddPersonForm review={review} />
      <MergeForm facts={facts} review={review} />
    </>
  );
}

/** A person the reading missed, with their role. */
function AddPersonForm({ review }: { review: ReviewContext }) {
  const [person, setPerson] = useState({ name: '', role: '' });
  return (
    <form
      class="nd-inline-form"
      onSubmit={(ev) => {
        ev.preventDefault();
        if (!person.name.trim()) return;
        review.correct({ op: 'add-person', name: person.name.trim(), role: person.role.trim() || null });
        setPerson({ name: '', role: '' });
      }}
    >
      <h3>{t('analysis.addPerson')}</h3>
      <label for="nd-add-person">{t('analysis.name')}</label>
      <input
        id="nd-add-person"
        value={person.name}
        onInput={(ev) => setPerson({ ...person, name: ev.currentTarget.value })}
      />
      <label for="nd-add-role">{t('analysis.role')}</label>
      <input
        id="nd-add-role"
        value={person.role}
        onInput={(ev) => setPerson({ ...person, role: ev.currentTarget.value })}
      />
      <button type="submit" class="nd-button">
        {t('analysis.add')}
      </button>
    </form>
  );
}

/** Two names of one kind that are the same entity: the first is merged into the second. */
function MergeForm({ facts, review }: { facts: Facts; review: ReviewContext }) {
  const [merge, setMerge] = useState<{ kind: EntityKind; from: string; into: string }>({
    kind: 'people',
    from: '',
    into: '',
  });
  const names = (id: string, label: string, value: string, set: (name: string) => void) => (
    <>
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(ev) => set(ev.currentTarget.value)}>
        <option value="" />
        {facts[merge.kind].map((e) => (
          <option key={e.name} value={e.name}>
            {e.name}
          </option>
        ))}
      </select>
    </>
  );
  return (
    <form
      class="nd-inline-form"
      onSubmit={(ev) => {
        ev.preventDefault();
        if (!merge.from || !merge.into || merge.from === merge.into) return;
        review.correct({ op: 'merge', kind: merge.kind, names: [merge.into, merge.from], into: merge.into });
      }}
    >
      <h3>{t('analysis.merge')}</h3>
      <label for="nd-merge-kind">{t('analysis.kind')}</label>
      <select
        id="nd-merge-kind"
        value={merge.kind}
        onChange={(ev) => setMerge({ kind: ev.currentTarget.value as EntityKind, from: '', into: '' })}
      >
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {kindLabel(k)}
          </option>
        ))}
      </select>
      {names('nd-merge-from', t('analysis.mergeFrom'), merge.from, (from) => setMerge({ ...merge, from }))}
      {names('nd-merge-into', t('analysis.mergeInto'), merge.into, (into) => setMerge({ ...merge, into }))}
      <button type="submit" class="nd-button">
        {t('analysis.mergeButton')}
      </button>
    </form>
  );
}
