// Native Chinese (issue 9, "Words"): the glossary's terms on every Chinese screen of the demo book,
// commander's own words in Chinese, Chinese values for enumerated options, the settings by name,
// the key hints under a question, and finding a customer as a Chinese collector types the name.
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { Command, Option } from 'commander';
import { beforeAll, describe, expect, it } from 'vitest';
import { helpConfig } from '../../src/cli/help.js';
import { promptTheme } from '../../src/cli/prompts.js';
import { ROOT, runAr, tempDir } from './run-ar.js';
import fs from 'node:fs';

let db: string;

beforeAll(async () => {
  db = path.join(tempDir('ar-words-'), 'demo.db');
  expect((await runAr(['demo', '--db', db, '--json'])).code).toBe(0);
});

// The words the glossary replaced, and what replaced them (issue 9).
const REPLACED = ['评分高', '（现在）', '承诺违约', '违约承诺', '平均迟付', '流程卡点', '动态', '结构版本', '业务日期', '365天以上', '剩 ', '账簿', '已违约'];

describe('the glossary on every Chinese screen of the demo book', () => {
  it('queue, queue --explain, aging, status, every account: the new terms, never the old', async () => {
    const codes = fs
      .readFileSync(path.join(ROOT, 'fixtures', 'demo', 'customers.csv'), 'utf8')
      .split('\n')
      .slice(1)
      .map((l) => l.split(',')[0])
      .filter(Boolean);
    const runs = [['queue', '--explain', '--limit', '0'], ['aging'], ['aging', '--by', 'grade'], ['status'], ...codes.map((c) => ['account', c])];
    let all = '';
    for (const args of runs) {
      const r = await runAr([...args, '--lang', 'zh'], { db });
      expect(r.code, args.join(' ')).toBe(0);
      all += r.stdout;
    }
    expect(codes.length).toBe(30);
    for (const old of REPLACED) expect(all, old).not.toContain(old);
    for (const term of [
      '逾期天数',
      '未收金额',
      '发票号',
      '优先级高（72分）',
      '（今日应办）',
      '承诺未兑现',
      '爽约 1 次',
      '平均逾期付款天数',
      '付款流程受阻型',
      '跟进记录',
      '首要联系人',
      '信用等级',
      '数据库版本',
      '超过365天',
      '尚余',
      '催收流程已走完，建议申请支付令或起诉',
    ]) {
      expect(all, term).toContain(term);
    }
  });
});

