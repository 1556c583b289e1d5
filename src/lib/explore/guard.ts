/**
 * The explorer's read-only guard. A query typed on /verkennen runs against the same database as
 * the dashboards, so it must not be able to change or drop their tables, nor change the
 * database's settings. Three locks:
 *
 * 1. One statement: DuckDB's own parser splits the text (`prepare` refuses more than one, also
 *    `SELECT 1; DROP TABLE x`, and knows a `;` inside a string or `$$…$$` is none).
 * 2. Its first keyword, after comments and opening brackets, must start a read: SELECT, WITH,
 *    FROM, VALUES, TABLE, DESCRIBE, SHOW or SUMMARIZE. With one statement that keyword decides
 *    its kind, except that WITH may also open an INSERT, UPDATE or DELETE — which lock 3 stops.
 *    (DuckDB-WASM has no json extension offline, so `json_serialize_sql` cannot name the kind.)
 * 3. It runs inside `BEGIN TRANSACTION READ ONLY` on the explorer's own connection, rolled back
 *    afterwards (explorer.ts): DuckDB itself refuses any write there.
 */
import type { Text } from '../i18n/text';

export type GuardResult =
	| { ok: true }
	| {
			ok: false;
			/** Our own message in both languages, or DuckDB's (English) text. */
			message: Text | string;
			/** 0-based character offset in the query where DuckDB found the problem, if it says. */
			position?: number;
	  };

export const guardText = {
	empty: { nl: 'Typ eerst een query.', en: 'Type a query first.' },
	notRead: {
		nl: 'Hier kunt u alleen lezen: SELECT, WITH, FROM, VALUES, DESCRIBE, SHOW of SUMMARIZE. Tabellen maken, wijzigen of weggooien (CREATE, DROP, DELETE, INSERT, ATTACH, SET …) kan niet; zo blijven de cijfers op de andere pagina’s kloppen.',
		en: 'You can only read here: SELECT, WITH, FROM, VALUES, DESCRIBE, SHOW or SUMMARIZE. Creating, changing or dropping tables (CREATE, DROP, DELETE, INSERT, ATTACH, SET …) is not possible, so the figures on the other pages stay right.'
	},
	oneAtATime: {
		nl: 'Hier kunt u alleen lezen, één query tegelijk: haal de puntkomma tussen de queries weg, of voer ze een voor een uit.',
		en: 'You can only read here, one query at a time: remove the semicolon between the queries, or run them one by one.'
	}
} satisfies Record<string, Text>;

const READS = new Set(['select', 'with', 'from', 'values', 'table', 'describe', 'show', 'summarize']);

/** The first keyword of a statement, lower case, after whitespace, comments and `(`; '' if none. */
export function firstKeyword(sql: string): string {
	let i = 0;
	for (;;) {
		while (i < sql.length && (/\s/.test(sql[i]!) || sql[i] === '(')) i++;
		if (sql.startsWith('--', i)) {
			const end = sql.indexOf('\n', i);
			i = end < 0 ? sql.length : end + 1;
		} else if (sql.startsWith('/*', i)) {
			const end = sql.indexOf('*/', i + 2);
			i = end < 0 ? sql.length : end + 2;
		} else break;
	}
	return /^[a-z_]+/i.exec(sql.slice(i))?.[0]?.toLowerCase() ?? '';
}

/** What the guard needs of a database: prepare one statement, or throw DuckDB's error. */
export interface Preparer {
	prepare(sql: string): Promise<void>;
}

/** Whether `sql` may run in the explorer (locks 1 and 2 above). */
export async function guardSql(db: Preparer, sql: string): Promise<GuardResult> {
	const keyword = firstKeyword(sql);
	if (keyword === '') return { ok: false, message: guardText.empty };
	if (!READS.has(keyword)) return { ok: false, message: guardText.notRead };
	try {
		await db.prepare(sql);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		if (/multiple statements/i.test(message)) return { ok: false, message: guardText.oneAtATime };
		// A typo or an unknown name: DuckDB's message, and where it points.
		const position = errorPosition(message, sql);
		return { ok: false, message, ...(position === undefined ? {} : { position }) };
	}
	return { ok: true };
}

/** The character offset DuckDB points at in an error text ("LINE 1: …" with a caret below), if any. */
export function errorPosition(message: string, sql: string): number | undefined {
	const m = /LINE (\d+): (.*)\n( *)\^/.exec(message);
	if (!m) return undefined;
	const line = Number(m[1]);
	const shown = m[2]!;
	const caret = m[3]!.length - `LINE ${m[1]}: `.length;
	const lines = sql.split('\n');
	const text = lines[line - 1];
	if (text === undefined) return undefined;
	// DuckDB may shorten a long line with "..." at its start: find the shown part in the real line.
	const start = shown.startsWith('...') ? text.indexOf(shown.slice(3, 23)) - 3 : 0;
	const offset = lines.slice(0, line - 1).reduce((s, l) => s + l.length + 1, 0);
	return offset + Math.max(0, Math.min(text.length, start + caret));
}
