import { describe, expect, it } from 'vitest';
import { Gazetteer, type GazetteerEntity } from '../../api/src/ingest/gazetteer.js';
import { factsOf } from '../support/ingest-text.js';

/**
 * The topics of a sentence about an instrument or programme (issue 16, r16b) when its name does
 * not open the sentence: after an opening clause, or framing it ("Selon l'étude …"). Fictional
 * sentences and entities written for this test.
 */
const ENTITIES: GazetteerEntity[] = [
  { id: 'lakes-committee', label: 'Actor', names: ['Comité des Lacs', 'Lakes Committee'], acronyms: [], kind: 'body/organ' },
  { id: 'prog-lakes', label: 'Programme', names: ['Programme des Lacs', 'Lakes Programme'], acronyms: [], kind: 'programme' },
  { id: 'study-north', label: 'Instrument', names: ['Étude sur les routes du nord', 'Study on Northern Routes'], acronyms: [], kind: 'report' },
  { id: 'topic-compensation', label: 'Topic', names: ['indemnisation des victimes', 'compensation of victims'], acronyms: [] },
  { id: 'topic-witnesses', label: 'Topic', names: ['protection des témoins', 'witness protection'], acronyms: [] },
];
const gazetteer = new Gazetteer(ENTITIES);
const addresses = (facts: string[]) => facts.filter((fact) => fact.includes('|ADDRESSES|')).sort();

describe('topics of a sentence about an instrument or programme', () => {
  it('reads the subject after an opening clause (fr, en)', () => {
    const fr = factsOf(
      gazetteer,
      [
        "S'appuyant sur les conclusions du Comité des Lacs, le Programme des Lacs est conçu pour améliorer le respect des normes à travers l'indemnisation des victimes et la protection des témoins.",
      ],
      'fr',
    );
    const expected = ['prog-lakes|ADDRESSES|topic-compensation', 'prog-lakes|ADDRESSES|topic-witnesses'];
    expect(addresses(fr)).toEqual(expected);
    const en = factsOf(
      gazetteer,
      [
        'Building on the findings of the Lakes Committee, the Lakes Programme is designed to improve compliance through compensation of victims and witness protection.',
      ],
      'en',
    );
    expect(addresses(en)).toEqual(expected);
  });

  it('reads the instrument that frames the sentence (fr, en)', () => {
    const fr = factsOf(gazetteer, ["Selon l'Étude sur les routes du nord, il faut renforcer la protection des témoins dans la région."], 'fr');
    expect(addresses(fr)).toEqual(['study-north|ADDRESSES|topic-witnesses']);
    const en = factsOf(gazetteer, ['According to the Study on Northern Routes, witness protection must be strengthened in the region.'], 'en');
    expect(addresses(en)).toEqual(['study-north|ADDRESSES|topic-witnesses']);
  });

  it('gives no topic to a body that follows the opening clause', () => {
    const fr = factsOf(
      gazetteer,
      ["S'appuyant sur l'Étude sur les routes du nord, le Comité des Lacs a débattu de la protection des témoins."],
      'fr',
    );
    expect(addresses(fr)).toEqual([]);
  });
});
