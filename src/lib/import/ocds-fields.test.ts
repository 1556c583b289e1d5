import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OCDS_1_1_5_FIELDS, unknownFields, type FieldSpec, type Fields } from '$lib/import/ocds-fields';

interface JsonSchema {
	$ref?: string;
	type?: string | string[];
	properties?: Record<string, JsonSchema>;
	patternProperties?: Record<string, JsonSchema>;
	items?: JsonSchema;
	definitions?: Record<string, JsonSchema>;
}

/** The same derivation the table in ocds-fields.ts was made with (see its header comment). */
function derive(schema: JsonSchema): Record<string, Fields> {
	const fields = (def: JsonSchema): Fields => {
		const texts = new Set(Object.keys(def.patternProperties ?? {}).map((p) => /^\^\((\w+)_/.exec(p)![1]));
		return Object.fromEntries(Object.entries(def.properties ?? {}).map(([k, p]) => [k, spec(p, texts.has(k))]));
	};
	const spec = (p: JsonSchema, text: boolean): FieldSpec => {
		const ref = p.$ref ?? p.items?.$ref;
		if (ref) return ref.replace('#/definitions/', '');
		if (p.properties) return fields(p);
		if (p.items?.properties) return fields(p.items);
		if ([p.type ?? []].flat().filter((t) => t !== 'null').join() === 'object') return {};
		return text ? 1 : 0;
	};
	const out: Record<string, Fields> = { Release: fields(schema) };
	for (const [name, def] of Object.entries(schema.definitions ?? {})) out[name] = fields(def);
	return out;
}

describe('OCDS known fields', () => {
	it('match release-schema-1.1.5.json exactly', () => {
		const schema = JSON.parse(readFileSync('data/ocds/release-schema-1.1.5.json', 'utf8')) as JsonSchema;
		expect(OCDS_1_1_5_FIELDS).toEqual(derive(schema));
	});

	it('report unknown fields with their JSON path and value, and accept language variants and lots', () => {
		const release = {
			ocid: 'ocds-x-1',
			tender: {
				title: 'Jeugdhulp',
				title_en: 'Youth care',
				procurementMethodDetails_en: 'Open house',
				lots: [{ id: '1', title: 'Ambulant', kleur: 'blauw' }],
				items: [{ id: 'i', relatedLot: '1', classification: { scheme: 'iJw', id: '45', extra: 1 } }]
			},
			parties: [{ id: 'p', name: 'P', name_hy: 'Պ', details: { scale: 'sme' } }],
			bids: { statistics: [] },
			'x-y': true
		};
		expect(unknownFields(release, 'releases[0]')).toEqual([
			{ path: 'releases[0].tender.procurementMethodDetails_en', value: 'Open house' },
			{ path: 'releases[0].tender.lots[0].kleur', value: 'blauw' },
			{ path: 'releases[0].tender.items[0].classification.extra', value: 1 },
			{ path: 'releases[0].parties[0].details.scale', value: 'sme' },
			{ path: 'releases[0].bids', value: { statistics: [] } },
			{ path: 'releases[0]["x-y"]', value: true }
		]);
	});
});
