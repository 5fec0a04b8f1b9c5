import { pino, type Logger } from 'pino';

/** Structured JSON logs (pino), one line per event. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'liaison' } });
}
