import { kindOf, read, said } from '../support/read-reply.js';

/**
 * Forty-ninth session (docs/reply-classifier.md, "A colleague unsubscribed by address, 'who told
 * you we use Outreach?'"): fifteen mixing two intents 12 of 15 as shipped, one of them a colleague's
 * stop read as the writer's own; now 15.
 */
describe('a stop asked for a colleague named with an address', () => {
  const keen = "Please unsubscribe my colleague tom@fernway.io, he left. I'm happy to hear more though.";

  test('when the writer asks us to unsubscribe a colleague who left and is keen, then the yes is theirs', () => {
    expect(kindOf(keen)).toEqual(['interested', 'none']);
  });

  test('when the colleague is named by address, then that address is the one stopped', () => {
    const reply = read(keen);
    expect([reply.stopsFor, reply.stopAskedForAnother]).toEqual([['tom@fernway.io'], true]);
  });

  test('when the writer asks to be removed with the colleague, then both are stopped', () => {
    const reply = read('Unsubscribe my colleague tom@fernway.io and me.');
    expect([reply.category, reply.stopsFor]).toEqual(['unsubscribe', ['tom@fernway.io']]);
  });
});

describe('a question about where we heard something', () => {
  test('when the writer asks who told us they use Outreach, then no integration is asked', () => {
    expect(kindOf('Who told you we use Outreach?')).toEqual(['other', 'none']);
  });

  test('when it follows a "not now", then the wait stands', () => {
    expect(kindOf('Not now. Also, who told you we use Outreach?')).toEqual(['not_interested', 'not_now']);
  });

  test('when the writer asks whether we work with Outreach, then it is still asked', () => {
    expect(said('Do you work with Outreach?')).toEqual(['interested', ['integration']]);
  });
});

describe('a price asked for as an order', () => {
  test.each([
    'Your pricing page says "contact us". Just tell me the number.',
    'Just tell me the price.',
    'Give me a ballpark.',
  ])('%j asks the price', (text) => {
    expect(said(text)).toEqual(['interested', ['pricing']]);
  });
});
