// Every import kind, by name. Looked up on use (not at load time): the plan's header matching and
// the kinds' loaders import each other's helpers.
import type { ImportKind } from '../types.js';
import type { KindSpec } from './kind.js';
import { contacts } from './contacts.js';
import { customers } from './customers.js';
import { invoices } from './invoices.js';
import { payments } from './payments.js';

export function kindSpec(kind: ImportKind): KindSpec {
  switch (kind) {
    case 'invoices':
      return invoices;
    case 'payments':
      return payments;
    case 'customers':
      return customers;
    case 'contacts':
      return contacts;
  }
}

/** Canonical fields of a kind, in display order. */
export function kindFields(kind: ImportKind) {
  return Object.keys(kindSpec(kind).headers) as (keyof KindSpec['headers'])[];
}
