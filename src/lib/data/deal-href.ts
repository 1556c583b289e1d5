import { base } from '$app/paths';

/**
 * The page of a deal: the site's own deals are prerendered (/inkoop/<id>); a deal from the
 * user's files exists only in this tab, so its page is computed in the browser (/inkoop/eigen).
 */
export const dealHref = (id: string, own: boolean): string => (own ? `${base}/inkoop/eigen?id=${encodeURIComponent(id)}` : `${base}/inkoop/${id}`);