describe('commander in Chinese', () => {
  it('usage, placeholders and the --map example in help', async () => {
    const top = (await runAr(['--help', '--lang', 'zh'])).stdout;
    expect(top.split('\n')[0]).toBe('用法：ar [选项] [命令]');
    expect(top).toMatch(/--as-of <日期> +基准日期/);
    const imp = (await runAr(['import', '--help', '--lang', 'zh'])).stdout;
    expect(imp.split('\n')[0]).toBe('用法：ar import [选项] <文件...>');
    expect(imp).toContain('--map <字段=列名>');
    expect(imp).toContain('--map number="单据编号"');
    // Wrapped lines joined back: Chinese breaks between characters, without a space.
    expect((await runAr(['aging', '--help', '--lang', 'zh'])).stdout.replace(/\n\s+/g, '')).toContain(
      '（可选值：客户/customer、催收员/collector、类型/type、信用等级/grade）',
    );
  });

  it('defaults and choices: （默认：…）（可选值：…） in Chinese, commander’s words in English', () => {
    const help = (lang: 'en' | 'zh') => {
      const cmd = new Command('x').configureHelp(helpConfig(lang, 80));
      cmd.addOption(new Option('--basis <basis>', lang === 'zh' ? '起算日' : 'from').choices(['due', 'invoice']).default('due'));
      return cmd.helpInformation();
    };
    expect(help('zh')).toContain('起算日（可选值：到期日/due、开票日/invoice；默认："due"）');
    expect(help('en')).toContain('from (choices: due, invoice, default: "due")');
  });

  it('a missing argument is named in the catalogue language: 缺少要导入的文件', async () => {
    const r = await runAr(['import', '--lang', 'zh']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('ar: 错误: 缺少要导入的文件');
    expect((await runAr(['account', '--lang', 'zh'])).stderr.split('\n')[0]).toBe('ar: 错误: 缺少客户编码或名称');
    expect((await runAr(['import'])).stderr.split('\n')[0]).toBe("ar: error: missing required argument 'files'");
  });

  it('enumerated values in Chinese: --by 客户 is --by customer; --lang 中文 is --lang zh', async () => {
    const same = async (a: string[], b: string[]) =>
      expect((await runAr([...a, '--json'], { db })).stdout).toBe((await runAr([...b, '--json'], { db })).stdout);
    await same(['aging', '--by', '客户'], ['aging', '--by', 'customer']);
    await same(['aging', '--by', '信用等级'], ['aging', '--by', 'grade']);
    await same(['aging', '--by', '等级', '--basis', '开票日'], ['aging', '--by', 'grade', '--basis', 'invoice']);
    expect((await runAr(['status', '--lang', '中文'], { db })).stdout).toContain('数据库版本');
    const bad = await runAr(['aging', '--by', '部门', '--lang', 'zh'], { db });
    expect(bad.code).toBe(2);
    expect(bad.stderr.split('\n')[0]).toBe(
      "ar: 错误: 选项 '--by <分组>' 的取值 '部门' 无效，可选值：客户/customer、催收员/collector、类型/type、信用等级/grade",
    );
  });
});

describe('settings by their Chinese names', () => {
  it('config list names each key in Chinese; English keeps the keys alone', async () => {
    const zh = (await runAr(['config', 'list', '--lang', 'zh'], { db })).stdout.split('\n');
    expect(zh[0]).toMatch(/^设置项\s+含义\s+取值\s+来源$/);
    expect(zh.find((l) => l.startsWith('default_currency'))).toMatch(/^default_currency\s+默认币种\s+CNY\s+账本$/);
    expect(zh.find((l) => l.startsWith('weights.amount'))).toMatch(/权重：逾期金额/);
    expect(zh.find((l) => l.startsWith('priority.type_risk.process'))).toMatch(/付款流程受阻型风险系数/);
    expect((await runAr(['config', 'list'], { db })).stdout.split('\n')[0]).toMatch(/^Key\s+Value\s+Source$/i);
  });
});

/** A real inquirer prompt on in-memory streams: the keys typed, the answer, and the screen without escape codes. */
async function drive<T>(prompt: (io: { input: PassThrough; output: Writable }) => Promise<T>, keys: string): Promise<{ value: T; text: string }> {
  const input = new PassThrough();
  let out = '';
  const output = new Writable({
    write(c, _e, cb) {
      out += String(c);
      cb();
    },
  });
  const answer = prompt({ input, output });
  setTimeout(() => input.write(keys), 20);
  const value = await answer;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the prompt draws with escape codes; they are what is removed.
  return { value, text: out.replace(/\u001b\[[0-9;?]*[a-zA-Z]/g, '') };
}

describe('a question’s key hints', () => {
  it('under a list to choose from: ↑↓ 选择 · 回车确认 (inquirer’s own theme hook)', async () => {
    const { select } = await import('@inquirer/prompts');
    const { value, text } = await drive(
      (io) =>
        select(
          {
            message: '选哪一个？',
            choices: [
              { name: 'C0002', value: 2 },
              { name: 'C0005', value: 5 },
            ],
            theme: promptTheme('zh'),
          },
          io,
        ),
      '\r',
    );
    expect(value).toBe(2);
    expect(text).toContain('↑↓ 选择 · 回车确认');
    expect(text).not.toContain('navigate');
  });
});

describe('a yes/no question in Chinese', () => {
  it('offers 是/否, answers 是, and still takes y', async () => {
    const { confirm } = await import('@inquirer/prompts');
    const ask = (keys: string) => drive((io) => confirm({ message: '确认导入？', default: false, theme: promptTheme('zh') } as never, io), keys);
    const yes = await ask('是\r');
    expect(yes.value).toBe(true);
    expect(yes.text).toContain('(是/否)');
    expect(yes.text).toContain('确认导入？ 是');
    expect(yes.text).not.toMatch(/Yes|y\/N/);
    expect((await ask('y\r')).value).toBe(true);
    expect((await ask('\r')).value).toBe(false);
  });
});

describe('finding a customer as it is typed', () => {
  it('ar account 深圳恒达 finds 深圳市恒达电子科技有限公司; ar account Tan offers nobody', async () => {
    const r = await runAr(['account', '深圳恒达', '--lang', 'zh'], { db });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toContain('深圳市恒达电子科技有限公司（C0002）');
    const tan = await runAr(['account', 'Tan'], { db });
    expect(tan.code).toBe(1);
    expect(tan.stderr).not.toContain('Brandt');
    expect(tan.stderr).toContain('no customer matches "Tan"');
  });
});
