import { read, said } from '../support/read-reply.js';

/**
 * Sixty-first session, the seventeenth round (docs/reply-classifier.md, "Written in a second
 * language"): fifteen people's replies in the English of writers for whom it is a second language,
 * with emoji and one-liners, and four notes, measured untaught, then taught.
 */
test('"my boss Mr. Tanaka decide. tanaka@…" refers us to the boss', () => {
  const r = read('I am not decision person, my boss Mr. Tanaka decide. tanaka@kyoto-works.jp');
  expect(r.intent.kind === 'referral' && r.intent.people.map((p) => p.email)).toEqual([
    'tanaka@kyoto-works.jp',
  ]);
});

test('"Is possible to try free before buy?" asks for a trial', () => {
  expect(said('Is possible to try free before buy?')).toEqual(['interested', ['demo']]);
});
