import type { workbenchEn } from './workbench-en';
import { counted } from './plural';

const n = (count: number, one: string, other: string) => counted('fr', count, one, other);

/** Chaînes françaises du menu « Plus », du déploiement en contexte, de la grille, de la taille et des regroupements. */
export const workbenchFr: typeof workbenchEn = {
  more: 'Plus',
  moreLabel: 'Autres outils du canevas',
  showTools: 'Afficher les outils',
  hideTools: 'Masquer les outils',
  inContext: (added, already) => `${n(added, 'voisin ajouté', 'voisins ajoutés')}, ${n(already, 'déjà présent', 'déjà présents')}.`,
  focusHint: 'Le reste est estompé : cliquez sur le fond pour tout revoir.',
  endFocus: 'Tout afficher',
  grid: {
    skip: 'Aller au tableau',
    nodes: 'Nœuds',
    relationships: 'Relations',
    tabs: 'Ce que liste le tableau',
    filter: (column) => `Filtrer : ${column}`,
    sortBy: (column) => `Trier par ${column}`,
    copy: 'Copier en CSV',
    copied: (rows) => `${n(rows, 'ligne copiée', 'lignes copiées')}.`,
    source: 'De',
    target: 'Vers',
    relType: 'Relation',
    rows: (shown, total) => `${shown} sur ${n(total, 'ligne', 'lignes')}`,
    caption: (count) => `${n(count, 'relation', 'relations')} sur le canevas`,
    details: 'Détails',
  },
  size: {
    label: 'Taille des nœuds',
    none: 'Taille unique',
    degree: 'Degré',
    betweenness: 'Intermédiarité',
    pagerank: 'PageRank',
    legend: (metric) => `Taille des nœuds : ${metric} (à demi-échelle)`,
    help: {
      none: 'Tous les nœuds ont la même taille.',
      degree: 'Degré : le nombre de relations d’un nœud sur le canevas.',
      betweenness: 'Intermédiarité : la fréquence à laquelle un nœud se trouve sur le plus court chemin entre deux autres (un passeur).',
      pagerank: 'PageRank : à quel point les voisins d’un nœud sont eux-mêmes bien reliés (influence).',
    },
  },
  group: {
    label: 'Regrouper par',
    option: (name) => `Regrouper par ${name.toLowerCase()}`,
    none: 'Aucun regroupement',
    label_: 'Nature',
    country: 'Pays',
    organisation: 'Organisation',
    community: 'Communauté',
    expandAll: 'Ouvrir tous les groupes',
    collapseAll: 'Fermer tous les groupes',
    community_: (index) => `Communauté ${index}`,
    unplaced: 'Sans pays',
    members: (count) => n(count, 'membre', 'membres'),
    hint: 'Par organisation : chaque arbre « fait partie de » sous son sommet. Cliquez sur un groupe pour l’ouvrir ou le fermer.',
  },
};
