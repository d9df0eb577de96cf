import { saidPlainly } from '../../src/domain/hedges.js';
import { read } from '../support/read-reply.js';

/**
 * Double negatives and hedges (src/domain/hedges.ts): three probes of 2026-12-03 found them read
 * backwards ("I'm not opposed to a chat" was `other`, "No objection to a pilot" a no, "Please don't
 * call me again" a yes, "Я бы не отказался посмотреть" a no). Each beside the plain word it must
 * not swallow.
 */

describe('double negatives and hedges', () => {
  test('when a yes is said as a double negative, then it is a yes, and its topic is asked', () => {
    for (const text of [
      "I'm not opposed to a chat.",
      'Not against a call next week.',
      'I wouldn’t mind jumping on a call Friday.',
      "We're not NOT interested, if that makes sense. Tell me more.",
      "I'm not convinced we need it, but I'll hear you out.",
      'Не против созвониться.',
      'Ничего против не имею, присылайте.',
      'Не возражаю против короткого созвона.',
      'Почему бы и нет. Давайте в среду.',
    ])
      expect([text, read(text).category]).toEqual([text, 'interested']);
    expect(read('No objection to a pilot if the price is right.').intent).toEqual({
      kind: 'question',
      topics: ['pricing', 'demo'],
    });
    expect(read("Wouldn't say no to a walkthrough next week.").intent).toEqual({
      kind: 'question',
      topics: ['demo'],
    });
    expect(read('Я бы не отказался посмотреть, как это работает.').intent).toEqual({
      kind: 'question',
      topics: ['demo'],
    });
    // The plain words stay what they were.
    expect(read('Not interested.').category).toBe('not_interested');
    expect(read('Не интересно, откажусь.').category).toBe('not_interested');
    expect(read('We are against adding another tool.').category).not.toBe('interested');
  });

  test('when a no is said as a hedge, then it is a no', () => {
    for (const text of [
      "I don't think so, thanks.",
      "Don't think we need this.",
      "Honestly don't think it's a fit for us.",
      "I'm not sure this solves anything for us.",
      'Не вижу смысла.',
      'Не уверен, что это нам подойдёт.',
      'Вряд ли нам это подойдёт.',
      'Не могу сказать, что нам это интересно.',
      'Не сказал бы, что интересно.',
    ])
      expect([text, read(text).category]).toEqual([text, 'not_interested']);
    expect(read('Не то чтобы очень интересно, но пришлите цены.').intent).toEqual({
      kind: 'question',
      topics: ['pricing'],
    });
    expect(read("I don't want a demo, I want a price.").intent).toEqual({
      kind: 'question',
      topics: ['pricing'],
    });
  });

  test('when a reply turns down calls but not mail, then it is a channel, not a no or a stop', () => {
    for (const text of [
      'No need to call, just email me the details.',
      "No, don't call. Email is fine — what's the price range?",
      "Don't call me, I never pick up. Email works — tell me more.",
      'Не надо звонить, пришлите на почту.',
      'Звонить не нужно, напишите подробнее на почту.',
      'Без звонков, пожалуйста. Что по цене?',
    ])
      expect([text, read(text).category]).toEqual([text, 'interested']);
    // Turning down mail too is still a stop.
    expect(read("Don't call me and don't email me either.").category).toBe('unsubscribe');
    expect(read("How'd you get my number? Please don't call me again.").category).toBe('unsubscribe');
    expect(read('Не звоните мне больше.').category).toBe('unsubscribe');
    expect(read('Никогда больше мне не пишите.').category).toBe('unsubscribe');
    expect(read("Don't ever email me again.").category).toBe('unsubscribe');
  });

  test('when a reply says "not now, not ever", "not this quarter" or "just swamped", then the no and the later are told apart', () => {
    expect(read('Not now, not ever.').intent.kind).toBe('none');
    expect(read('Not now, not ever.').category).toBe('not_interested');
    expect(read("I'm not saying no, but not this quarter.").intent).toEqual({
      kind: 'not_now',
      followUp: '2027-01-01',
    });
    expect(read('Not uninterested, just swamped. Next month?').intent).toEqual({
      kind: 'not_now',
      followUp: '2026-12-01',
    });
  });

  test('when text has no hedge, then saying it plainly changes nothing', () => {
    for (const text of ['we are happy with our current tool.', 'не интересно.', 'send pricing please.'])
      expect(saidPlainly(text)).toBe(text);
  });
});

// Forty-fourth session ("Sarcasm, double negatives and 'can't say I'm interested'"): twenty
// everyday English replies 15 of 20 as shipped, 17 once my labels followed the corpus's; the miss
// taught is this hedge, read as a yes.
test("when a reply can't say it is interested, then it is a no; when it can't say it is not, a yes", () => {
  expect(read("Can't say I'm interested.").category).toBe('not_interested');
  expect(read("I can't say we're keen, honestly.").category).toBe('not_interested');
  expect(read("Can't say I'm not interested — send the deck.").category).toBe('interested');
});
