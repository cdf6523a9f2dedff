// Every command, one module each, in the order a collector meets them (this is the order of
// `ar --help`). Keep top-level imports light: heavy libraries (SQLite driver, spreadsheet reader,
// prompts, templates) are imported inside actions so `ar --help` stays fast.
import type { Command } from 'commander';
import type { Registrar } from '../cli.js';
import init from './init.js';
import importCmd from './import.js';
import profiles from './profiles.js';
import queue from './queue.js';
import account from './account.js';
import aging from './aging.js';
import status from './status.js';
import config from './config.js';
import demo from './demo.js';

export type Register = (program: Command, r: Registrar) => void;

export const COMMANDS: Register[] = [init, importCmd, profiles, queue, account, aging, status, config, demo];
