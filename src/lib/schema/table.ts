/**
 * A canonical table: one zod object schema (the single definition of its fields, with
 * descriptions in Dutch and English) plus what the data build and /methode need to know.
 * DuckDB column types are derived from the zod types, so they are never written twice.
 */
import { z } from 'zod';

// No code generation: the site's Content-Security-Policy forbids eval, and zod would
// otherwise probe for it (a CSP violation) before falling back to the same checks.
z.config({ jitless: true });

export interface FieldDoc {
	nl: string;
	en: string;
}

/** Attach the bilingual description that /methode shows for a field. */
export function doc<T extends z.ZodType>(schema: T, nl: string, en: string): T {
	return schema.meta({ description: nl, en }) as T;
}

export interface TableDef<S extends z.ZodObject = z.ZodObject> {
	/** Table name in DuckDB and file name in static/data. */
	name: string;
	title: FieldDoc;
	description: FieldDoc;
	/** Fields that together identify a row. */
	primaryKey: string[];
	/** field -> referenced table.field, checked by the importers. */
	references?: Record<string, `${string}.${string}`>;
	schema: S;
}

export function defineTable<S extends z.ZodObject>(def: TableDef<S>): TableDef<S> {
	return def;
}

type AnyDef = { type: string; innerType?: z.ZodType; format?: string | null };

function unwrap(field: z.ZodType): { inner: z.ZodType; nullable: boolean } {
	let inner = field;
	let nullable = false;
	for (;;) {
		const def = inner.def as unknown as AnyDef;
		if ((def.type === 'nullable' || def.type === 'optional' || def.type === 'default') && def.innerType) {
			nullable ||= def.type !== 'default';
			inner = def.innerType;
		} else return { inner, nullable };
	}
}

/** DuckDB type of a zod field: ints -> INTEGER/BIGINT, ISO dates -> DATE, enums -> VARCHAR. */
export function duckdbType(field: z.ZodType): string {
	const { inner } = unwrap(field);
	const def = inner.def as unknown as AnyDef;
	const format = (inner as unknown as { format?: string | null }).format;
	switch (def.type) {
		case 'number':
			if (format === 'safeint' || format === 'int32') return 'BIGINT';
			return 'DOUBLE';
		case 'boolean':
			return 'BOOLEAN';
		case 'string':
			return format === 'date' ? 'DATE' : 'VARCHAR';
		case 'enum':
		case 'literal':
			return 'VARCHAR';
		default:
			throw new Error(`No DuckDB type for zod type ${def.type}`);
	}
}

export interface ColumnInfo {
	name: string;
	duckdbType: string;
	nullable: boolean;
	/** Allowed values for enums. */
	values?: string[];
	doc: FieldDoc;
	/** Human-readable expected type, used in validation messages and templates. */
	expected: string;
}

export function columns(table: TableDef): ColumnInfo[] {
	return Object.entries(table.schema.shape).map(([name, field]) => {
		const f = field as z.ZodType;
		const { inner, nullable } = unwrap(f);
		const meta = (f.meta() ?? inner.meta() ?? {}) as { description?: string; en?: string };
		const type = duckdbType(f);
		const values = (inner as unknown as { options?: unknown[] }).options?.map(String);
		const expected = values
			? `een van: ${values.join(', ')}`
			: type === 'DATE'
				? 'datum JJJJ-MM-DD'
				: type === 'BIGINT'
					? 'geheel getal'
					: type === 'DOUBLE'
						? 'getal'
						: type === 'BOOLEAN'
							? 'true/false'
							: 'tekst';
		return {
			name,
			duckdbType: type,
			nullable,
			values,
			doc: { nl: meta.description ?? '', en: meta.en ?? meta.description ?? '' },
			expected
		};
	});
}
