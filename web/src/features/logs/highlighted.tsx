/**
 * A highlight fragment from the API (HTML-escaped text with <em>…</em> around the keywords),
 * shown as text with <mark>s: parsed, never set as HTML.
 */
const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#x27;': "'", '&#39;': "'", '&#x2F;': '/' };
const unescape = (s: string) => s.replace(/&(lt|gt|amp|quot|#x27|#39|#x2F);/g, (m) => ENTITIES[m] ?? m);

export function Highlighted({ fragment }: { fragment: string }) {
  const parts = fragment.split(/(<em>.*?<\/em>)/g);
  return (
    <>
      {parts.map((p, i) =>
        p.startsWith('<em>') ? (
          <mark key={i} data-testid="log-highlight">
            {unescape(p.slice(4, -5))}
          </mark>
        ) : (
          <span key={i}>{unescape(p)}</span>
        ),
      )}
    </>
  );
}
