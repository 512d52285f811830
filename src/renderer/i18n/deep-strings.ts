/** The shape of a string catalog: the same keys, any strings (so a translation can be checked against English). */
export type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
