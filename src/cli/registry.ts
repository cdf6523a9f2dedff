// Every command, one module each, in the order a collector meets them (this is the order of
// `ar --help`). Keep top-level imports light: heavy libraries (SQLite driver, spreadsheet reader,
// prompts, templates) are imported inside actions so `ar --help` stays fast.
import type { Register } from '../commands/shared.js';
import init from '../commands/init.js';
import importCmd from '../commands/import.js';
import profiles from '../commands/profiles.js';
import queue from '../commands/queue.js';
import account from '../commands/account.js';
import aging from '../commands/aging.js';
import status from '../commands/status.js';
import config from '../commands/config.js';
import demo from '../commands/demo.js';
import rates from '../commands/rates.js';
import letter from '../commands/letter.js';
import statement from '../commands/statement.js';
import customers from '../commands/customers.js';
import customer from '../commands/customer.js';
import contacts from '../commands/contacts.js';
import log from '../commands/log.js';
import call from '../commands/call.js';
import promises from '../commands/promises.js';
import disputes from '../commands/disputes.js';
import script from '../commands/script.js';
import visit from '../commands/visit.js';
import templates from '../commands/templates.js';
import home from '../commands/home.js';

export const COMMANDS: Register[] = [
  init,
  importCmd,
  profiles,
  queue,
  account,
  script,
  call,
  log,
  promises,
  disputes,
  letter,
  statement,
  customers,
  customer,
  contacts,
  visit,
  aging,
  status,
  config,
  rates,
  templates,
  demo,
  home,
];
