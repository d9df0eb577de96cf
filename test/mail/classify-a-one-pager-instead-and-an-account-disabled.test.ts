import { kindOf, read, said } from '../support/read-reply.js';

/**
 * Sixtieth session, the seventh round (docs/reply-classifier.md, "A one-pager instead, an account
 * disabled"): fifteen people's replies and six notes written after the sixth round's lessons,
 * measured untaught, then taught.
 */
describe('people', () => {
  test('"I don\'t have time for a call but I\'d read a one-pager." is a yes; the first half alone is not', () => {
    expect(kindOf("I don't have time for a call but I'd read a one-pager.")[0]).toBe('interested');
    expect(kindOf("I don't have time for a call.")[0]).not.toBe('interested');
  });

  test('"Who\'s your competition?" asks about us as "Who are your competitors?" does', () => {
    expect(said("Who's your competition?")).toEqual(['interested', []]);
  });

  test('"I\'d rather not share our data with another vendor." is a no', () => {
    expect(kindOf("I'd rather not share our data with another vendor.")[0]).toBe('not_interested');
  });
});

describe('notes', () => {
  test.each([
    ['The account you emailed (info@tailspin.com) has been disabled by its administrator.', true],
    ['Уведомление: получатель anna@globex.ru временно недоступен, письмо будет доставлено позже.', false],
  ])('%j is a bounce, permanent: %s', (text, permanent) => {
    const r = read(text);
    expect([r.category, r.intent.kind, r.bounce?.permanent]).toEqual(['bounce', 'none', permanent]);
  });
});
