// The registry's table (src/cli/registry.ts) stands in for every command `ar --help` lists without
// loading its module. Each row must say what its module declares — name, arguments, options,
// description in both languages, sub-commands — so the help is the same either way.
import { type Command, Help } from 'commander';
import { describe, expect, it } from 'vitest';
import type { Context } from '../../src/cli/context.js';
import { buildProgram } from '../../src/cli/main.js';
import { COMMANDS, loadCommands } from '../../src/cli/registry.js';
import type { Register } from '../../src/commands/shared.js';
import { runAr } from './run-ar.js';

const never = async (): Promise<Context> => {
  throw new Error('not run');
};
const io = { stdout: { write: () => {} }, stderr: { write: () => {} } };

async function everyModule(): Promise<Map<string, Register>> {
  return new Map(await Promise.all(COMMANDS.map(async (e) => [e.name, (await e.load()).default] as const)));
}

/** What `ar --help` shows of a command, and the sub-commands with their arguments. */
function shape(program: Command, cmd: Command) {
  const plain = new Help();
  return {
    name: cmd.name(),
    aliases: cmd.aliases(),
    term: program.createHelp().subcommandTerm(cmd),
    description: cmd.description(),
    hidden: !program.createHelp().visibleCommands(program).includes(cmd),
    subs: cmd.commands.map((s) => plain.subcommandTerm(s).replace(' [options]', '')),
  };
}

describe('the command registry', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`each row declares what its module declares (${lang})`, async () => {
      const declared = buildProgram(lang, never, io);
      const loaded = buildProgram(lang, never, io, 80, await everyModule());
      expect(declared.commands.length).toBe(COMMANDS.length);
      expect(loaded.commands.length).toBe(COMMANDS.length);
      loaded.commands.forEach((cmd, i) => {
        expect(shape(declared, declared.commands[i]), cmd.name()).toEqual(shape(loaded, cmd));
      });
    });

    it(`ar --help is the same from the table as from the modules (${lang})`, async () => {
      const all = await everyModule();
      for (const width of [60, 80, 120]) {
        const declared = buildProgram(lang, never, io, width).helpInformation();
        expect(declared).toContain(lang === 'en' ? 'queue [options]' : 'queue [选项]');
        expect(buildProgram(lang, never, io, width, all).helpInformation()).toBe(declared);
      }
    });
  }

  it('loads only the modules of the commands on the line', async () => {
    expect([...(await loadCommands(['--help'])).keys()]).toEqual([]);
    expect([...(await loadCommands(['--lang', 'zh', 'help', 'queue'])).keys()]).toEqual(['queue']);
    expect([...(await loadCommands(['config', 'set', 'aging.buckets', '30,60'])).keys()]).toEqual(['config']);
  });

  it('a command declared from its row still runs, helps and suggests', async () => {
    const help = await runAr(['config', 'set', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: ar config set [options] <key> <value>');
    const typo = await runAr(['queu']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('queue');
  });
});
