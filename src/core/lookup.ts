// Whether a name is what a collector typed, the way people type company names. Chinese: the
// characters in order (深圳恒达 → 深圳市恒达电子科技有限公司), 市/省/有限公司/股份/集团 optional on
// either side. Other scripts: every word typed starts a word of the name (Tan → "Tan Holdings",
// never "Brandt & Söhne"), accents optional (Muller → Müller).

/** 1: the query as typed, in one piece; 2: its parts, spread over the name. */
export type MatchTier = 1 | 2;

// Words a Chinese company name may carry or drop without being another company. Longest first, so
// 股份有限公司 goes as a whole before 有限公司 or 股份 could split it.
const OPTIONAL_ZH = ['股份有限公司', '有限责任公司', '集团有限公司', '有限公司', '集团公司', '股份', '集团', '公司', '市', '省'];
const HAN = /\p{Script=Han}/u;
const NOT_WORD = /[^\p{L}\p{N}]+/u;

/** Lower case, accents and width folded: "Müller" → "muller", "ＡＢＣ" → "abc". */
function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFKC').toLowerCase();
}

function compact(s: string): string {
  return s.split(NOT_WORD).join('');
}

function withoutOptional(s: string): string {
  let out = compact(s);
  for (const w of OPTIONAL_ZH) out = out.split(w).join('');
  return out;
}

/** The query's characters in the name, in order, in few enough runs to be a way of writing it. */
function inOrder(q: string, name: string): boolean {
  let i = 0;
  let runs = 0;
  let prev = -2;
  for (let k = 0; k < name.length && i < q.length; k++) {
    if (name[k] !== q[i]) continue;
    if (k !== prev + 1) runs++;
    prev = k;
    i++;
  }
  return i === q.length && runs <= Math.max(2, Math.ceil(q.length / 2));
}

function matchHan(q: string, name: string): MatchTier | null {
  const bare = withoutOptional(q);
  const bareName = withoutOptional(name);
  if (compact(name).includes(compact(q)) || (bare && bareName.includes(bare))) return 1;
  if (bare.length >= 2 && inOrder(bare, bareName)) return 2;
  return null;
}

function matchWords(q: string, name: string): MatchTier | null {
  const typed = q.split(NOT_WORD).filter(Boolean);
  const words = name.split(NOT_WORD).filter(Boolean);
  if (typed.length === 0) return null;
  // Consecutive words of the name, each starting with the word typed in its place.
  for (let start = 0; start + typed.length <= words.length; start++) {
    if (typed.every((w, i) => words[start + i]?.startsWith(w))) return 1;
  }
  // Every word typed starts some word of the name, each a different one, in any order.
  const used = new Set<number>();
  for (const w of typed) {
    const at = words.findIndex((n, i) => !used.has(i) && n.startsWith(w));
    if (at < 0) return null;
    used.add(at);
  }
  return 2;
}

/** How well `name` matches `query` (null: it does not). */
export function matchName(query: string, name: string): MatchTier | null {
  const q = fold(query).trim();
  if (!q) return null;
  return HAN.test(q) ? matchHan(q, fold(name)) : matchWords(q, fold(name));
}

/**
 * The names that match, best first: those matching in one piece, then those matching in parts; within
 * a tier, shorter names first (the closer fit), then by `order` (a code).
 */
export function rankMatches<T extends { name: string }>(query: string, items: readonly T[], order: (t: T) => string): { item: T; tier: MatchTier }[] {
  const hits: { item: T; tier: MatchTier }[] = [];
  for (const item of items) {
    const tier = matchName(query, item.name);
    if (tier) hits.push({ item, tier });
  }
  return hits.sort((a, b) => a.tier - b.tier || a.item.name.length - b.item.name.length || order(a.item).localeCompare(order(b.item)));
}
