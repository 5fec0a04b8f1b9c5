import { describe, expect, it } from 'vitest';
import { Gazetteer, type GazetteerEntity } from '../../api/src/ingest/gazetteer.js';
import { TopicPhrases } from '../../api/src/ingest/topics.js';

/**
 * Topics named by a phrase of the text rather than by one of their names (api/src/ingest/topics.ts),
 * on topic names and sentences written for this test in French and English. "traite",
 * "trafficking" and "victims" are in many names here, so they are generic, as in the graph.
 */
const topic = (id: string, ...names: string[]): GazetteerEntity => ({ id, label: 'Topic', names, acronyms: [] });
const ENTITIES: GazetteerEntity[] = [
  topic('topic-labour', 'Trafficking for labour exploitation', "Traite à des fins d'exploitation par le travail"),
  topic('topic-borders', 'Border management and border cooperation', 'Gestion des frontières et coopération aux frontières'),
  topic('topic-civil-society', 'Role of civil society', 'Rôle de la société civile'),
  topic('topic-compensation', 'Compensation for victims', 'Indemnisation des victimes'),
  topic('topic-identification', 'Identification of victims', 'Identification des victimes'),
  topic('topic-rights', 'Rights of victims of trafficking', 'Droits des victimes de la traite'),
  topic('topic-women', 'Trafficking in women', 'Traite des femmes'),
  topic('topic-recovery', 'Recovery and reflection period', 'Délai de rétablissement et de réflexion'),
  topic('topic-legal-aid', 'Legal assistance to victims', 'Assistance juridique aux victimes'),
  topic('topic-legal-aid-children', 'Legal assistance and protection of children', 'Assistance juridique et protection des enfants'),
];
const phrases = new TopicPhrases(ENTITIES);
const named = (text: string) => phrases.match(text).map((mention) => [mention.text, mention.entityId]);

describe('topics named by a phrase', () => {
  it('finds a topic by the distinctive words of a name, in any order and form', () => {
    expect(named('les victimes d’exploitation par le travail dans l’agriculture')).toEqual([['exploitation par le travail', 'topic-labour']]);
    expect(named('cases of labour exploitation')).toEqual([['labour exploitation', 'topic-labour']]);
    expect(phrases.match('exploitation par le travail')[0]).toMatchObject({ via: 'phrase', label: 'Topic', start: 0, end: 27 });
  });

  it('finds a topic by one part of a name joined by "et"/"and", or by its last two words', () => {
    expect(named('renforcer la coopération aux frontières')).toEqual([['coopération aux frontières', 'topic-borders']]);
    expect(named('avec la société civile')).toEqual([['société civile', 'topic-civil-society']]);
  });

  it('takes one word for a topic only when it is all of a name but its generic words, compared by stem', () => {
    expect(named('l’accès à l’indemnisation')).toEqual([['indemnisation', 'topic-compensation']]);
    expect(named('former des agents à l’identification')).toEqual([['identification', 'topic-identification']]);
    // Six shared letters are not enough for one word: "identifier" is not "identification".
    expect(named('identifier les auteurs')).toEqual([]);
    // "réflexion" is one part of "Délai de rétablissement et de réflexion", not all of it.
    expect(named('une réflexion commune')).toEqual([]);
    // "droits" is short: a common word.
    expect(named('les droits des migrants')).toEqual([]);
  });

  it('names no topic with a phrase that several topics share, nor with words apart', () => {
    expect(named('une assistance juridique gratuite')).toEqual([]);
    expect(named('la coopération, aux frontières')).toEqual([]);
  });
});

describe('topic phrases in the gazetteer', () => {
  it('adds topics named by phrase where no name was found', () => {
    const gazetteer = new Gazetteer([...ENTITIES, { id: 'coe', label: 'Actor', names: ['Conseil de l’Europe'], acronyms: [] }]);
    const text = 'Le Conseil de l’Europe et la société civile contre la traite des femmes.';
    expect(gazetteer.match(text).map((mention) => [mention.text, mention.entityId, mention.via])).toEqual([
      ['Conseil de l’Europe', 'coe', 'name'],
      ['société civile', 'topic-civil-society', 'phrase'],
      ['traite des femmes', 'topic-women', 'name'],
    ]);
  });
});
