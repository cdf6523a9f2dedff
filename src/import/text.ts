// The import's words, all from the catalogue's `import` section: field and kind labels, counted
// nouns, and the few messages whose parameters are themselves translated (a kind, a field list),
// which are rendered in both languages up front because a Msg carries plain values only.
import { t, plural, type Bilingual, type Lang, type MessageKey, type Msg } from '../i18n/index.js';
import type { Field, ImportKind } from './types.js';

/** A row problem or a file error: a catalogue message, or (for nested translations) both renderings. */
export type Reason = Msg | Bilingual;

export function inBoth(f: (lang: Lang) => string): Bilingual {
  return { en: f('en'), zh: f('zh') };
}

export function fieldLabel(lang: Lang, field: Field | string): string {
  const key = `import.field.${field}` as MessageKey;
  try {
    return t(lang, key as 'import.field.name');
  } catch {
    return field;
  }
}

export function kindLabel(lang: Lang, kind: ImportKind): string {
  return t(lang, `import.kind.${kind}`);
}

/** "3 invoices" / "3 张发票". */
export function counted(lang: Lang, what: keyof typeof COUNT_KEYS, n: number): string {
  return plural(lang, COUNT_KEYS[what], n);
}
const COUNT_KEYS = {
  invoices: 'import.count.invoices',
  duplicates: 'import.count.duplicates',
  lineAmounts: 'import.count.lineAmounts',
  payments: 'import.count.payments',
  openItems: 'import.count.openItems',
  creditNotes: 'import.count.creditNotes',
} as const;

/** "no invoice number" / "缺少发票号": a required field left empty. */
export function requiredMsg(field: Field | string): Bilingual {
  return inBoth((L) => t(L, 'import.required', { what: fieldLabel(L, field) }));
}
