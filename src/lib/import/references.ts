/**
 * Cross-table checks after each table has been validated on its own: every foreign key
 * (a table's `references`) must point at a row that exists.
 *
 * A reference to table X is only checked when X is a key of the input (the user supplied
 * that table, even if it came out empty); otherwise the target lives elsewhere, e.g. in the
 * published data set, and cannot be checked here. Empty values (null, '') are never dangling.
 *
 * Source lines: rows produced by validateRecords remember their file and line (originOf),
 * so issues name the line in the user's file. Rows from anywhere else fall back to the table
 * name as file and the 1-based position in the array as row.
 */
import { tableByName, tables as schemaTables } from '../schema/index';
import { originOf, type ValidationIssue } from './validate';

export type TableRows = Record<string, Record<string, unknown>[]>;

interface Dangling {
	table: string;
	index: number;
	issue: ValidationIssue;
}

function findDangling(tables: TableRows, dropped: ReadonlySet<string> = new Set()): Dangling[] {
	// Set of present key values per referenced 'table.field', built on first use.
	const keys = new Map<string, Set<unknown>>();
	const keysOf = (target: string, table: string, field: string) => {
		let set = keys.get(target);
		if (!set) keys.set(target, (set = new Set((tables[table] ?? []).map((r) => r[field]))));
		return set;
	};
	const found: Dangling[] = [];
	for (const name of loadOrder(Object.keys(tables))) {
		const rows = tables[name]!;
		const refs = Object.entries(tableByName(name)?.references ?? {});
		rows.forEach((row, index) => {
			for (const [field, target] of refs) {
				const [targetTable, targetField] = target.split('.') as [string, string];
				const value = row[field];
				if (value === null || value === undefined || value === '' || !(targetTable in tables)) continue;
				if (keysOf(target, targetTable, targetField).has(value)) continue;
				const origin = originOf(row);
				found.push({
					table: name,
					index,
					issue: danglingIssue(origin?.file ?? name, origin?.row ?? index + 1, field, String(value), target, dropped.has(targetTable))
				});
			}
		});
	}
	return found;
}

/**
 * The message for a value that points nowhere; `gone` when rows of the target table were
 * rejected in this import. Shared with the SQL check on staged tables (db/apply-import.ts).
 */
export function danglingIssue(file: string, row: number, field: string, value: string, target: string, gone: boolean): ValidationIssue {
	const targetTable = target.split('.')[0]!;
	return {
		file,
		row,
		field,
		value,
		nl: `Verwijst naar ${target} '${value}', maar die staat niet in ${targetTable}${gone ? ' (of is daar afgekeurd)' : ''}.`,
		en: `Refers to ${target} '${value}', which is not in ${targetTable}${gone ? ' (or was rejected there)' : ''}.`
	};
}

/** Table names in the canonical load order (so issues come out in a stable order), unknown names last. */
export function loadOrder(names: string[]): string[] {
	const rank = (n: string) => {
		const i = schemaTables.findIndex((t) => t.name === n);
		return i < 0 ? schemaTables.length : i;
	};
	return [...names].sort((a, b) => rank(a) - rank(b));
}

/** One issue per dangling foreign key value; rows are not changed. */
export function checkReferences(tables: TableRows): ValidationIssue[] {
	return findDangling(tables).map((d) => d.issue);
}

/**
 * Drop rows with dangling references, repeating until nothing changes: dropping a lot also
 * drops the contracts that point at it. Returns the kept rows (same objects, so originOf
 * still works), one issue per dangling value and the number of rows dropped per table.
 */
export function dropDanglingReferences<T extends TableRows>(tables: T): { tables: T; issues: ValidationIssue[]; rejected: Record<string, number> } {
	let current: TableRows = { ...tables };
	const issues: ValidationIssue[] = [];
	const rejected: Record<string, number> = {};
	const dropped = new Set<string>();
	for (;;) {
		const found = findDangling(current, dropped);
		if (found.length === 0) break;
		issues.push(...found.map((d) => d.issue));
		const bad = new Map<string, Set<number>>();
		for (const d of found) {
			if (!bad.has(d.table)) bad.set(d.table, new Set());
			bad.get(d.table)!.add(d.index);
		}
		const next: TableRows = { ...current };
		for (const [table, indexes] of bad) {
			next[table] = current[table]!.filter((_, i) => !indexes.has(i));
			rejected[table] = (rejected[table] ?? 0) + indexes.size;
			dropped.add(table);
		}
		current = next;
	}
	return { tables: current as T, issues, rejected };
}
