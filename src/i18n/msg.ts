// A message as data: a catalogue key and its parameters, rendered later in the user's language.
// This module holds no text (it names en.ts only as a type), so core and errors may use it.
import type { Placeholders } from './check.js';
import type { en } from './en.js';

type Catalogue = typeof en;

/** Dotted paths to every message: 'queue.title', 'import.err.badDate', … */
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
export type MessageKey = Leaves<Catalogue>;

type At<T, K extends string> = K extends `${infer H}.${infer R}` ? (H extends keyof T ? At<T[H], R> : never) : K extends keyof T ? T[K] : never;

/**
 * A parameter: text or a number as it is, a message rendered in the same language (core composes
 * messages without knowing the language), or a list written with the language's separator.
 */
export type Value = string | number | Msg | readonly (string | number)[];
export type ParamsOf<K extends MessageKey> = { [P in Placeholders<At<Catalogue, K>>]: Value };
/** Parameters are required exactly when the English text has placeholders. */
export type ArgsOf<K extends MessageKey> = [Placeholders<At<Catalogue, K>>] extends [never] ? [] : [ParamsOf<K>];

/** A message not yet rendered: what errors, warnings and reports carry (codes, never text). */
export interface Msg<K extends MessageKey = MessageKey> {
  key: K;
  params?: Record<string, Value>;
}

export function msg<K extends MessageKey>(key: K, ...args: ArgsOf<K>): Msg<K> {
  return args[0] ? { key, params: args[0] as Record<string, Value> } : { key };
}
