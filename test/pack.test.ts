// What a user gets from `npm install huikuan`: pack the package, install the tarball into an empty
// folder, and run the installed `ar --help` and `ar demo` there, far from this repository.
//
// Two honest shortcuts keep it offline and quick:
// - `npm pack --ignore-scripts`: the vitest global setup has just built dist/; letting `prepack`
//   run its clean build here would delete dist/ under the CLI tests running beside this one.
//   (The prepack script is checked below to be the full build.)
// - `npm ci --offline --ignore-scripts` in the empty folder, with a lockfile made from ours (its
//   production entries, each with its registry tarball URL, so npm needs no registry metadata, only
//   the tarballs `npm ci` left in the npm cache). So the install gets exactly the versions this
//   repository tests, not the newest ones a user's ranges might pick.
//   better-sqlite3's native addon, which its install script would compile again (a minute on
//   this machine), is copied from this repository's node_modules: same version, same Node.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, TODAY, tempDir } from './cli/run-ar.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

interface PackResult {
  filename: string;
  files: { path: string }[];
}

let work: string;
let packed: PackResult;
let installedBin: string;

function run(bin: string, args: string[], home: string) {
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: home,
    NO_COLOR: '1',
    AR_TODAY: TODAY,
    AR_LANG: 'en',
    LANG: 'C.UTF-8',
    XDG_DATA_HOME: '',
    XDG_CONFIG_HOME: '',
  };
  return spawnSync(process.execPath, [bin, ...args], { cwd: home, env, encoding: 'utf8' });
}

interface LockEntry {
  version: string;
  name?: string;
  resolved?: string;
  dev?: boolean;
  [field: string]: unknown;
}

/** A lockfile for a folder that depends only on the tarball: our production entries, with tarball URLs. */
function lockFor(spec: string) {
  const ours = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
  const packages: Record<string, unknown> = { '': { name: 'pack-check', dependencies: { huikuan: spec } } };
  for (const [where, entry] of Object.entries(ours.packages)) {
    if (!where || entry.dev) continue;
    const name = entry.name ?? where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length);
    const file = `${name.split('/').pop()}-${entry.version}.tgz`;
    packages[where] = { ...entry, resolved: entry.resolved ?? `https://registry.npmjs.org/${name}/-/${file}` };
  }
  expect(Object.keys(packages).length).toBeGreaterThan(1);
  packages['node_modules/huikuan'] = { version: pkg.version, resolved: spec, dependencies: pkg.dependencies, bin: pkg.bin, engines: pkg.engines };
  return { name: 'pack-check', lockfileVersion: 3, requires: true, packages };
}

beforeAll(() => {
  work = tempDir('ar-pack-');
  const out = execFileSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8' });
  packed = (JSON.parse(out) as PackResult[])[0] as PackResult;

  const app = path.join(work, 'app');
  fs.mkdirSync(app);
  const spec = `file:../${packed.filename}`;
  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'pack-check', private: true, dependencies: { huikuan: spec } }));
  fs.writeFileSync(path.join(app, 'package-lock.json'), JSON.stringify(lockFor(spec)));
  execFileSync(npm, ['ci', '--offline', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: app, encoding: 'utf8' });

  const theirs = path.join(app, 'node_modules', 'better-sqlite3');
  const ours = path.join(ROOT, 'node_modules', 'better-sqlite3');
  const version = (dir: string) => (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  expect(version(theirs)).toBe(version(ours));
  fs.cpSync(path.join(ours, 'build', 'Release'), path.join(theirs, 'build', 'Release'), { recursive: true });

  installedBin = path.join(app, 'node_modules', 'huikuan', 'bin', 'ar.js');
}, 240_000);

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('the published package', () => {
  it('ships the program, the migrations and the demo book, and nothing from development', () => {
    const files = packed.files.map((f) => f.path);
    expect(files).toContain('bin/ar.js');
    expect(files).toContain('dist/cli/main.js');
    expect(files).toContain('fixtures/demo/book.json');
    expect(files).toContain('README.md');
    expect(files.some((f) => /^dist\/.*migrations\/0001_[a-z_]+\.sql$/.test(f))).toBe(true);
    const stray = files.filter((f) => /^(src|test|bench|scripts|fixtures\/import)\/|\.(map|log|tgz|db)$|^\.|^dist\/\.built$/.test(f));
    expect(stray).toEqual([]);
  });

  it('builds a clean dist/ before packing', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.prepack).toBe('npm run build');
    expect(pkg.scripts.build).toContain("rmSync('dist'");
  });

  it('installed from the tarball, `ar --help` lists the commands', () => {
    const r = run(installedBin, ['--help'], tempDir('ar-pack-home-'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('demo');
    expect(r.stdout).toContain('queue');
  });

  it('installed from the tarball, `ar demo` builds the demo ledger from the shipped book', () => {
    const home = tempDir('ar-pack-home-');
    const r = run(installedBin, ['demo', '--db', path.join(home, 'demo.db')], home);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.replace(/\s+/g, ' ')).toContain('30 customers, 729 invoices and credit notes, 503 payments');
    expect(fs.existsSync(path.join(home, 'demo.db'))).toBe(true);
  });
});
