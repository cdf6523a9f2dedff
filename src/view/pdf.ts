// PDF by headless Chromium printing the letter's HTML (A4 from the page's CSS). Why Chromium and not
// a PDF library: the letter is already print-ready HTML, Chromium shapes Chinese with the system's
// Noto CJK fonts and embeds them as subsets, so the Chinese text stays text (searchable, copyable),
// and no font file ships with the package. One browser serves a whole run: pages are printed one
// after the other over the DevTools protocol on a pipe (no port, no WebSocket library), instead of
// one browser launch per letter.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** The browser to print with: AR_CHROMIUM, else the first of the usual names on PATH; null: none. */
export function findChromium(env: NodeJS.ProcessEnv): string | null {
  if (env.AR_CHROMIUM) return isExecutable(env.AR_CHROMIUM) ? env.AR_CHROMIUM : null;
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    for (const name of NAMES) {
      const p = path.join(dir, name);
      if (isExecutable(p)) return p;
    }
  }
  return null;
}

function isExecutable(p: string): boolean {
  try {
    fs.accessSync(p, fs.constants.X_OK);
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

interface Pending {
  resolve(v: Record<string, unknown>): void;
  reject(e: Error): void;
}

/** A headless browser that prints HTML files to PDF, one page at a time. Close it when done. */
export class PdfPrinter {
  private proc: ChildProcess;
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private waiters: { method: string; resolve(): void }[] = [];
  private buf = '';
  private session = '';
  private readonly profile: string;
  private exited: Error | null = null;

  constructor(binary: string) {
    this.profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ar-chromium-'));
    const args = [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--no-default-browser-check',
      '--remote-debugging-pipe',
      `--user-data-dir=${this.profile}`,
    ];
    this.proc = spawn(binary, args, { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
    this.proc.on('error', (e) => this.fail(e));
    this.proc.on('exit', (code) => this.fail(new Error(`chromium exited (${code})`)));
    const from = this.proc.stdio[4] as NodeJS.ReadableStream;
    from.setEncoding('utf8');
    from.on('data', (chunk: string) => this.receive(chunk));
  }

  private fail(e: Error): void {
    this.exited ??= e;
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }

  private receive(chunk: string): void {
    this.buf += chunk;
    let end = this.buf.indexOf('\0');
    while (end >= 0) {
      const msg = JSON.parse(this.buf.slice(0, end)) as { id?: number; method?: string; result?: Record<string, unknown>; error?: { message: string } };
      this.buf = this.buf.slice(end + 1);
      if (msg.id !== undefined) {
        const p = this.pending.get(msg.id);
        this.pending.delete(msg.id);
        if (msg.error) p?.reject(new Error(msg.error.message));
        else p?.resolve(msg.result ?? {});
      } else if (msg.method) {
        const i = this.waiters.findIndex((w) => w.method === msg.method);
        if (i >= 0) this.waiters.splice(i, 1)[0]!.resolve();
      }
      end = this.buf.indexOf('\0');
    }
  }

  private send(method: string, params: object = {}, session = true): Promise<Record<string, unknown>> {
    if (this.exited) return Promise.reject(this.exited);
    const id = this.nextId++;
    const msg = { id, method, params, ...(session && this.session ? { sessionId: this.session } : {}) };
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      (this.proc.stdio[3] as NodeJS.WritableStream).write(`${JSON.stringify(msg)}\0`);
    });
  }

  private event(method: string): Promise<void> {
    return new Promise((resolve) => this.waiters.push({ method, resolve }));
  }

  private async page(): Promise<void> {
    if (this.session) return;
    const { targetId } = await this.send('Target.createTarget', { url: 'about:blank' }, false);
    const { sessionId } = await this.send('Target.attachToTarget', { targetId, flatten: true }, false);
    this.session = String(sessionId);
    await this.send('Page.enable');
  }

  /** Print one HTML file to a PDF (bytes). Fonts are loaded before printing. */
  async print(htmlFile: string): Promise<Buffer> {
    await this.page();
    const loaded = this.event('Page.loadEventFired');
    await this.send('Page.navigate', { url: pathToFileURL(htmlFile).href });
    await withTimeout(loaded, 60_000, 'chromium did not load the letter');
    await this.send('Runtime.evaluate', { expression: 'document.fonts.ready.then(() => true)', awaitPromise: true });
    const { data } = await this.send('Page.printToPDF', { printBackground: true, preferCSSPageSize: true });
    return Buffer.from(String(data), 'base64');
  }

  async close(): Promise<void> {
    if (this.proc.exitCode === null && this.proc.signalCode === null) {
      const gone = new Promise<void>((resolve) => this.proc.once('exit', () => resolve()));
      await this.send('Browser.close', {}, false).catch(() => undefined);
      await withTimeout(gone, 5000, 'chromium did not exit').catch(() => this.proc.kill('SIGKILL'));
    }
    // The browser may still be flushing its profile as it exits: retry the removal briefly.
    fs.rmSync(this.profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  }
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(what)), ms);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}
