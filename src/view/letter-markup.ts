// Letter templates are written once, in a small Markdown subset, and come out as Markdown, plain text
// or print-ready HTML. Why not HTML templates: the same letter goes out as an e-mail's text part and a
// .txt file, and a collector editing a template should not have to write tags.
//
// The subset: `# ` / `## ` / `### ` headings, paragraphs (a line break inside one is kept), `- ` lists,
// pipe tables (`|---|---:|`, a colon on the right aligns the column right), `**bold**`, `---` rules,
// and `::: name` … `:::` blocks that become <div class="name"> (letterhead, parties, signature …).
//
// Values never act as markup: before rendering, the characters the subset reads anywhere in a line
// (| * # ` and the backslash) in every value are swapped for private-use stand-ins, and swapped back
// after (escaped in .md output). Codes and dates carry none of them, so helpers and `eq` see them
// as they are. HTML escaping of values is the template engine's (format 'html').
import { displayWidth } from './width.js';

const SPECIAL = ['|', '*', '#', '\\', '`'];
const STAND_IN = SPECIAL.map((_, i) => String.fromCharCode(0xe000 + i));
const TO_STAND_IN = new Map(SPECIAL.map((c, i) => [c, STAND_IN[i]!]));
const SPECIAL_RE = /[|*#\\`]/g;
const HAS_SPECIAL = /[|*#\\`]/;
const STAND_IN_RE = /[\ue000-\ue004]/g;

/** Every string in the data with markup characters swapped for stand-ins (numbers and dates untouched). */
export function shield<T>(data: T): T {
  if (typeof data === 'string') return (HAS_SPECIAL.test(data) ? data.replace(SPECIAL_RE, (c) => TO_STAND_IN.get(c)!) : data) as T;
  if (Array.isArray(data)) return data.map((x) => shield(x)) as T;
  if (data && typeof data === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(data)) out[k] = shield(v);
    return out as T;
  }
  return data;
}

/** Stand-ins back to their characters; in Markdown, escaped so they stay text. */
export function unshield(text: string, markdown = false): string {
  return text.replace(STAND_IN_RE, (c) => {
    const ch = SPECIAL[c.charCodeAt(0) - 0xe000]!;
    return markdown ? `\\${ch}` : ch;
  });
}

type Block =
  | { t: 'h'; level: number; text: string }
  | { t: 'p'; lines: string[] }
  | { t: 'ul'; items: string[] }
  | { t: 'table'; head: string[]; right: boolean[]; rows: string[][] }
  | { t: 'hr' }
  | { t: 'open'; name: string }
  | { t: 'close' };

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());

/** The blocks of a rendered template (blank lines separate paragraphs). */
export function parseBlocks(src: string): Block[] {
  const lines = src.replace(/\r\n?/g, '\n').split('\n');
  const out: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!.trimEnd();
    const h = /^(#{1,3}) (.*)$/.exec(line);
    let single: Block | null = null;
    if (/^:::\s*\S/.test(line)) single = { t: 'open', name: line.replace(/^:::\s*/, '').trim() };
    else if (/^:::\s*$/.test(line)) single = { t: 'close' };
    else if (h) single = { t: 'h', level: h[1]!.length, text: h[2]! };
    else if (/^-{3,}$/.test(line)) single = { t: 'hr' };
    if (!line.trim() || single) {
      if (single) out.push(single);
      i++;
    } else if (line.startsWith('|')) {
      const head = cells(line);
      const sep = cells(lines[i + 1] ?? '');
      const right = head.map((_, k) => /:$/.test(sep[k] ?? ''));
      const rows: string[][] = [];
      i += 2;
      while (i < lines.length && lines[i]!.trim().startsWith('|')) rows.push(cells(lines[i++]!));
      out.push({ t: 'table', head, right, rows });
    } else if (/^- /.test(line)) {
      const items: string[] = [];
      while (i < lines.length && /^- /.test(lines[i]!)) items.push(lines[i++]!.slice(2).trim());
      out.push({ t: 'ul', items });
    } else {
      const para: string[] = [];
      while (i < lines.length && lines[i]!.trim() && !/^(#{1,3} |:::|\||- |-{3,}$)/.test(lines[i]!)) para.push(lines[i++]!.trim());
      out.push({ t: 'p', lines: para });
    }
  }
  return out;
}

const bold = (s: string, open: string, close: string) => s.replace(/\*\*(.+?)\*\*/g, `${open}$1${close}`);

/** HTML body of the blocks (their text is already HTML-escaped by the engine). */
export function blocksToHtml(blocks: Block[]): string {
  const inline = (s: string) => unshield(bold(s, '<strong>', '</strong>'));
  const one = (b: Block): string => {
    switch (b.t) {
      case 'h':
        return `<h${b.level}>${inline(b.text)}</h${b.level}>`;
      case 'p':
        return `<p>${b.lines.map(inline).join('<br>')}</p>`;
      case 'ul':
        return `<ul>${b.items.map((x) => `<li>${inline(x)}</li>`).join('')}</ul>`;
      case 'hr':
        return '<hr>';
      case 'open':
        return `<div class="${b.name.replace(/[^a-z0-9 -]/gi, '')}">`;
      case 'close':
        return '</div>';
    }
    const td = (tag: string, c: string, k: number) => `<${tag}${b.right[k] ? ' class="num"' : ''}>${inline(c)}</${tag}>`;
    const head = `<thead><tr>${b.head.map((c, k) => td('th', c, k)).join('')}</tr></thead>`;
    const rows = b.rows.map((r) => `<tr${/\*\*/.test(r.join('')) ? ' class="total"' : ''}>${r.map((c, k) => td('td', c, k)).join('')}</tr>`).join('');
    return `<table>${head}<tbody>${rows}</tbody></table>`;
  };
  return blocks.map(one).join('\n');
}

// A line may not start with closing punctuation (Chinese line-breaking rule, 避头点).
const NO_LINE_START = /^[，。、；：？！）》」』】〕,.;:?!)\]]/;
const CJK_CHAR = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/;

