import { describe, expect, it } from 'vitest';
import { edgeInTime, effectiveWindow, hiddenElements, nodeInTime, windowTime } from '../../web/src/features/filters/visibility.js';
import { NO_FILTERS } from '../../web/src/state/filters/slice.js';
import { additions, applyDelta, EMPTY_GRAPH } from '../../web/src/state/workingGraph.js';
import { edge, graph, node } from './web-fixtures.js';

const NONE = { country: null, topic: null };

/** Two events (2010 and 2016–2018), an actor that took part in both, and an undated topic. */
function picture() {
  return applyDelta(
    EMPTY_GRAPH,
    additions(
      EMPTY_GRAPH,
      graph(
        [
          node('actor', 'Actor'),
          node('early', 'Event', { start: '2010-03-01' }),
          node('late', 'Event', { start: '2016', end: '2018-06' }),
          node('topic', 'Topic'),
        ],
        [
          edge('to-early', 'actor', 'early', 'PARTICIPATED_IN'),
          edge('to-late', 'actor', 'late', 'ORGANISED'),
          edge('late-topic', 'late', 'topic', 'ADDRESSES', { date: '2016-01-01' }),
        ],
      ),
    ),
  );
}

describe('time spans', () => {
  it("reads each node and edge by its type's time rule", () => {
    const window = windowTime({ from: 2017, to: 2018 });
    expect(nodeInTime(node('e', 'Event', { start: '2016', end: '2018-06' }), window)).toBe(true);
    expect(nodeInTime(node('e', 'Event', { start: '2015', end: '2016-06' }), window)).toBe(false);
    // An instrument exists from its adoption on; an undated actor always.
    expect(nodeInTime(node('i', 'Instrument', { adopted: '2000-11-15' }), window)).toBe(true);
    expect(nodeInTime(node('i', 'Instrument', { adopted: '2019-01-01' }), window)).toBe(false);
    expect(nodeInTime(node('a', 'Actor'), window)).toBe(true);
    expect(edgeInTime(edge('x', 'a', 'b', 'COOPERATED_WITH', { first: '2012', last: '2015-02' }), window)).toBe(false);
    expect(edgeInTime(edge('x', 'a', 'b', 'COOPERATED_WITH', { first: '2012', last: '2017-02' }), window)).toBe(true);
    // A ratification lasts; a membership ends.
    expect(edgeInTime(edge('y', 'a', 'b', 'PARTY_TO', { date: '2008-04-01' }), window)).toBe(true);
    expect(edgeInTime(edge('z', 'a', 'b', 'MEMBER_OF', { start: '1996', end: '2016-03-16' }), window)).toBe(false);
    expect(edgeInTime(edge('z', 'a', 'b'), window)).toBe(true);
  });

  it('ends the window at the played year while playing', () => {
    expect(effectiveWindow({ ...NO_FILTERS, from: 2005, to: 2020 }, 2011)).toEqual({ from: 2005, to: 2011 });
    expect(effectiveWindow({ ...NO_FILTERS, from: 2005, to: 2020 }, null)).toEqual({ from: 2005, to: 2020 });
  });
});

describe('hidden elements', () => {
  it('hides nothing without filters', () => {
    expect(hiddenElements(picture(), NO_FILTERS, null, NONE).size).toBe(0);
  });

  it('hides a label with every edge touching it, and a type on its own', () => {
    expect([...hiddenElements(picture(), { ...NO_FILTERS, hiddenLabels: ['Event'] }, null, NONE)].sort()).toEqual(
      ['early', 'late', 'late-topic', 'to-early', 'to-late'].sort(),
    );
    expect([...hiddenElements(picture(), { ...NO_FILTERS, hiddenTypes: ['ORGANISED'] }, null, NONE)]).toEqual(['to-late']);
  });

  it('hides dated elements outside the window, never undated ones', () => {
    const upTo2012 = hiddenElements(picture(), { ...NO_FILTERS, to: 2012 }, null, NONE);
    expect([...upTo2012].sort()).toEqual(['late', 'late-topic', 'to-late'].sort());
    const from2017 = hiddenElements(picture(), { ...NO_FILTERS, from: 2017 }, null, NONE);
    // The late event (2016–2018) overlaps 2017; ADDRESSES has no time rule, so its link stays with it.
    expect([...from2017].sort()).toEqual(['early', 'to-early'].sort());
    expect([...hiddenElements(picture(), NO_FILTERS, 2011, NONE)].sort()).toEqual([...upTo2012].sort());
  });

  it('hides events that a country or topic filter does not match, and only events', () => {
    const hidden = hiddenElements(picture(), { ...NO_FILTERS, country: 'fr' }, null, { country: new Set(['late']), topic: null });
    expect([...hidden].sort()).toEqual(['early', 'to-early']);
    const byTopic = hiddenElements(picture(), { ...NO_FILTERS, topic: 'topic' }, null, { country: null, topic: new Set<string>() });
    expect(byTopic.has('actor')).toBe(false);
    expect(byTopic.has('topic')).toBe(false);
    expect([...byTopic].filter((id) => id === 'early' || id === 'late').sort()).toEqual(['early', 'late']);
  });
});
