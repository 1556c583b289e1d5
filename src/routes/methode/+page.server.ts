import { tables, columns } from '$lib/schema/index';
import type { ColumnInfo } from '$lib/schema/table';
import { allMetrics } from '$lib/metrics/index';
import { flagDefinitions, flagIds } from '$lib/metrics/flags';
import { thresholds } from '$lib/metrics/thresholds';

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

/** The data dictionary, computed from the zod schemas at build so zod stays out of the page's JS. */
export function load() {
	return {
		tables: tables.map((t) => ({
			name: t.name,
			title: t.title,
			description: t.description,
			primaryKey: t.primaryKey,
			columns: columns(t).map((c) => ({ ...c, expected: { nl: c.expected, en: expectedEn(c) } }))
		})),
		metrics: allMetrics.map((m) => ({ id: m.id, title: m.title, definition: m.definition })),
		flags: flagIds.map((id) => ({ id, ...flagDefinitions[id] })),
		thresholds
	};
}
