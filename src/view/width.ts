// Display width for terminal alignment, by string-width: CJK, full-width forms and emoji such as ✅
// take two columns, combining marks and zero-width joiners none, colour codes nothing.
import { createRequire } from 'node:module';

type WidthFn = (s: string) => number;

// string-width costs ≈50 ms to load (its grapheme segmenter) and as much again on its first emoji:
// `ar --help` and the usual text (Latin, CJK) never need it, so it loads on first use.
let stringWidth: WidthFn | undefined;

/** Load string-width ahead of use, the portable way (a command's context does, before it draws). */
export async function loadStringWidth(): Promise<void> {
  stringWidth ??= (await import('string-width')).default;
}

function fullWidth(s: string): number {
  // Not loaded ahead (help text, an error message, a test): a synchronous require of the ES module,
  // which Node does from 20.19 on.
  stringWidth ??= (createRequire(import.meta.url)('string-width') as { default: WidthFn }).default;
  return stringWidth(s);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: an SGR colour code starts with ESC; matching it is the point.
const ANSI = /\u001b\[[0-9;]*m/g;

export function stripAnsi(s: string): string {
  return s.replace(ANSI, '');
}

// Fast paths for the usual text (tables of tens of thousands of rows): Latin text, dashes and the
// minus sign are one column a character; CJK ideographs, kana and full-width forms two. Anything
// else (emoji, combining marks, joiners, colour codes) goes to string-width.
const NARROW = /^[\u0020-\u007e\u00a0-\u02ff\u2010-\u2027\u2030-\u205e\u2212]*$/;
const NARROW_OR_CJK = /^[\u0020-\u007e\u00a0-\u02ff\u2010-\u2027\u2030-\u205e\u2212\u3001-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff60]*$/;
const CJK = /[\u3001-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff60]/g;

export function displayWidth(s: string): number {
  if (NARROW.test(s)) return s.length;
  if (NARROW_OR_CJK.test(s)) return s.length + (s.match(CJK)?.length ?? 0);
  return fullWidth(s);
}

/** Cut to at most `width` columns, ending in … when cut. Colour codes are dropped when cutting. */
export function truncate(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  if (width <= 0) return '';
  let out = '';
  let w = 0;
  // Whole grapheme clusters, so a flag or a family emoji is never cut in half.
  for (const { segment } of new Intl.Segmenter().segment(stripAnsi(s))) {
    const cw = displayWidth(segment);
    if (w + cw > width - 1) break;
    out += segment;
    w += cw;
  }
  return out + '…';
}

export function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

export function padStart(s: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(s))) + s;
}
