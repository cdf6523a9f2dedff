// What `ar letter` and `ar statement` share: flags → letter facts → documents (md, txt, html, pdf,
// eml) on stdout or in --out, and with --mark-sent the record of what was sent, in one transaction:
// the letter with its reference number (taken from the gap-free sequence in that transaction), an
// activity, and for a ladder step the limitation event "demand". A preview takes no number.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { existingStore, writeJson, type Context } from './shared.js';
import { warn } from '../cli/context.js';
import { msg, plural, t } from '../i18n/index.js';
import { DataError, UsageError } from '../errors.js';
import { templatesDir } from '../paths.js';
import type { LetterDoc, LetterKind } from '../reports/letters.js';
import { LETTER_FORMATS, letterFileName, letterTemplates, renderLetter, type LetterFormat } from '../view/letter.js';
import type { PdfPrinter } from '../view/pdf.js';
import type { Templates } from '../view/templates.js';
import type { LedgerTx } from '../store/port.js';

export interface LetterFlags {
  due?: boolean;
  step?: string;
  format?: string;
  out?: string;
  preview?: boolean;
  markSent?: boolean;
  kind?: string;
  evidence?: string;
}

export interface LetterRun {
  ids: string[];
  kind: LetterKind;
  flags: LetterFlags;
  /** --lang given on the command line: overrides the customer's language. */
  lang?: 'en' | 'zh';
}

/** One letter made: what --json lists. */
interface Made {
  doc: LetterDoc;
  reference: string;
  file: string | null;
  format: LetterFormat;
}

function parseFlags(run: LetterRun) {
  const f = run.flags;
  const format = (f.format ?? (f.out ? 'html' : 'txt')) as LetterFormat;
  if (!LETTER_FORMATS.includes(format)) throw new UsageError(msg('letters.badFormat', { v: format, list: LETTER_FORMATS.join(', ') }));
  if (f.preview && f.markSent) throw new UsageError(msg('letters.previewAndSent'));
  if (!f.out && (format === 'pdf' || format === 'eml') && !f.preview) throw new UsageError(msg('letters.needOut', { format }));
  if (f.preview && format === 'pdf') throw new UsageError(msg('letters.previewPdf'));
  if (run.ids.length === 0 && !f.due) throw new UsageError(msg('letters.nothingAsked'), msg('letters.nothingAskedHint'));
  let step: number | undefined;
  if (f.step !== undefined) {
    if (!/^\d+$/.test(f.step.trim())) throw new UsageError(msg('letters.badStep', { v: f.step }));
    step = Number(f.step);
  }
  return { format, step };
}

/** Each ID (a code, else a name) is one customer; anything else is an error naming the candidates. */
async function customerIds(ctx: Context, ids: string[]): Promise<number[]> {
  const store = await existingStore(ctx);
  const out: number[] = [];
  for (const q of ids) {
    const { customer, candidates } = await store.customers.find(q);
    if (customer) out.push(customer.id);
    else if (candidates.length === 1) out.push(candidates[0]!.id);
    else if (candidates.length === 0) throw new DataError(msg('account.none', { q }), msg('account.noneHint'));
    else {
      const details = candidates.slice(0, 10).map((c) => `  ${c.code}  ${c.name}`);
      throw new UsageError(msg('account.many', { n: candidates.length, q }), msg('account.manyHint', { code: candidates[0]!.code }), details);
    }
  }
  return [...new Set(out)];
}

/** A path inside DIR for a file name, refusing any name that would lead out of it. */
export function insideDir(dir: string, name: string): string {
  const root = path.resolve(dir);
  const file = path.resolve(root, name);
  if (path.dirname(file) !== root || name.includes('/') || name.includes('\\')) throw new DataError(msg('letters.outEscape', { name, dir }));
  return file;
}

