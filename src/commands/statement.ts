// `ar statement ID`: the statement of account (对账单) — every open invoice and credit note per
// currency, with a confirmation slip to sign and return. A returned signed slip is the customer's
// acknowledgement of the debt: log it with `ar log --evidence` (it restarts the limitation clock).
import type { Command } from 'commander';
import type { LetterFlags } from './shared-letters.js';
import type { Register } from './shared.js';
import { t } from '../i18n/index.js';

const register: Register = (program, r) => {
  let lang: 'en' | 'zh' | undefined;
  const run = r.action(async (ctx, id: string, opts: LetterFlags) => {
    const { makeLetters } = await import('./shared-letters.js');
    await makeLetters(ctx, { ids: [id], kind: 'statement', flags: opts, lang });
  });
  program
    .command('statement')
    .description(t(r.lang, 'statement.describe'))
    .argument('<id>', t(r.lang, 'statement.id'))
    .option('--format <format>', t(r.lang, 'letters.format'))
    .option('--out <dir>', t(r.lang, 'letters.out'))
    .option('--preview', t(r.lang, 'letters.preview'))
    .option('--mark-sent', t(r.lang, 'statement.markSent'))
    .action(async (...args: unknown[]) => {
      const g = (args[args.length - 1] as Command).optsWithGlobals() as { lang?: string };
      lang = g.lang === 'zh' || g.lang === 'en' ? g.lang : undefined;
      await run(...args);
    });
};
export default register;
