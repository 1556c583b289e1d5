/**
 * A table's data dictionary as pages show it (/methode, /data): plain data computed from the zod
 * schema at build, so zod stays out of the pages' JS.
 */
import { columns, type ColumnInfo, type TableDef } from './table';

/** The expected type in English (`columns()` gives it in Dutch, as the importers' messages use it). */
function expectedEn(c: ColumnInfo): string {
	if (c.values) return `one of: ${c.values.join(', ')}`;
	switch (c.duckdbType) {
		case 'DATE':
			return 'date YYYY-MM-DD';
		case 'BIGINT':
			return 'whole number';
		case 'DOUBLE':
			return 'number';
		case 'BOOLEAN':
			return 'true/false';
		default:
			return 'text';
	}
}

export function dictionary(t: TableDef) {
	return {
		name: t.name,
		title: t.title,
		description: t.description,
		primaryKey: t.primaryKey,
		columns: columns(t).map((c) => ({ ...c, expected: { nl: c.expected, en: expectedEn(c) } }))
	};
}

export type Dictionary = ReturnType<typeof dictionary>;