export async function makeLetters(ctx: Context, run: LetterRun): Promise<void> {
  const { format, step } = parseFlags(run);
  const f = run.flags;
  const store = await existingStore(ctx);
  const ids = await customerIds(ctx, run.ids);
  if (step !== undefined) {
    const ladder = ((await store.settings.read()).policy as { ladder: { step: number }[] }).ladder;
    if (!ladder.some((s) => s.step === step)) throw new UsageError(msg('letters.badStep', { v: String(step) }));
  }
  const { letterDocs } = await import('../reports/letters.js');
  const today = ctx.clock.today();
  const { docs, skipped } = await letterDocs(store, today, { customerIds: ids, due: !!f.due, step, lang: run.lang, kind: run.kind });
  for (const s of skipped) {
    const why = t(ctx.lang, `letters.why.${s.why}` as 'letters.why.nothing-open');
    ctx.err.write(
      `${s.currency ? t(ctx.lang, 'letters.skipped', { code: s.code, currency: s.currency, why }) : t(ctx.lang, 'letters.skippedAll', { code: s.code, why })}\n`,
    );
  }
  if (docs.length === 0) {
    if (ctx.json) writeJson(ctx, []);
    else ctx.err.write(`${t(ctx.lang, 'letters.none')}\n`);
    return;
  }
  const first = docs[0]!;
  if (!first.letterhead.name_en && !first.letterhead.name_zh) throw new DataError(msg('letters.noLetterhead'), msg('letters.noLetterheadHint'));
  const pdf = await import('../view/pdf.js');
  const chromium = format === 'pdf' || format === 'eml' ? pdf.findChromium(ctx.env) : null;
  if (format === 'pdf' && !chromium) throw new DataError(msg('letters.noChromium'), msg('letters.noChromiumHint'));
  if (format === 'eml' && !chromium && !f.preview) warn(ctx, msg('letters.emlWithoutPdf'));
  const needEvidence = ((await store.settings.read()).limitation as { letters_need_evidence?: boolean } | undefined)?.letters_need_evidence !== false;
  const producer = new Producer(ctx, format, f.preview ? null : (f.out ?? null), chromium, templatesDir(ctx.env));
  let made: Made[];
  try {
    made = f.markSent
      ? await store.transaction((tx) => producer.all(docs, (doc) => record(tx, doc, format, today, f.evidence ?? null, needEvidence)))
      : await producer.all(docs, null);
  } catch (e) {
    await producer.discard();
    throw e;
  } finally {
    await producer.close();
  }
  if (ctx.json) return writeJson(ctx, made.map(jsonOf));
  if (f.out && !f.preview) {
    const key = f.markSent ? 'letters.doneSent' : 'letters.done';
    ctx.err.write(`${plural(ctx.lang, key, made.length, { dir: f.out })}\n`);
  }
}

function jsonOf(m: Made) {
  const d = m.doc;
  return {
    customer: { code: d.customer.code, name: d.customer.name },
    currency: d.currency,
    step: d.step,
    stepCode: d.stepKey,
    kind: d.kind,
    lang: d.lang,
    template: d.template,
    variant: d.variant,
    format: m.format,
    file: m.file,
    reference: m.reference,
    totalMinor: d.totalMinor,
    interestMinor: d.interest?.interestMinor ?? null,
    compensationMinor: d.interest ? d.interest.compensationMinor : null,
    deadline: d.deadline,
    invoices: d.invoices.map((i) => i.number),
    to: d.to.map((p) => p.email).filter(Boolean),
    cc: d.cc.map((p) => p.email).filter(Boolean),
  };
}

/** Inside the --mark-sent transaction: take the number, record the letter, the activity and the demand. */
async function record(
  tx: LedgerTx,
  doc: LetterDoc,
  format: LetterFormat,
  today: string,
  evidence: string | null,
  needEvidence: boolean,
): Promise<{ reference: string; save(file: string | null): Promise<void> }> {
  const year = today.slice(0, 4);
  const n = await tx.letters.takeNumber(`letter-${year}`, `HK-${year}-`);
  const reference = `HK-${year}-${String(n).padStart(6, '0')}`;
  const now = `${today}T00:00:00Z`;
  return {
    reference,
    async save(file) {
      await tx.letters.add({
        customerId: doc.customer.id,
        step: doc.step,
        language: doc.lang,
        template: doc.variant ? `${doc.template}.${doc.variant}` : doc.template,
        referenceNo: reference,
        currency: doc.currency,
        totalMinor: doc.totalMinor,
        invoices: doc.invoices.map((i) => i.number),
        deadline: doc.deadline,
        file: file ? path.basename(file) : null,
        createdAt: now,
        sentAt: today,
        evidence,
        kind: doc.kind,
        format,
      });
      const channel = format === 'eml' ? 'email' : 'letter';
      const outcome = format === 'eml' ? 'email-sent' : 'letter-sent';
      await tx.activities.add({ customerId: doc.customer.id, at: today, channel, outcome, note: `${doc.stepKey ?? doc.kind} ${reference}`, createdAt: now });
      // A written demand interrupts the limitation period (DOMAIN §9) when its arrival can be proved:
      // recorded with its evidence, or without when the ledger counts letters as they are sent
      // (limitation.letters_need_evidence = false). Otherwise the letter stays on record, and adding
      // its proof later (ar log --evidence) makes it count.
      if (doc.kind === 'dunning' && (evidence || !needEvidence)) {
        await tx.limitation.add({ customerId: doc.customer.id, kind: 'demand', at: today, evidence, note: reference, createdAt: now });
      }
    },
  };
}

