/**
 * The code a host page pastes to embed a chart: an <iframe> and a small script that sets the
 * frame's height to the height the embed page reports (postMessage), as Datawrapper's embeds do.
 * The embed page (routes/embed) sends `{ type: EMBED_HEIGHT, height }` whenever its height changes.
 */
export const EMBED_HEIGHT = 'regiozicht:embed-height';

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `src`: the embed page's absolute address; `title`: the frame's accessible name. */
export function embedCode(src: string, title: string): string {
	const origin = new URL(src).origin;
	// Only messages from our origin, and only for the frame that sent them, change a height.
	const script =
		`<script>addEventListener("message",function(e){var d=e.data;` +
		`if(e.origin!==${JSON.stringify(origin)}||!d||d.type!==${JSON.stringify(EMBED_HEIGHT)}||typeof d.height!=="number")return;` +
		`document.querySelectorAll("iframe[data-regiozicht]").forEach(function(f){if(f.contentWindow===e.source)f.style.height=Math.ceil(d.height)+"px"})});</` +
		`script>`;
	return `<iframe data-regiozicht src="${attr(src)}" title="${attr(title)}" style="width:100%;height:480px;border:0" loading="lazy"></iframe>\n${script}`;
}
