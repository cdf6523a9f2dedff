// Where data and configuration live per platform. AR_DB / AR_CONFIG_DIR override (tests use them).
import os from 'node:os';
import path from 'node:path';

export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (process.platform === 'win32') return path.join(env.APPDATA || path.join(os.homedir(), 'AppData', 'Roaming'), 'huikuan');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', 'huikuan');
  return path.join(env.XDG_DATA_HOME || path.join(os.homedir(), '.local', 'share'), 'huikuan');
}

export function configDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.AR_CONFIG_DIR) return env.AR_CONFIG_DIR;
  if (process.platform === 'win32') return path.join(env.APPDATA || path.join(os.homedir(), 'AppData', 'Roaming'), 'huikuan');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Preferences', 'huikuan');
  return path.join(env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config'), 'huikuan');
}

export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(dataDir(env), 'ledger.db');
}

/** Expand a leading ~ the way a shell would (paths often arrive quoted from scripts). */
export function expandHome(p: string): string {
  return p === '~' || p.startsWith('~/') ? path.join(os.homedir(), p.slice(1)) : p;
}
