// Display width for terminal alignment, by string-width: CJK, full-width forms and emoji such as ✅
// take two columns, combining marks and zero-width joiners none, colour codes nothing.
import stringWidth from 'string-width';

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
  return stringWidth(s);
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
