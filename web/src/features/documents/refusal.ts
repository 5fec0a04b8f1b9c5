import type { DocumentRefusalReason } from '../../../../api/src/contract/documents';

/** The values a refusal's sentence names (`name`, `maxBytes`, `source`, `id`). */
export type RefusalParams = Record<string, string | number>;
/** One sentence per refusal reason, in one language (web/src/i18n/documents-*.ts). */
export type RefusalSentences = Record<DocumentRefusalReason, (params: RefusalParams) => string>;

/** What the typed client keeps of a failed request: its English message and the server's `error` object. */
interface Failure {
  message: string;
  details?: Record<string, unknown>;
}

/**
 * The sentence to show for a failed document request, in the user's language: the server names a
 * stable `reason` (api/src/ingest/errors.ts) and the catalogue says it; anything else (a network
 * failure, a refusal from another layer) keeps the message it came with.
 */
export function refusalText(sentences: RefusalSentences, failure: Failure): string {
  const reason = failure.details?.reason;
  const params = failure.details?.params;
  if (typeof reason !== 'string' || !Object.hasOwn(sentences, reason)) return failure.message;
  const values: RefusalParams = {};
  if (params && typeof params === 'object')
    for (const [key, value] of Object.entries(params)) if (typeof value === 'string' || typeof value === 'number') values[key] = value;
  return sentences[reason as DocumentRefusalReason](values);
}

/** A byte count for a sentence: "25 MB", "512 kB" (decimal units, as INGEST_MAX_BYTES is documented). */
export function byteSize(bytes: number, locale: string): string {
  const [value, unit] =
    bytes >= 1e6 ? [bytes / 1e6, 'MB'] : bytes >= 1e3 ? [bytes / 1e3, 'kB'] : [bytes, locale.startsWith('fr') ? 'octets' : 'bytes'];
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)} ${unit}`;
}
