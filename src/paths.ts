// Where data and configuration live per platform. AR_DB / AR_CONFIG_DIR override (tests use them).
import os from 'node:os';
import path from 'node:path';

/** The user's home folder from the environment the program was given (tests give their own). */
function home(env: NodeJS.ProcessEnv): string {
  return env.HOME || env.USERPROFILE || os.homedir();
}

export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (process.platform === 'win32') return path.join(env.APPDATA || path.join(home(env), 'AppData', 'Roaming'), 'huikuan');
  if (process.platform === 'darwin') return path.join(home(env), 'Library', 'Application Support', 'huikuan');
  return path.join(env.XDG_DATA_HOME || path.join(home(env), '.local', 'share'), 'huikuan');
}

export function configDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.AR_CONFIG_DIR) return env.AR_CONFIG_DIR;
  if (process.platform === 'win32') return path.join(env.APPDATA || path.join(home(env), 'AppData', 'Roaming'), 'huikuan');
  if (process.platform === 'darwin') return path.join(home(env), 'Library', 'Preferences', 'huikuan');
  return path.join(env.XDG_CONFIG_HOME || path.join(home(env), '.config'), 'huikuan');
}

export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(dataDir(env), 'ledger.db');
}

/** Expand a leading ~ the way a shell would (paths often arrive quoted from scripts). */
export function expandHome(p: string, env: NodeJS.ProcessEnv = process.env): string {
  return p === '~' || p.startsWith('~/') ? path.join(home(env), p.slice(1)) : p;
}

/** The user's own templates (letters, scripts, visit briefs), laid out like the built-ins; they win. */
export function templatesDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(configDir(env), 'templates');
}
