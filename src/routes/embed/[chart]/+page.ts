import { error } from '@sveltejs/kit';
import { embedCharts } from '$lib/lenses/embeds';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => embedCharts.map((chart) => ({ chart }));

/** One page per embeddable chart; the region and its filters come from the query, read in the browser. */
export function load({ params }) {
	if (!embedCharts.includes(params.chart)) error(404, 'Onbekende grafiek');
	return { chart: params.chart };
}
