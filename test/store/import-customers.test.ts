// The customer and contact store functions other commands rely on: findCustomer, listCustomers,
// listContacts, after a real import.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ledger } from '../../src/store/sqlite/ledger.js';
import { findCustomer, listCustomers } from '../../src/store/sqlite/customers.js';
import { listContacts } from '../../src/store/sqlite/contacts.js';
import { ar, DEMO, newDb } from '../import/helpers.js';

describe('customers and contacts store', () => {
  it('finds a customer by code, by name in any spelling, or offers candidates', async () => {
    const db = newDb();
    for (const kind of ['customers', 'contacts']) expect((await ar(['import', path.join(DEMO, `${kind}.csv`)], { db })).code).toBe(0);
    const ledger = await Ledger.open(db);
    try {
      const all = await listCustomers(ledger);
      expect(all).toHaveLength(30);
      expect(all[0]).toMatchObject({
        code: 'C0001',
        name: '华东精密机械有限公司',
        type: 'delayer',
        grade: 'C',
        strategic: false,
        termsDays: 30,
        creditLimitMinor: 30000000,
      });
      expect((await findCustomer(ledger, 'C0002')).customer?.name).toBe('深圳市恒达电子科技有限公司');
      expect((await findCustomer(ledger, 'c0002')).customer?.code).toBe('C0002');
      const acme = all.find((c) => c.name === 'Acme Corp')!;
      expect((await findCustomer(ledger, 'ACME CORPORATION')).customer?.id).toBe(acme.id);
      expect((await findCustomer(ledger, '华东精密机械')).customer?.code).toBe('C0001');
      const partial = await findCustomer(ledger, '有限');
      expect(partial.customer).toBeNull();
      expect(partial.candidates.length).toBeGreaterThan(1);
      expect(await findCustomer(ledger, 'no such company')).toEqual({ customer: null, candidates: [] });
      // As a Chinese collector types it: characters in order, 市/有限公司 left out.
      expect((await findCustomer(ledger, '深圳恒达')).customer?.name).toBe('深圳市恒达电子科技有限公司');
      expect((await findCustomer(ledger, '广州粤安')).customer?.code).toBe('C0006');
      // Word starts: "Tan" is no part of "Pacific Rim Trading" nor any other name; "Mull" is Müller.
      expect(await findCustomer(ledger, 'Tan')).toEqual({ customer: null, candidates: [] });
      expect((await findCustomer(ledger, 'Mull')).customer?.name).toBe('Müller Maschinenbau GmbH');
      expect((await findCustomer(ledger, 'pacific trading')).customer?.code).toBe('C0025');
      const contacts = await listContacts(ledger, all[0].id);
      expect(contacts.map((c) => c.name)).toEqual(['高芳', '林娟', '杨志强']);
      expect(contacts[0]).toMatchObject({ role: 'finance-manager', isPrimary: true, isDecisionMaker: true, mobile: '152-0016-8458' });
    } finally {
      await ledger.close();
    }
  });
});
