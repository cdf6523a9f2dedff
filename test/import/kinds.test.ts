// One descriptor per import kind (src/import/kinds/<kind>.ts): its fields, their EN/ZH header words,
// the fields it needs, and how rows are told apart all agree, and every field has a label a user
// can read in both languages (the mapper and the "cannot tell which column holds" error show them).
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { kindFields, kindSpec } from '../../src/import/kinds/index.js';
import { fieldForHeader, fieldFromName, matchHeaders } from '../../src/import/plan/match.js';
import { fieldLabel, kindLabel } from '../../src/import/text.js';
import { IMPORT_KINDS } from '../../src/import/types.js';

describe('import kinds', () => {
  it('each kind names only fields it has, and each field has EN and ZH labels', () => {
    expect(IMPORT_KINDS.length).toBe(4);
    for (const kind of IMPORT_KINDS) {
      const spec = kindSpec(kind);
      const fields = kindFields(kind);
      expect(spec.kind).toBe(kind);
      expect(fields.length).toBeGreaterThan(0);
      const named = [...spec.required.flat(), ...spec.keyFields, ...spec.amountFields, ...spec.dateFields];
      for (const f of named) expect(fields, `${kind}: ${f}`).toContain(f);
      for (const f of fields) {
        expect(Object.keys(en.import.field), `${kind}.${f}`).toContain(f);
        expect(fieldLabel('zh', f), `${kind}.${f}`).toMatch(/\p{Script=Han}/u);
      }
      expect(kindLabel('zh', kind)).toMatch(/\p{Script=Han}/u);
    }
  });

  it('Chinese export headers map to the fields of their kind', () => {
    expect(matchHeaders('invoices', ['单据编号', '客户名称', '业务日期', '到期日', '价税合计', '未核销金额'], []).map).toEqual({
      number: 0,
      customerName: 1,
      issueDate: 2,
      dueDate: 3,
      total: 4,
      open: 5,
    });
    expect(fieldForHeader('payments', '到账金额')).toBe('amount');
    expect(fieldForHeader('customers', '统一社会信用代码')).toBe('taxId');
    expect(fieldForHeader('contacts', '手机号')).toBe('mobile');
  });

  it('--map accepts the kind’s own words for a field', () => {
    expect(fieldFromName('payments', 'invoice_number')).toBe('invoice');
    expect(fieldFromName('invoices', 'invoice_number')).toBe('number');
    expect(fieldFromName('customers', 'terms')).toBe('termsDays');
    expect(fieldFromName('contacts', 'amount')).toBeUndefined();
  });
});
