import { z } from 'zod';

export const healthResponse = z.object({
  status: z.literal('ok'),
  neo4j: z.object({
    version: z.string(),
    edition: z.string(),
    nodes: z.number().int(),
    relationships: z.number().int(),
  }),
});

export type HealthResponse = z.infer<typeof healthResponse>;
