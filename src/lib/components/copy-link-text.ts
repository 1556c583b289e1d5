/** Words of "Link kopiëren" after the click (copy-link.ts), Dutch and English; the button's own label is in text.ts. */
export const copyLinkText = {
	copied: { nl: 'Link gekopieerd', en: 'Link copied' },
	failed: { nl: 'Kopiëren lukte niet: kopieer de link hieronder zelf.', en: 'Copying did not work: copy the link below yourself.' },
	label: { nl: 'Link naar deze weergave', en: 'Link to this view' }
};
