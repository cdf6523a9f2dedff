// Every message of `ar import` and `ar profiles` is filled: each call names the parameters its
// template's {placeholders} need (the QA report found "no {what}" shown to a user, #8), and the
// Chinese text of a message has the same placeholders as the English one.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../cli/run-ar.js';
import { msg, requiredMsg } from '../../src/import/messages.js';

const FILES = [
  ...fs.readdirSync(path.join(ROOT, 'src', 'import')).filter((f) => f.endsWith('.ts')).map((f) => path.join('src', 'import', f)),
  path.join('src', 'commands', 'import.ts'),
  path.join('src', 'commands', 'profiles.ts'),
];

/** The catalogue entries of a source file: key → { en, zh }. */
function catalogue(text: string): Map<string, { en: string; zh: string }> {
  const out = new Map<string, { en: string; zh: string }>();
  const re = /(\w+): \{\s*en: '((?:[^'\\]|\\.)*)',\s*zh: '((?:[^'\\]|\\.)*)',?\s*\}/g;
  for (const m of text.matchAll(re)) out.set(m[1], { en: m[2], zh: m[3] });
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** The argument after the key: an object literal's top-level keys, 'none', or 'dynamic'. */
function paramKeys(text: string, at: number): string[] | 'none' | 'dynamic' {
  let i = at;
  while (/\s/.test(text[i])) i++;
  if (text[i] === ')') return 'none';
  if (text[i] !== ',') return 'dynamic';
  i++;
  while (/\s/.test(text[i])) i++;
  if (text[i] !== '{') return 'dynamic';
  let depth = 0;
  let j = i;
  let quote = '';
  for (; j < text.length; j++) {
    const c = text[j];
    if (quote) {
      if (c === '\\') j++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '{' || c === '(' || c === '[') depth++;
    else if (c === '}' || c === ')' || c === ']') {
      depth--;
      if (depth === 0) break;
    }
  }
  const body = text.slice(i + 1, j);
  // Top-level entries.
  const parts: string[] = [];
  let d = 0;
  let start = 0;
  quote = '';
  for (let k = 0; k < body.length; k++) {
    const c = body[k];
    if (quote) {
      if (c === '\\') k++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === "'" || c === '"' || c === '`') quote = c;
    else if ('{(['.includes(c)) d++;
    else if ('})]'.includes(c)) d--;
    else if (c === ',' && d === 0) {
      parts.push(body.slice(start, k));
      start = k + 1;
    }
  }
  parts.push(body.slice(start));
  const keys: string[] = [];
  for (const p of parts.map((x) => x.trim()).filter(Boolean)) {
    if (p.startsWith('...')) return 'dynamic';
    const m = /^(\w+)\s*(?::|$)/.exec(p);
    if (!m) return 'dynamic';
    keys.push(m[1]);
  }
  return keys;
}

describe('messages', () => {
  it('every call fills every placeholder of its message', () => {
    const problems: string[] = [];
    let checked = 0;
    const importCatalogue = catalogue(fs.readFileSync(path.join(ROOT, 'src', 'import', 'messages.ts'), 'utf8'));
    for (const file of FILES) {
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      const own = catalogue(text);
      const re = /\b(msg|m)\.(t|both)\(\s*(?:(?:L|lang|ctx\.lang|'en'|'zh'|r\.lang|run\.lang|this\.cfg\.lang)\s*,\s*)?'(\w+)'/g;
      for (const call of text.matchAll(re)) {
        const cat = call[1] === 'msg' ? importCatalogue : own;
        const entry = cat.get(call[3]);
        if (!entry) {
          problems.push(`${file}: ${call[0]}: no such message`);
          continue;
        }
        const params = paramKeys(text, (call.index ?? 0) + call[0].length);
        checked++;
        if (params === 'dynamic') {
          // Not an object literal ("msg.both('required', FIELD_LABELS.number)"): cannot fill {what}.
          if (placeholders(entry.en).length) problems.push(`${file}: ${call[0]}: parameters are not an object literal`);
          continue;
        }
        const given = params === 'none' ? [] : params;
        const missing = placeholders(entry.en).filter((p) => !given.includes(p));
        if (missing.length) problems.push(`${file}: ${call[0]}: {${missing.join('}, {')}} not filled`);
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it('English and Chinese texts have the same placeholders', () => {
    for (const file of FILES) {
      for (const [key, { en, zh }] of catalogue(fs.readFileSync(path.join(ROOT, file), 'utf8'))) {
        // Chinese needs no plural: {items} ("3 invoices") is {n} there.
        const norm = (s: string) => [...new Set(placeholders(s).map((p) => (p === 'items' ? 'n' : p)))].sort();
        expect(norm(zh), `${file} ${key}`).toEqual(norm(en));
      }
    }
  });

  it('a required field is named in both languages (no "{what}")', () => {
    expect(requiredMsg('number')).toEqual({ en: 'no invoice number', zh: '缺少发票号' });
    expect(msg.both('noCustomer').en).not.toMatch(/\{/);
  });
});
