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

// Chinese and Japanese text has no spaces: a line may break between any two ideographs, but never
// before closing punctuation (，。、）) nor after opening punctuation (（「“), as a typesetter would.
const CJK_CHAR = /[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const NO_BREAK_BEFORE = /^[，。、；：！？）》」』】〉”’…—%)\]}.,;:!?]/;
const NO_BREAK_AFTER = /[（《「『【〈“‘([{]$/;
// After a Chinese comma, enumeration comma or closing bracket a line may break even before Latin
// text: "quality、quantity、price" wraps after a 、 as a Chinese typesetter would.
const BREAK_AFTER = /[，。、；：！？）》」』】〉]$/;

/** A word cut where a line may break inside it: each ideograph alone, punctuation kept with its neighbour. */
function pieces(word: string): string[] {
  const out: string[] = [];
  let run = '';
  for (const ch of word) {
    if (!CJK_CHAR.test(ch)) {
      run += ch;
      continue;
    }
    if (run) out.push(run);
    run = '';
    out.push(ch);
  }
  if (run) out.push(run);
  // A break falls between two ideographs only: Latin next to an ideograph ("列名#2") stays with it.
  const glued: string[] = [];
  for (const p of out) {
    const last = glued.length - 1;
    const prev = glued[last] ?? '';
    const between = (CJK_CHAR.test(p[0]) && CJK_CHAR.test(prev[prev.length - 1] ?? '')) || BREAK_AFTER.test(prev);
    if (last >= 0 && (!between || NO_BREAK_BEFORE.test(p) || NO_BREAK_AFTER.test(prev))) glued[last] += p;
    else glued.push(p);
  }
  return glued;
}

interface Unit {
  text: string;
  /** A space stands before it in the text (so one is written when it does not start a line). */
  spaced: boolean;
}

/** The units a line may break between: words at spaces (a phone number is one), ideographs. */
function units(text: string): Unit[] {
  const out: Unit[] = [];
  let prevPhone = false;
  for (const [i, word] of text.split(' ').entries()) {
    const phone = PHONE_PART.test(word);
    if (phone && prevPhone && out.length) out[out.length - 1].text += ' ' + word;
    else for (const [k, p] of pieces(word).entries()) out.push({ text: p, spaced: i > 0 && k === 0 });
    if (word === '') out.push({ text: '', spaced: i > 0 });
    prevPhone = phone;
  }
  return out;
}

/**
 * Wrap text to the width by display width, at spaces and between ideographs, keeping a phone number
 * whole; continuation lines indented.
 */
export function wrapWords(text: string, width: number, indent: number, first = ''): string[] {
  const lines: string[] = [];
  let cur = first;
  let fresh = true;
  for (const u of units(text)) {
    const sep = !fresh && u.spaced ? ' ' : '';
    if (!fresh && displayWidth(cur + sep + u.text) > width) {
      lines.push(cur.replace(/\s+$/, ''));
      cur = ' '.repeat(indent) + u.text;
    } else cur += sep + u.text;
    fresh = false;
  }
  lines.push(cur);
  return lines;
}
