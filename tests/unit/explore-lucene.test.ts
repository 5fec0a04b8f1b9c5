import { describe, expect, it } from 'vitest';
import { escapeLucene, exactMatcher, foldText, luceneQuery, searchTerms } from '../../api/src/explore/lucene.js';

describe('foldText', () => {
  it('lower-cases and strips accents like the standard-folding analyzer', () => {
    expect(foldText('Bélarus')).toBe('belarus');
    expect(foldText('ONUDC')).toBe('onudc');
    expect(foldText('Œuvre Sœur Ærø')).toBe('oeuvre soeur aero');
    expect(foldText('Conseil de l’Europe')).toBe("conseil de l'europe");
  });
});

describe('searchTerms', () => {
  it('splits on punctuation, keeps inner apostrophes and drops English stop words', () => {
    expect(searchTerms('Office on Drugs and Crime')).toEqual(['office', 'drugs', 'crime']);
    expect(searchTerms("Conseil de l'Europe")).toEqual(['conseil', 'de', "l'europe"]);
    expect(searchTerms('cets-197')).toEqual(['cets', '197']);
  });

  it('keeps stop words when nothing else is left, and caps the number of terms', () => {
    expect(searchTerms('the')).toEqual(['the']);
    expect(searchTerms('a b c d e f g h i j k')).toHaveLength(8);
    expect(searchTerms('!!! ***')).toEqual([]);
  });
});

describe('luceneQuery', () => {
  it('requires every term, exactly, as a prefix, or within one edit from four letters on', () => {
    expect(luceneQuery('UN')).toBe('+(un^4 un*^2)');
    expect(luceneQuery('onudc')).toBe('+(onudc^4 onudc*^2 onudc~1)');
    expect(luceneQuery('Council Eur')).toBe('+(council^4 council*^2 council~1) +(eur^4 eur*^2)');
  });

  it('never lets user text become Lucene syntax', () => {
    for (const text of ['a:b', 'x AND y', '"quoted"', '(group)', 'c++', 'a/b', 'x~2', 'x^9', 'a*', '[1 TO 2]', '\\']) {
      const query = luceneQuery(text);
      if (query === null) continue;
      // Only our own operators remain: + ( ) ^ * ~ around plain terms.
      expect(query, text).toMatch(/^(\+\((\S+\^4 \S+\*\^2( \S+~1)?)\) ?)+$/);
      expect(query, text).not.toMatch(/\b(AND|OR|NOT)\b|["[\]{}:\\/]/);
    }
    expect(luceneQuery('"')).toBeNull();
  });

  it('escapes every special character when asked directly', () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });
});

describe('exactMatcher', () => {
  const isExactMatch = (text: string, candidates: (string | null | undefined)[]) => exactMatcher(text)(candidates);
  it('compares folded text with ids, acronyms, aliases and names', () => {
    expect(isExactMatch('onudc', ['unodc', 'ONUDC'])).toBe(true);
    expect(isExactMatch('belarus', ['Bélarus'])).toBe(true);
    expect(isExactMatch('osce', ['OSCE Alliance'])).toBe(false);
    expect(isExactMatch('  ', [' '])).toBe(false);
    expect(isExactMatch('osce', [null, undefined, ''])).toBe(false);
  });

  it('finds names whose first letter folds to something else or to nothing, as a whole fold does', () => {
    // Its first-letter shortcut must agree with folding the whole name.
    expect(isExactMatch('oeuvre', ['Œuvre'])).toBe(true);
    expect(isExactMatch('etats', ['  États '])).toBe(true);
    expect(isExactMatch('etats', ['E\u0301tats'])).toBe(true);
    expect(isExactMatch('ile', ['\u0301ile'])).toBe(true);
    expect(isExactMatch('ssen', ['ßen'])).toBe(true);
    expect(isExactMatch('etats', ['Atats', 'Ötats'])).toBe(false);
    for (const name of ['Œuvre', '  États ', 'E\u0301tats', '\u0301ile', 'ßen', 'Ärø', '¨abc', '𝐀bc'])
      expect(isExactMatch(foldText(name).trim(), [name]), name).toBe(true);
  });
});
