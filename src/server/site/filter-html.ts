import { escapeHtml as e } from './head.js';

// The parts of the app's filter bars (components/FilterForm.tsx) as a plain GET form: each control
// named as the address names its filter, so a reader without a script filters by submitting it.

/** A choice among fixed values (ChoiceFilter), the chosen one selected. */
export function selectHtml(
  label: string,
  name: string,
  chosen: string,
  options: readonly { value: string; label: string }[],
): string {
  return `<label><span>${label}</span><select name="${name}">${options
    .map((o) => `<option value="${e(o.value)}"${o.value === chosen ? ' selected' : ''}>${e(o.label)}</option>`)
    .join('')}</select></label>`;
}

/** A typed filter (TextFilter) or a date; `attrs` are written as given, their values escaped by the caller. */
export function inputHtml(label: string, attrs: string): string {
  return `<label><span>${label}</span><input ${attrs} autocomplete="off"></label>`;
}

/**
 * The form's Apply, and its Clear when a filter is set (`clearHref`): the app's button, and without a
 * script a link to the address with the filters cleared.
 */
export function filterActionsHtml(clearHref: string | null): string {
  const clear =
    clearHref === null
      ? ''
      : '<button type="button" class="button secondary script-only">Clear</button>' +
        `<a class="button secondary no-script-only" href="${e(clearHref)}">Clear</a>`;
  return `<div class="filter-actions"><button type="submit" class="button secondary">Apply</button>${clear}</div>`;
}
