import { fromWordStart } from '../../src/domain/word-start.js';

describe('phrase lists read from the start of a word', () => {
  test('when an alternative begins with a word, then it does not match inside a longer word, and a stem still matches the words it begins', () => {
    const re = fromWordStart(/(one|1)[- ]star|connect|use it|integrat/);
    expect(re.test('someone starts working on it')).toBe(false);
    expect(re.test("i'd suggest reconnecting then")).toBe(false);
    expect(re.test('because it reads like it')).toBe(false);
    expect(re.test('we left a one-star review')).toBe(true);
    expect(re.test('a 1 star rating')).toBe(true);
    expect(re.test('does it connect to hubspot')).toBe(true);
    expect(re.test('what integrations do you have')).toBe(true);
  });

  test('when an alternative begins with an anchor, punctuation or a lookbehind, then it is left as written', () => {
    const re = fromWordStart(/(^|[.!?]\s+)do better[.!]*$|(?<!can-)spam/);
    expect(re.test('thanks for nothing. do better.')).toBe(true);
    expect(re.test('this is antispam')).toBe(true);
    expect(re.test('can-spam compliant')).toBe(false);
  });

  test('when an alternative is a Russian stem, then a prefix may come before it ("платить" in "оплатить")', () => {
    expect(fromWordStart(/платить|tier/).test('можно ли оплатить по счету')).toBe(true);
  });

  test('when a group is optional at the start, then the alternative is not guarded (it may start after the group)', () => {
    const re = fromWordStart(/(the )?setup/);
    expect(re.source).toBe('(the )?setup');
    expect(fromWordStart(/(a|b)c|d/).source).toBe('\\b(a|b)c|\\bd');
  });
});
