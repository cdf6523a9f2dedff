// Core names its messages by catalogue key and parameters and holds no text. The types come from
// src/i18n type-only; the builder is core's own copy of i18n's msg(), because core may import no code
// from outside core and i18n re-exporting this one would make a cycle (type-only cycles count too).
import type { ArgsOf, MessageKey, Msg, Value } from '../i18n/index.js';

/** A message not yet rendered: `msg('aging.bound.none')`, `msg('config.badValue', { key, type, value })`. */
export function msg<K extends MessageKey>(key: K, ...args: ArgsOf<K>): Msg<K> {
  return args[0] ? { key, params: args[0] as Record<string, Value> } : { key };
}
