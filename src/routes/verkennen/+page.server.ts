import { tables } from '$lib/schema/index';
import { financeTables } from '$lib/schema/finance';
import { dictionary } from '$lib/schema/dictionary';

/**
 * The schema browser's descriptions, from the zod schemas at build (the same dictionary /methode
 * shows); row counts and what is loaded come from the database in the browser.
 */
export function load() {
	return {
		tables: [...tables, ...financeTables].map((t) => {
			const d = dictionary(t);
			return { name: d.name, title: d.title, description: d.description, columns: d.columns.map((c) => ({ name: c.name, doc: c.doc })) };
		}),
		// Computed by Regiozicht from the fund's circulaires (catalogue: gemeentefonds-berekend), not published as such.
		derived: ['fundAllocations']
	};
}
