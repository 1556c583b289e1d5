/**
 * What a ChartFrame needs to know about embedding, from the page around it (Svelte context):
 * on a dashboard, where a chart's embed lives (its "Insluiten" action); on /embed, the one
 * chart the page shows (the lens's other charts stay hidden).
 */
import { getContext, setContext } from 'svelte';
import { browser } from '$app/environment';
import { addressSearch } from '../state/address.svelte';
import { embedPath } from './embeds';

const HREF = Symbol('embed-href');
const ONLY = Symbol('embed-only');

/** The embed address of a chart id (path and query), or null where the chart has none. */
export type EmbedHref = (id: string) => string | null;

export const getEmbedHref = () => getContext<EmbedHref | undefined>(HREF);
/** The charts of this page embed with its `subject` (region id, municipality code, deal id; '' for none) and the query in the address. */
export const setEmbedSubject = (subject: () => string) => setContext<EmbedHref>(HREF, (id) => embedPath(id, subject(), browser ? addressSearch() : ''));
export const setEmbedOnly = (id: string) => setContext(ONLY, id);
export const getEmbedOnly = () => getContext<string | undefined>(ONLY);
