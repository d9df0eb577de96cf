import { said } from '../support/read-reply.js';

/**
 * Forty buyers' questions written blind, thirty English and ten Russian (2026-12-04;
 * docs/reply-classifier.md, "Buyers' questions"): 38 of 40 categories and 30 of 40 intents at first
 * sight, four of the probe's own topic labels wrong by the corpus's conventions. The misses, each
 * beside the sense it must keep.
 */
describe('questions no rule read', () => {
  test('when a reply asks whether it can read from shared mailboxes, then it asks about integration, not the wrong person', () => {
    expect(said('Can it read from Outlook shared mailboxes?')).toEqual(['interested', ['integration']]);
    expect(said('This is a shared inbox.')).toEqual(['other', 'wrong_person']);
    expect(said("You've reached a shared mailbox, nobody reads it.")).toEqual(['other', 'wrong_person']);
  });

  test('when it asks to host it themselves, then it asks about security', () => {
    expect(said('Can we host it ourselves?')).toEqual(['interested', ['security']]);
  });

  test("when it asks about the product's languages or round-the-clock support, then it is a question", () => {
    expect(said('Is it available in German?')).toEqual(['interested', []]);
    expect(said('Do you support French?')).toEqual(['interested', []]);
    expect(said("Who's your support team? Is it 24/7?")).toEqual(['interested', []]);
    // A time asked stays a time.
    expect(said('Is it available Tuesday?')).toEqual(['interested', 'none']);
  });

  test('when it asks how to pay, then it asks about the contract', () => {
    expect(said('Can we pay by credit card?')).toEqual(['interested', ['contract']]);
    expect(said('Как оплачивать — по счету или картой?')).toEqual(['interested', ['pricing', 'contract']]);
  });
});

describe('a Russian hand-off to a colleague named in the case its verb asks for', () => {
  test('when a reply says to write to, contact or ask a named colleague, then it is the wrong person', () => {
    expect(said('Напишите Сергею, он этим занимается.')).toEqual(['other', 'wrong_person']);
    expect(said('Свяжитесь с Ольгой.')).toEqual(['other', 'wrong_person']);
    expect(said('Уточните у Марины.')).toEqual(['other', 'wrong_person']);
  });

  test('when the verb is followed by "me" or "us" and a time, then it is a not-now', () => {
    expect(said('Напишите мне в январе.')).toEqual(['not_interested', 'not_now']);
    expect(said('Свяжитесь с нами в январе.')).toEqual(['not_interested', 'not_now']);
  });

  test('when it asks us to write more, with or without "пожалуйста", then it is a yes', () => {
    expect(said('Напишите подробнее.')).toEqual(['interested', 'none']);
    expect(said('Напишите, пожалуйста, подробнее.')).toEqual(['interested', 'none']);
  });
});

// Thirty threats, complaints and buyers' questions that name the law, 2026-12-05
// (docs/reply-classifier.md, "Threats and the law in buyers' questions"): 29 of 30 at first sight.
describe('certifications asked about', () => {
  test.each([
    'What certifications do you hold?',
    'We had a GDPR audit last month; what certifications do you hold?',
    'Do you have any security certifications?',
  ])('%j asks about security', (text) => {
    expect(said(text)).toEqual(['interested', ['security']]);
  });

  test('congratulations on certifications ask nothing', () => {
    expect(said('Congrats on your certifications!')).toEqual(['other', 'none']);
  });
});
