// Display width for terminal alignment, by string-width: CJK, full-width forms and emoji such as ✅
// take two columns, combining marks and zero-width joiners none, colour codes nothing.
import stringWidth from 'string-width';

const ANSI = /\u001b\[[0-9;]*m/g;

export function stripAnsi(s: string): string {
  return s.replace(ANSI, '');
}

/** Plain printable ASCII is one column a character: skip the library for the (usual) narrow text. */
const NARROW = /^[\u0020-\u007e]*$/;

export function displayWidth(s: string): number {
  return NARROW.test(s) ? s.length : stringWidth(s);
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
