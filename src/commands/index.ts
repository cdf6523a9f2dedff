// Every command, one module each. Keep top-level imports light: heavy libraries (SQLite driver,
// spreadsheet reader, prompts, templates) are imported inside actions so `ar --help` stays fast.
import type { Command } from 'commander';
import type { Registrar } from '../cli.js';
import init from './init.js';
import status from './status.js';
import config from './config.js';


export type Register = (program: Command, r: Registrar) => void;

export const COMMANDS: Register[] = [init, status, config];
import aging from './aging.js'; COMMANDS.push(aging);
import queue from './queue.js'; COMMANDS.push(queue);
import importCmd from './import.js'; COMMANDS.push(importCmd);
import profiles from './profiles.js'; COMMANDS.push(profiles);
import demo from './demo.js'; COMMANDS.push(demo);
import account from './account.js'; COMMANDS.push(account);
