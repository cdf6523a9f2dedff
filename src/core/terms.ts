// Payment terms as exports write them, read as days: the rule that turns an invoice's terms into
// its due date at import, and that the account uses to say which terms its invoices carry.

/**
 * Payment terms as written in a terms column → days after the invoice date, and whether they run
 * from the month's end: `Net 60`, `N30`, `60`, `60 days`, `60天`, `账期60天`, `货到30天` (from delivery,
 * taken as the invoice date), `月结30天` (30 days after the month's statement), `Due on receipt`.
 */
export function parseTermsDays(text: string | null): { days: number; monthEnd: boolean } | undefined {
  if (!text) return undefined;
  const s = text.normalize('NFKC').trim().toLowerCase();
  if (/^(?:due\s+on\s+receipt|cash\s+on\s+delivery|cod|见票即付|货到付款|现结)$/.test(s)) return { days: 0, monthEnd: false };
  const monthEnd = /月结|^eom|end\s+of\s+month|\beom\b/.test(s);
  const m = /^(?:net\s*|n|月结\s*|货到\s*|账期\s*|eom\s*)?(\d{1,3})\s*(?:days?|天|日|eom)?(?:\s*(?:net|eom))?$/.exec(s);
  if (!m) return undefined;
  return { days: Number(m[1]), monthEnd };
}
