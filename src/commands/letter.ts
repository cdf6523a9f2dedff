// `ar letter [ID…]`: collection letters from the templates (DOMAIN §3, §4) — one per customer and
// currency at its due step of the ladder (the queue's rule), all its overdue invoices in it; `--due`
// for everyone whose next written step is due today; `--step N` to force one; `--kind plan` for the
// repayment agreement of a recorded instalment plan. `--mark-sent` records what was sent.
import type { Command } from 'commander';
import type { LetterFlags } from './shared-letters.js';
import type { Register } from './shared.js';
import { msg, t } from '../i18n/index.js';
import { UsageError } from '../errors.js';

const register: Register = (program, r) => {
  let lang: 'en' | 'zh' | undefined;
  const run = r.action(async (ctx, ids: string[], opts: LetterFlags) => {
    const kind = opts.kind ?? 'dunning';
    if (kind !== 'dunning' && kind !== 'plan') throw new UsageError(msg('letters.badKind', { v: kind }));
    // The letter machinery (templates, Handlebars) loads here, not at start-up (`ar --help`).
    const { makeLetters } = await import('./shared-letters.js');
    await makeLetters(ctx, { ids, kind, flags: opts, lang });
  });
  program
    .command('letter')
    .description(t(r.lang, 'letters.describe'))
    .argument('[id...]', t(r.lang, 'letters.id'))
    .option('--due', t(r.lang, 'letters.due'))
    .option('--step <n>', t(r.lang, 'letters.step'))
    .option('--format <format>', t(r.lang, 'letters.format'))
    .option('--out <dir>', t(r.lang, 'letters.out'))
    .option('--preview', t(r.lang, 'letters.preview'))
    .option('--mark-sent', t(r.lang, 'letters.markSent'))
    .option('--evidence <text>', t(r.lang, 'letters.evidence'))
    .option('--kind <kind>', t(r.lang, 'letters.kind'))
    .action(async (...args: unknown[]) => {
      // --lang is a global option (the screen's language); given on the command line it also
      // overrides the customer's language for the letter.
      const g = (args[args.length - 1] as Command).optsWithGlobals() as { lang?: string };
      lang = g.lang === 'zh' || g.lang === 'en' ? g.lang : undefined;
      await run(...args);
    });
};
export default register;
