// The interactive `ar init`, driven in-process with injected prompt functions.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import type { Prompts } from '../../src/cli/prompts.js';
import { CancelledError } from '../../src/errors.js';
import { tempDir } from '../cli/run-ar.js';
import { scripted } from '../helpers/prompts.js';

function sink() {
  let text = '';
  return {
    write: (s: string) => void (text += s),
    isTTY: true,
    columns: 100,
    get text() {
      return text;
    },
  };
}

describe('ar init on a terminal', () => {
  it('asks for the letterhead, currency and language, and stores the answers', async () => {
    const db = path.join(tempDir(), 'l.db');
    const asked: string[] = [];
    const prompts = scripted(
      {
        'company name (English)': 'Huaxin Industrial Supply Co., Ltd.',
        'company name (Chinese)': '华信工业品有限公司',
        'company address (English)': '88 Keyuan Rd, Shenzhen',
        'company address (Chinese)': '深圳市南山区科苑路88号',
        'company phone': '0755-8888-0000',
        'company email': 'ar@huaxin.example',
        'bank name': '招商银行深圳分行',
        'bank account name': '华信工业品有限公司',
        'bank account number': '7559 0000 0000 001',
        'default currency': 'cny',
        'limitation period': 'CN',
        language: 'zh',
      },
      asked,
    );
    const out = sink();
    const err = sink();
    const code = await run(['node', 'ar', 'init', '--phone', '0755-1', '--db', db], {
      env: { AR_TODAY: '2026-11-30', AR_LANG: 'en' },
      stdout: out,
      stderr: err,
      stdinIsTTY: true,
      prompts,
    });
    expect(code).toBe(0);
    expect(asked).not.toContain('company phone'); // given as a flag, so not asked
    expect(asked).toHaveLength(11);
    const get = sink();
    await run(['node', 'ar', 'config', 'get', 'letterhead', '--json', '--db', db], { env: {}, stdout: get, stderr: sink(), stdinIsTTY: false });
    expect(JSON.parse(get.text)).toMatchObject({ name_zh: '华信工业品有限公司', phone: '0755-1', bank_account_no: '7559 0000 0000 001' });
    const law = sink();
    await run(['node', 'ar', 'config', 'get', 'limitation.jurisdiction', '--db', db], { env: {}, stdout: law, stderr: sink(), stdinIsTTY: false });
    expect(law.text).toBe('CN\n');
  });

  it('Ctrl-C at a question exits 3 and writes nothing', async () => {
    const db = path.join(tempDir(), 'l.db');
    const prompts: Prompts = {
      input: async () => {
        throw new CancelledError();
      },
      select: async () => {
        throw new CancelledError();
      },
      confirm: async () => false,
    };
    const err = sink();
    const code = await run(['node', 'ar', 'init', '--db', db], { env: {}, stdout: sink(), stderr: err, stdinIsTTY: true, prompts });
    expect(code).toBe(3);
    expect(err.text).toBe('ar: error: cancelled\n');
  });
});
