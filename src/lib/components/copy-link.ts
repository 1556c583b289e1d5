/**
 * What "Link kopiëren" (CopyLink.svelte) does on a click: copy the address the page reads
 * (state/address.svelte.ts: also when its history entry is not yet written), with the language,
 * and say so in the status beside the button. Where the clipboard is denied, the link is shown
 * in a field, selected, to copy by hand.
 */
import { addressSearch, withLang } from '../state/address.svelte';
import { tr } from '../i18n/text';
import { copyLinkText as t } from './copy-link-text';

export async function copyLink(button: HTMLButtonElement): Promise<void> {
	const status = button.nextElementSibling as HTMLElement;
	const url = new URL(location.href);
	url.search = withLang(new URLSearchParams(addressSearch())).toString();
	status.textContent = '';
	button.parentElement?.querySelector('input')?.remove();
	try {
		await navigator.clipboard.writeText(url.href);
		status.textContent = tr(t.copied);
	} catch {
		status.textContent = tr(t.failed);
		const input = document.createElement('input');
		input.readOnly = true;
		input.value = url.href;
		input.setAttribute('aria-label', tr(t.label));
		status.after(input);
		input.focus();
		input.select();
	}
}
