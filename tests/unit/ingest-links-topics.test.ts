import { describe, expect, it } from 'vitest';
import { Coreference } from '../../api/src/ingest/coreference.js';
import { Gazetteer, type GazetteerEntity } from '../../api/src/ingest/gazetteer.js';
import { TopicPhrases } from '../../api/src/ingest/topics.js';

/**
 * Topics named in other words than their full names, and titles named by a word and their owner
 * (issue 16, r16a). Topic names and sentences written for this test, French and English; "traite",
 * "trafficking" and "victims" are in many names here, so they are generic, as in the graph.
 */
const topic = (id: string, ...names: string[]): GazetteerEntity => ({ id, label: 'Topic', names, acronyms: [] });
const TOPICS: GazetteerEntity[] = [
  topic('topic-partnerships', 'Partnerships and coordination', 'Partenariats et coordination'),
  topic('topic-recovery', 'Recovery and reflection period', 'Délai de rétablissement et de réflexion'),
  topic('topic-referral', "Dispositifs d'aiguillage (nationaux et transnationaux)", 'Referral mechanisms (national and transnational)'),
  topic('topic-asylum', 'Trafficking and asylum', 'Traite et asile', 'Asile', 'Asylum'),
  topic('topic-women', 'Trafficking in women', 'Traite des femmes'),
  topic('topic-rights', 'Rights of victims of trafficking', 'Droits des victimes de la traite'),
  topic('topic-identification', 'Identification of victims', 'Identification des victimes'),
];
const phrases = new TopicPhrases(TOPICS);
const named = (text: string) => phrases.match(text).map((mention) => [mention.text, mention.entityId]);

describe('topics named in one word', () => {
  it('names a topic by a long half of its name joined by "et"/"and" (fr, en)', () => {
    expect(named('souligne l’importance des partenariats entre États')).toEqual([['partenariats', 'topic-partnerships']]);
    expect(named('améliorer la coordination des efforts')).toEqual([['coordination', 'topic-partnerships']]);
    expect(named('through partnerships with business')).toEqual([['partnerships', 'topic-partnerships']]);
  });

  it('does not name a topic by a short half, nor by a word inside brackets', () => {
    expect(named('un temps de réflexion')).toEqual([]);
    expect(named('un réseau transnational')).toEqual([]);
  });

  it('names a topic by a one-word name whatever its length (fr, en)', () => {
    expect(named('la protection des victimes et l’asile')).toContainEqual(['asile', 'topic-asylum']);
    expect(named('victims who seek asylum')).toEqual([['asylum', 'topic-asylum']]);
  });
});

describe('topics inside titles', () => {
  const gazetteer = new Gazetteer([
    ...TOPICS,
    topic('topic-women-rights', 'Rights of women', 'Droits des femmes'),
    topic('topic-women-rights-approach', 'Approach based on the rights of women', 'Approche fondée sur les droits des femmes'),
    {
      id: 'lakes-report',
      label: 'Instrument',
      names: ['Rapport des Lacs sur les droits des femmes', 'Lakes Report on the rights of women'],
      acronyms: [],
      kind: 'report',
    },
  ]);
  const ids = (text: string) => gazetteer.match(text).map((mention) => mention.entityId);

  it("reads the topic an instrument's title names (fr, en)", () => {
    expect(ids('Le Rapport des Lacs sur les droits des femmes a été publié')).toEqual(['lakes-report', 'topic-women-rights']);
    expect(ids('The Lakes Report on the rights of women was published')).toEqual(['lakes-report', 'topic-women-rights']);
  });

  it("does not read a topic inside another topic's name", () => {
    expect(ids('une approche fondée sur les droits des femmes')).toEqual(['topic-women-rights-approach']);
  });
});

describe('titles named by a word and their owner', () => {
  const gazetteer = new Gazetteer([
    {
      id: 'lakes-task-force',
      label: 'Actor',
      names: ['Équipe spéciale des Lacs contre la criminalité organisée', 'Task Force of the Lakes on Organised Crime'],
      acronyms: [],
      kind: 'network',
    },
    {
      id: 'lakes-mission',
      label: 'Instrument',
      names: [
        "Mission de l'Équipe spéciale des Lacs contre la criminalité organisée",
        'Mission statement of the Task Force of the Lakes on Organised Crime',
      ],
      acronyms: [],
      kind: 'other',
    },
  ]);
  const read = (passages: string[]) => {
    const coreference = new Coreference(gazetteer);
    return passages.map((text) => coreference.resolve(text, gazetteer.match(text)).map((mention) => [mention.text, mention.entityId]));
  };

  it('reads "la mission de cette Équipe" as the mission of the task force named before (fr)', () => {
    const [, second] = read([
      'Un exemple est l’Équipe spéciale des Lacs contre la criminalité organisée.',
      'La mission de cette Équipe, adoptée en 2006, consiste à coopérer.',
    ]);
    expect(second).toContainEqual(['mission de cette Équipe', 'lakes-mission']);
  });

  it('reads "the mission statement of this Task Force" (en), and nothing for another word', () => {
    const ids = (passages: string[]) =>
      read(passages)
        .flat()
        .map(([, id]) => id);
    expect(ids(['The Task Force of the Lakes on Organised Crime met.', 'The mission statement of this Task Force was adopted in 2006.'])).toContain(
      'lakes-mission',
    );
    expect(ids(['The Task Force of the Lakes on Organised Crime met.', 'The chair of this Task Force was elected in 2006.'])).not.toContain(
      'lakes-mission',
    );
  });
});
