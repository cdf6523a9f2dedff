// The ledger: one SQLite file behind a thin wrapper. All SQL lives in src/store; the API is async so
// that a PostgreSQL backend can slot in beside this one (team mode) without touching commands.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { DataError } from '../../errors.js';
import { msg, type Msg } from '../../i18n/index.js';

export const APPLICATION_ID = 1212891474; // 'HKAR'
/** How much of the ledger file a connection maps (PRAGMA mmap_size); an import turns it off meanwhile. */
export const MMAP_BYTES = 1073741824;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Numbered migrations shipped with the program: migrations/NNNN_name.sql. */
export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const out: Migration[] = [];
  for (const f of fs.readdirSync(dir).sort()) {
    const m = /^(\d{4})_(.+)\.sql$/.exec(f);
    if (!m?.[2]) continue;
    out.push({ version: Number(m[1]), name: m[2], sql: fs.readFileSync(path.join(dir, f), 'utf8') });
  }
  out.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration numbering has a gap at ${m.version}`);
  });
  return out;
}

export type Db = Database.Database;

export interface OpenOptions {
  /** Create the file when it does not exist (the default: a new user's first command just works). */
  create?: boolean;
  /** Apply pending migrations (the default). */
  migrate?: boolean;
  readonly?: boolean;
  migrations?: Migration[];
}

const SQLITE_MAGIC = 'SQLite format 3\u0000';

function refuse(text: Msg, hint?: Msg): never {
  throw new DataError(text, hint);
}

/** Pseudo-files (/proc, /sys, /dev) look like files of size 0 to stat but can never hold a ledger. */
function isPseudo(file: string): boolean {
  let real = file;
  try {
    real = fs.realpathSync(file);
  } catch {
    // a path that cannot be resolved is judged as given
  }
  return /^\/(proc|sys|dev)(\/|$)/.test(real);
}

/** Check a path before SQLite touches it, so a foreign or broken file is never modified. */
function preflight(file: string, create: boolean): 'new' | 'existing' {
  let st: fs.Stats | undefined;
  try {
    st = fs.statSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
      refuse(msg('store.cannotRead', { file, reason: (e as Error).message }));
    }
  }
  if (!st) {
    if (!create) {
      refuse(msg('common.noLedger', { path: file }), msg('common.noLedgerHint'));
    }
    if (!fs.existsSync(path.dirname(file))) {
      refuse(msg('store.noFolder', { file }), msg('store.noFolderHint'));
    }
    return 'new';
  }
  if (st.isDirectory()) {
    refuse(msg('store.isFolder', { file }), msg('store.isFolderHint'));
  }
  if (!st.isFile() || isPseudo(file)) refuse(msg('importS3.special', { file }), msg('importS3.specialHint'));
  try {
    fs.accessSync(file, create ? fs.constants.R_OK | fs.constants.W_OK : fs.constants.R_OK);
  } catch (e) {
    refuse(msg('store.cannotRead', { file, reason: (e as Error).message }));
  }
  if (st.size === 0) {
    // An empty file is a ledger only when a writing command (init, import) is asked to make it one.
    if (!create) refuse(msg('importS3.emptyLedger', { file }), msg('importS3.emptyLedgerHint', { file }));
    return 'new';
  }
  const fd = fs.openSync(file, 'r');
  const head = Buffer.alloc(16);
  fs.readSync(fd, head, 0, 16, 0);
  fs.closeSync(fd);
  if (head.toString('latin1') !== SQLITE_MAGIC) {
    refuse(msg('store.notSqlite', { file }), msg('store.checkPathHint'));
  }
  return 'existing';
}

export class Ledger {
  private constructor(
    readonly file: string,
    /** Only modules under src/store touch this. */
    readonly db: Db,
    readonly schemaVersion: number,
    readonly created: boolean,
  ) {}

  static async open(file: string, opts: OpenOptions = {}): Promise<Ledger> {
    const migrations = opts.migrations ?? loadMigrations();
    const latest = migrations.length;
    const state = preflight(file, opts.create ?? true);
    let db: Db;
    try {
      db = new Database(file, { readonly: !!opts.readonly && state === 'existing', fileMustExist: state === 'existing' });
    } catch (e) {
      refuse(msg('store.cannotOpen', { file, reason: (e as Error).message }));
    }
    try {
      const version = Number(db.pragma('user_version', { simple: true }));
      const appId = Number(db.pragma('application_id', { simple: true }));
      if (state === 'existing') {
        const tables = Number((db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n);
        if (appId !== APPLICATION_ID && (version > 0 || tables > 0)) {
          refuse(msg('store.foreign', { file }), msg('store.checkPathHint'));
        }
      }
      if (version > latest) {
        refuse(msg('store.newer', { file, version, latest }), msg('store.newerHint'));
      }
      if (!opts.readonly) {
        db.pragma('journal_mode = WAL');
        // In WAL mode NORMAL never corrupts the ledger; a power cut may lose the last transaction,
        // which for an import means running it again. FULL would sync on every commit.
        db.pragma('synchronous = NORMAL');
      }
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      // Reports scan indexes of hundreds of MB; mapped pages are read without a system call and a copy
      // each (queue and aging on a 1M-invoice ledger: a third less CPU, BENCHMARKS.md).
      db.pragma(`mmap_size = ${MMAP_BYTES}`);
      let now = version;
      if (version < latest && opts.migrate !== false) {
        now = migrate(db, migrations, version);
      }
      return new Ledger(file, db, now, state === 'new');
    } catch (e) {
      db.close();
      // A file SQLite cannot work with (locked, read-only medium, damaged) is one line, not a stack.
      if (e instanceof Error && e.name === 'SqliteError') refuse(msg('store.cannotOpen', { file, reason: e.message }));
      throw e;
    }
  }

  get latestVersion(): number {
    return loadMigrations().length;
  }

  /** Run fn in one transaction: all of it lands, or none of it. */
  async transaction<T>(fn: () => Promise<T> | T): Promise<T> {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const out = await fn();
      this.db.exec('COMMIT');
      return out;
    } catch (e) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw e;
    }
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

/**
 * Apply each pending migration in its own transaction, which also sets user_version. A migration
 * whose first line is `-- foreign_keys: off` rebuilds a table others reference: foreign keys are off
 * around its transaction (the pragma is ignored inside one), checked before it commits, then on again.
 */
export function migrate(db: Db, migrations: Migration[], from: number): number {
  let version = from;
  for (const m of migrations) {
    if (m.version <= version) continue;
    const fkOff = /^--\s*foreign_keys:\s*off\s*$/m.test(m.sql.split('\n', 1)[0] ?? '');
    if (fkOff) db.pragma('foreign_keys = OFF');
    try {
      const apply = db.transaction(() => {
        db.exec(m.sql);
        if (fkOff) {
          const broken = db.pragma('foreign_key_check') as unknown[];
          if (broken.length > 0) throw new Error(`migration ${m.version} would break ${broken.length} references`);
        }
        db.pragma(`user_version = ${m.version}`);
      });
      apply();
    } finally {
      if (fkOff) db.pragma('foreign_keys = ON');
    }
    version = m.version;
  }
  return version;
}
