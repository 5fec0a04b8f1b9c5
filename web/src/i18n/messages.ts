export interface Messages {
  title: string;
  subtitle: string;
  legend: string;
  loading: string;
  unavailable: string;
  retry: string;
  summary: (nodes: number, edges: number) => string;
  labels: Record<string, string>;
  language: string;
}

export const en: Messages = {
  title: 'Liaison',
  subtitle: 'International cooperation against trafficking in human beings',
  legend: 'Legend',
  loading: 'Loading the graph…',
  unavailable: 'The graph database is unavailable. Retrying…',
  retry: 'Retry now',
  summary: (nodes, edges) => `${nodes} nodes, ${edges} relationships from the source documents`,
  labels: {
    Actor: 'Actors',
    Instrument: 'Instruments',
    Event: 'Events',
    Country: 'Countries',
    City: 'Cities',
    Person: 'People',
    Programme: 'Programmes',
    Topic: 'Topics',
    Source: 'Sources',
  },
  language: 'Language',
};

export const fr: Messages = {
  title: 'Liaison',
  subtitle: 'Coopération internationale contre la traite des êtres humains',
  legend: 'Légende',
  loading: 'Chargement du graphe…',
  unavailable: 'La base de données du graphe est indisponible. Nouvel essai…',
  retry: 'Réessayer',
  summary: (nodes, edges) => `${nodes} nœuds, ${edges} relations issues des documents sources`,
  labels: {
    Actor: 'Acteurs',
    Instrument: 'Instruments',
    Event: 'Événements',
    Country: 'Pays',
    City: 'Villes',
    Person: 'Personnes',
    Programme: 'Programmes',
    Topic: 'Thèmes',
    Source: 'Sources',
  },
  language: 'Langue',
};

export const catalogues = { en, fr } as const;
export type Lang = keyof typeof catalogues;
