import { Fragment } from 'react';

/**
 * Renders the search's highlighted text: the server escapes the text and wraps matches in <em>.
 * Only <em>…</em> becomes markup; everything else is shown as text (entities decoded, never HTML).
 */
export function Highlight({ html }: { html: string }) {
  const decode = (s: string) =>
    s.replace(/&(lt|gt|amp|quot|#39|#x27|apos);/g, (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', '#39': "'", '#x27': "'", apos: "'" })[e] ?? _);
  const parts = html.split(/(<em>[\s\S]*?<\/em>)/g);
  return (
    <span className="hl">
      {parts.map((p, i) =>
        p.startsWith('<em>') && p.endsWith('</em>') ? (
          <em key={i}>{decode(p.slice(4, -5))}</em>
        ) : (
          <Fragment key={i}>{decode(p.replace(/<\/?em>/g, ''))}</Fragment>
        ),
      )}
    </span>
  );
}
