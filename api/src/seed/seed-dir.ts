import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The curated seed data shipped with the repository. */
export const seedDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../seed');
