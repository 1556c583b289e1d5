/** SQL text helpers shared by the browser and Node databases. Values never go through these: they are bound. */

/** A table, schema or column name as a quoted identifier. */
export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
