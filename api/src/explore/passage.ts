/**
 * A link to the quoted passage inside a source document, using a URL text fragment
 * (`#:~:text=`), which browsers scroll to and highlight. Besides what encodeURIComponent escapes,
 * `-`, `,` and `&` are syntax inside a text directive, so they are escaped too.
 */
export function passageLink(url: string | null | undefined, evidence: string | null | undefined): string | null {
  if (!url) return null;
  const quote = (evidence ?? '').trim();
  if (!quote) return url;
  const encoded = encodeURIComponent(quote).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
  return `${url.split('#')[0]}#:~:text=${encoded}`;
}
