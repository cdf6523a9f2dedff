// Wrapping text to the terminal by display width, between phrases or at spaces, never inside a
// phone number.
import { displayWidth } from './width.js';

/**
 * Join phrases with " · " (or `sep`), wrapping between phrases only: a phrase that does not fit on
 * the current line starts the next one. A phrase wider than a whole line stands alone — on lines of
 * its own, broken at spaces but never inside a phone number (wrapWords) — and the next phrase starts
 * a fresh line. `first` starts the first line (a label or an indent); continuation lines are
 * indented by `indent`.
 */
export function wrapPhrases(phrases: string[], width: number, indent: number, first = '', sep = ' · '): string[] {
  const lines: string[] = [];
  let cur = first;
  let empty = true;
  const pad = ' '.repeat(indent);
  const cont = sep.trim() === '·' ? pad : pad + sep.trimStart();
  for (const p of phrases) {
    const joined = empty ? cur + p : cur + sep + p;
    if (displayWidth(joined) <= width) {
      cur = joined;
      empty = false;
      continue;
    }
    if (!empty) {
      lines.push(cur.replace(/\s+$/, ''));
      cur = cont;
    }
    if (displayWidth(cur + p) <= width) {
      cur += p;
      empty = false;
      continue;
    }
    // Wider than a line: alone, wrapped at its spaces; what follows starts afresh.
    const words = wrapWords(p, width, indent, cur);
    lines.push(...words);
    cur = cont;
    empty = true;
  }
  if (!empty) lines.push(cur);
  return lines;
}

// Parts of a phone number: digit groups (+49, 711, 0123-214, (0)711, -214) and extensions (x200,
// ext. 22, 转 8001). A line never breaks between two of them.
const PHONE_PART = /^(?:[+(-]?\d[\d()\-./]*|x\d+|ext\.?|ext\.?\d+|转\d*|分机\d*)$/i;

/** Wrap text at spaces to the width, keeping a phone number whole; continuation lines indented. */
export function wrapWords(text: string, width: number, indent: number, first = ''): string[] {
  const units: string[] = [];
  let prevPhone = false;
  for (const word of text.split(' ')) {
    const phone = PHONE_PART.test(word);
    if (phone && prevPhone && units.length) units[units.length - 1] += ' ' + word;
    else units.push(word);
    prevPhone = phone;
  }
  const lines: string[] = [];
  let cur = first;
  let fresh = true;
  for (const word of units) {
    const sep = fresh ? '' : ' ';
    if (!fresh && displayWidth(cur + sep + word) > width) {
      lines.push(cur);
      cur = ' '.repeat(indent) + word;
    } else cur += sep + word;
    fresh = false;
  }
  lines.push(cur);
  return lines;
}