/** Wrap one line of text to `width` columns: at spaces, or between Chinese characters. */
export function wrapLine(text: string, width: number, indent = 0): string[] {
  // Units: an amount with its currency code (EUR 13,905.35 stays on one line), a run of non-space,
  // non-CJK characters (a word, a number), spaces, or one CJK character.
  const units =
    text.match(/[A-Z]{3} -?\d[\d,.]*|[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]|[^\s\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]+|\s+/g) ??
    [];
  const lines: string[] = [];
  let cur: string[] = [];
  const pad = ' '.repeat(indent);
  const width0 = (parts: string[]) => displayWidth(parts.join(''));
  for (const u of units) {
    if (width0([...cur, u]) <= width || !cur.join('').trim()) {
      cur.push(u);
      continue;
    }
    // Closing punctuation may not start a line: the character before it goes down with it.
    const carry = NO_LINE_START.test(u) && cur.length > 1 && CJK_CHAR.test(cur[cur.length - 1]!) ? [cur.pop()!] : [];
    lines.push(cur.join('').trimEnd());
    cur = /^\s+$/.test(u) ? [pad] : [pad, ...carry, u];
  }
  if (cur.join('').trim()) lines.push(cur.join('').trimEnd());
  return lines.length ? lines : [''];
}

const WIDTH = 78;

/** Plain text of the blocks: paragraphs wrapped to 78 columns, tables in columns by display width, headings underlined. */
export function blocksToText(blocks: Block[]): string {
  const plain = (s: string) => unshield(bold(s, '', ''));
  const out: string[] = [];
  for (const b of blocks) {
    if (b.t === 'open' || b.t === 'close') continue;
    if (b.t === 'h') {
      const text = plain(b.text);
      out.push(b.level === 1 ? `${text}\n${'='.repeat(Math.min(displayWidth(text), WIDTH))}` : text);
    } else if (b.t === 'p') out.push(b.lines.flatMap((l) => wrapLine(plain(l), WIDTH)).join('\n'));
    else if (b.t === 'ul') out.push(b.items.flatMap((x) => wrapLine(`- ${plain(x)}`, WIDTH, 2)).join('\n'));
    else if (b.t === 'hr') out.push('-'.repeat(40));
    else
      out.push(
        textTable(
          b.head.map(plain),
          b.rows.map((r) => r.map(plain)),
          b.right,
        ),
      );
  }
  return `${out.join('\n\n')}\n`;
}

/**
 * A table in columns by display width. Too wide for the page, the widest left-aligned columns are
 * narrowed and their cells wrapped (numbers and amounts are never wrapped).
 */
function textTable(head: string[], rows: string[][], right: boolean[]): string {
  const all = [head, ...rows];
  const widths = head.map((_, k) => Math.max(...all.map((r) => displayWidth(r[k] ?? ''))));
  const floor = head.map((_, k) => (right[k] ? widths[k]! : Math.max(...all.map((r) => Math.max(0, ...(r[k] ?? '').split(/\s+/).map(displayWidth))))));
  const budget = WIDTH - 2 * (head.length - 1);
  while (widths.reduce((a, b) => a + b, 0) > budget) {
    let k = -1;
    widths.forEach((w, i) => {
      if (w > floor[i]! && (k < 0 || w > widths[k]!)) k = i;
    });
    if (k < 0) break;
    widths[k]!--;
  }
  const line = (r: string[]) => {
    const cells = head.map((_, k) => (right[k] ? [r[k] ?? ''] : wrapLine(r[k] ?? '', widths[k]!)));
    const height = Math.max(...cells.map((c) => c.length));
    const out: string[] = [];
    for (let i = 0; i < height; i++) {
      const parts = cells.map((c, k) => {
        const text = c[i] ?? '';
        const fill = ' '.repeat(Math.max(0, widths[k]! - displayWidth(text)));
        return right[k] ? fill + text : text + fill;
      });
      out.push(parts.join('  ').trimEnd());
    }
    return out.join('\n');
  };
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The Markdown file: as rendered, with values' markup characters escaped. */
export function toMarkdown(rendered: string): string {
  const lines = rendered.split('\n').filter((l) => !/^:::/.test(l));
  return `${unshield(
    lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
    true,
  )}\n`;
}