type Recorder = (doc: LetterDoc) => Promise<{ reference: string; save(file: string | null): Promise<void> }>;

/** Renders letters in one format to files in a folder (or to stdout), printing PDFs with one browser. */
class Producer {
  private readonly tpl: Templates;
  private printer: PdfPrinter | null = null;
  private tmp: string | null = null;
  private readonly written: string[] = [];
  private readonly pending: Promise<void>[] = [];

  constructor(
    private readonly ctx: Context,
    private readonly format: LetterFormat,
    private readonly outDir: string | null,
    private readonly chromium: string | null,
    userTemplates: string,
  ) {
    this.tpl = letterTemplates(fs.existsSync(userTemplates) ? userTemplates : null);
    if (outDir) fs.mkdirSync(outDir, { recursive: true });
  }

  async all(docs: LetterDoc[], recorder: Recorder | null): Promise<Made[]> {
    const made: Made[] = [];
    for (const doc of docs) {
      const rec = recorder ? await recorder(doc) : null;
      const reference = rec?.reference ?? `HK-${doc.date.slice(0, 4)}-PREVIEW`;
      const file = this.outDir ? insideDir(this.outDir, letterFileName(doc, this.format)) : null;
      const body = await this.content(doc, reference);
      if (file) {
        // Files are written a few at a time in the background: on a slow disk the writes, not the
        // rendering, are most of a large run.
        this.written.push(file);
        this.pending.push(fs.promises.writeFile(file, body));
        if (this.pending.length >= 32) await Promise.all(this.pending.splice(0));
      } else {
        // Several letters on stdout: a form feed between them (a page break when printed).
        if (!this.ctx.json) this.ctx.out.write((made.length > 0 ? '\f\n' : '') + (typeof body === 'string' ? body : body.toString('utf8')));
      }
      await rec?.save(file);
      made.push({ doc, reference, file, format: this.format });
    }
    await Promise.all(this.pending.splice(0));
    return made;
  }

  /** The letter in this run's format. */
  private async content(doc: LetterDoc, reference: string): Promise<string | Buffer> {
    const f = this.format;
    const needText = f === 'md' || f === 'txt' || f === 'eml';
    const needHtml = f === 'html' || f === 'pdf' || f === 'eml';
    const r = renderLetter(this.tpl, doc, reference, { text: needText, html: needHtml });
    if (f === 'md') return r.md;
    if (f === 'txt') return r.text;
    if (f === 'html') return r.html;
    const pdf = this.chromium && (f === 'pdf' || this.outDir) ? await this.pdf(r.html, letterFileName(doc, 'html')) : null;
    if (f === 'pdf') return pdf!;
    const { buildEml } = await import('../view/eml.js');
    const co = doc.letterhead;
    const fromName = (doc.lang === 'zh' ? co.name_zh || co.name_en : co.name_en || co.name_zh) || null;
    const mailbox = (p: { name: string; email: string | null }) => ({ name: p.name, email: p.email! });
    return buildEml({
      from: { name: fromName, email: co.email || 'accounts@localhost' },
      to: doc.to.filter((p) => p.email).map(mailbox),
      cc: [...doc.cc.filter((p) => p.email).map(mailbox)],
      subject: t(doc.lang, `letters.subject.${doc.kind === 'dunning' ? (doc.stepKey ?? 'reminder') : doc.kind}` as 'letters.subject.reminder', {
        ref: reference,
        name: fromName ?? '',
      }),
      date: doc.date,
      id: reference === `HK-${doc.date.slice(0, 4)}-PREVIEW` ? `${reference}.${doc.customer.code}.${doc.currency}` : reference,
      text: r.text,
      html: r.html,
      attachment: pdf ? { name: letterFileName(doc, 'pdf'), type: 'application/pdf', data: pdf } : null,
    });
  }

  private async pdf(html: string, name: string): Promise<Buffer> {
    if (!this.printer) {
      const { PdfPrinter } = await import('../view/pdf.js');
      this.printer = new PdfPrinter(this.chromium!);
    }
    this.tmp ??= fs.mkdtempSync(path.join(os.tmpdir(), 'ar-letters-'));
    const file = path.join(this.tmp, name);
    fs.writeFileSync(file, html);
    return this.printer.print(file);
  }

  /** A failed run leaves no files behind. */
  async discard(): Promise<void> {
    await Promise.allSettled(this.pending.splice(0));
    for (const f of this.written) fs.rmSync(f, { force: true });
  }

  async close(): Promise<void> {
    await this.printer?.close();
    if (this.tmp) fs.rmSync(this.tmp, { recursive: true, force: true });
  }
}
