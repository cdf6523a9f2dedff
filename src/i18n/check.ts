// Compile-time checks that keep zh.ts in step with en.ts. Types only.
/** `{name}` placeholders of a message, as a union of names. */
export type Placeholders<S> = S extends `${string}{${infer P}}${infer R}` ? P | Placeholders<R> : never;

/** The shape of a catalogue: the same keys as English, any text. */
export type CatalogueOf<T> = { readonly [K in keyof T]: T[K] extends string ? string : CatalogueOf<T[K]> };

/** Dotted keys whose placeholders differ between the two catalogues (never when all agree). */
export type PlaceholderMismatch<E, Z, P extends string = ''> = {
  [K in keyof E & keyof Z & string]: E[K] extends string
    ? Z[K] extends string
      ? [Placeholders<E[K]>] extends [Placeholders<Z[K]>]
        ? [Placeholders<Z[K]>] extends [Placeholders<E[K]>]
          ? never
          : `${P}${K}`
        : `${P}${K}`
      : `${P}${K}`
    : PlaceholderMismatch<E[K], Z[K], `${P}${K}.`>;
}[keyof E & keyof Z & string];

/** Dotted keys present in the second catalogue but not in the first (never when none). */
export type ExtraKeys<E, Z, P extends string = ''> = {
  [K in keyof Z & string]: K extends keyof E ? (Z[K] extends string ? never : ExtraKeys<E[K], Z[K], `${P}${K}.`>) : `${P}${K}`;
}[keyof Z & string];
