import { createContext, useContext, useId, useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { CLAIM_KINDS, type ClaimKind } from '../../shared/api/claims.js';
import { FILTER_TEXT } from '../../shared/leaderboard-page.js';
import { TEXT_FILTERS, type TextFilterName } from '../../shared/filter-values.js';

// The filter bar of every list (leaderboard, claims, review queue), so a filter works the same
// wherever it is: a choice applies at once; typed text applies on Enter, on Apply, when the field
// is left, or when a suggestion is picked — read the same way on every page (TEXT_FILTERS).

type Texts = Partial<Record<TextFilterName, string | null>>;

interface FilterFormState {
  drafts: Texts;
  edit(name: TextFilterName, value: string): void;
  commit(extra?: Texts): void;
}

const FilterFormContext = createContext<FilterFormState | null>(null);

function useFilterForm(): FilterFormState {
  const state = useContext(FilterFormContext);
  if (!state) throw new Error('a filter field must stand inside a FilterForm');
  return state;
}

/**
 * `text` holds the applied value of each typed filter the form shows; `onApply` receives the
 * ones that changed, already read into their stored form ("@AllIn" → "allin").
 */
export function FilterForm({
  label,
  text,
  onApply,
  active,
  onClear,
  className,
  children,
}: {
  label: string;
  text: Texts;
  onApply(change: Texts): void;
  /** How many filters are set: Clear shows when any is. */
  active: number;
  onClear(): void;
  className?: string;
  children: ReactNode;
}) {
  const [drafts, setDrafts] = useState<Texts>(text);
  const applied = JSON.stringify(text);
  // The address changed (Back, a link, Clear): show what it says. Adjusted during render rather than in
  // an effect, which also ran after the first render and so undid what was typed before it.
  const [shown, setShown] = useState(applied);
  if (shown !== applied) {
    setShown(applied);
    setDrafts(text);
  }

  const commit = (extra: Texts = {}) => {
    const typed = { ...drafts, ...extra };
    const change: Texts = {};
    for (const name of Object.keys(text) as TextFilterName[]) {
      const value = TEXT_FILTERS[name](typed[name]);
      if (value !== (text[name] ?? null)) change[name] = value;
    }
    if (Object.keys(change).length > 0) onApply(change);
  };
  const handleSubmit = (e: FormEvent) => {
    e.preventDefault();
    commit();
  };
  const state: FilterFormState = {
    drafts,
    edit: (name, value) => setDrafts((d) => ({ ...d, [name]: value })),
    commit,
  };

  return (
    <FilterFormContext.Provider value={state}>
      <form className={`filters${className ? ` ${className}` : ''}`} aria-label={label} onSubmit={handleSubmit}>
        {children}
        <div className="filter-actions">
          <button type="submit" className="button secondary">
            Apply
          </button>
          {active > 0 && (
            <button type="button" className="button secondary" onClick={onClear}>
              Clear
            </button>
          )}
        </div>
      </form>
    </FilterFormContext.Provider>
  );
}

/** A picked suggestion (or autofill) replaces the whole value at once; typing does not. */
function isPick(e: ChangeEvent<HTMLInputElement>): boolean {
  const native = e.nativeEvent as Event & { inputType?: string };
  return native.inputType === undefined || native.inputType === 'insertReplacementText';
}

/** A typed filter: its value is a draft until it is applied (see FilterForm). */
export function TextFilter({
  name,
  label,
  placeholder,
  suggestions,
  className,
  type = 'search',
}: {
  name: TextFilterName;
  label: string;
  placeholder?: string;
  /** Values offered as the field is typed in (a native, accessible suggestion list). */
  suggestions?: { value: string; label?: string }[];
  className?: string;
  type?: 'search' | 'number';
}) {
  const { drafts, edit, commit } = useFilterForm();
  const listId = useId();
  const handleChange = (e: ChangeEvent<HTMLInputElement>) => {
    const value = e.target.value;
    edit(name, value);
    if (suggestions?.some((s) => s.value === value) && isPick(e)) commit({ [name]: value });
  };
  return (
    <label>
      <span>{label}</span>
      <input
        type={type}
        name={name}
        value={drafts[name] ?? ''}
        placeholder={placeholder}
        className={className}
        list={suggestions ? listId : undefined}
        autoComplete="off"
        onChange={handleChange}
        onBlur={() => commit()}
        {...(type === 'number' ? { min: 0, inputMode: 'numeric' as const } : {})}
      />
      {suggestions && (
        <datalist id={listId}>
          {suggestions.map((s) => (
            <option key={s.value} value={s.value} label={s.label} />
          ))}
        </datalist>
      )}
    </label>
  );
}

/** A choice among fixed values, applied at once; the first option ("All …", value "") is no filter. */
export function ChoiceFilter<T extends string>({
  label,
  value,
  options,
  anyLabel,
  onChange,
}: {
  label: string;
  value: T | null;
  options: readonly T[] | readonly { value: T; label: string }[];
  /** The option for no filter; leave out when one of `options` is always chosen. */
  anyLabel?: string;
  onChange(value: T | null): void;
}) {
  const choices = options.map((o) => (typeof o === 'string' ? { value: o, label: o } : o));
  return (
    <label>
      <span>{label}</span>
      <select value={value ?? ''} onChange={(e) => onChange((e.target.value || null) as T | null)}>
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The kind of call, the same on every list. */
export function KindFilter({ value, onChange }: { value: ClaimKind | null; onChange(kind: ClaimKind | null): void }) {
  return (
    <ChoiceFilter
      label={FILTER_TEXT.kind}
      value={value}
      options={CLAIM_KINDS}
      anyLabel={FILTER_TEXT.anyKind}
      onChange={onChange}
    />
  );
}

/** The tag, with the tags in use offered as it is typed (GET /api/tags: the page passes them). */
export function TagFilter({ tags }: { tags: { tag: string; claims: number }[] | undefined }) {
  return (
    <TextFilter
      name="tag"
      label={FILTER_TEXT.tag}
      placeholder={FILTER_TEXT.tagPlaceholder}
      suggestions={tags?.map((t) => ({ value: t.tag, label: `${t.claims} claim${t.claims === 1 ? '' : 's'}` }))}
    />
  );
}

/** The source, typed as a handle with or without its @. */
export function SourceFilter() {
  return <TextFilter name="source" label="Source" placeholder="@handle" />;
}
