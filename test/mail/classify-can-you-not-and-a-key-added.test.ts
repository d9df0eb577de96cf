import { flagsOf, kindOf, said } from '../support/read-reply.js';

/**
 * Fifty-fifth session, first round (docs/reply-classifier.md, "Can you not, a key added"): twenty
 * everyday English replies, fifteen machine notes, fifteen Russian, fifteen sarcastic or mixed and
 * twelve in eight European languages, fresh.
 */
describe('work tools’ notices', () => {
  test.each([
    '[GitHub] A new SSH key was added to your account',
    'Jira: SALES-221 "Evaluate pricing for claim tool" was assigned to you by Priya Raman.',
    'HubSpot: New form submission on "Request a demo" from dana@acme.com',
    'Notion: Alex mentioned you in "Q1 vendor shortlist": "@Sam can you check their security page?"',
    'Zendesk: Your request #88213 "Pricing question" has been solved. Reply to this email to reopen it.',
  ])('%j is a notice, never a question', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test.each([
    'Alex mentioned you in the meeting, can you send pricing?',
    'A new rep was added to your account team? Who is it?',
  ])('%j is a person’s own words', (text) => {
    expect(kindOf(text)[1]).not.toBe('auto_ack');
  });
});

test('"What makes yours stick?" asks about the product', () => {
  expect(said('We tried something like this last year and nobody used it. What makes yours stick?')).toEqual([
    'interested',
    [],
  ]);
});

test('"Can you not." is a stop; "Can you not send pricing?" a question', () => {
  expect(kindOf('Can you not.')[0]).toBe('unsubscribe');
  expect(said('Can you not send pricing?')).toEqual(['interested', ['pricing']]);
});

test('"You called me at 6am." is a complaint; a call at 11am is not', () => {
  expect(flagsOf('Sorry, who gave you my number? You called me at 6am.')[1]).toContain('brand');
  expect(flagsOf('You called me at 11am, sorry I missed it.')[1]).toEqual([]);
});

describe('in other European languages', () => {
  test('"merci de ne plus nous contacter" is a stop', () => {
    expect(kindOf('Nous ne sommes pas intéressés, merci de ne plus nous contacter.')[0]).toBe('unsubscribe');
  });

  test.each([
    'Danke, aber wir nutzen bereits HubSpot dafür.',
    'Nous utilisons déjà Salesforce pour ça, merci.',
    'Ya usamos Pipedrive para esto.',
    'Usiamo già Pipedrive per questo.',
  ])('%j is a no: a named tool already does it', (text) => {
    expect(kindOf(text)).toEqual(['not_interested', 'none']);
  });

  test('"Wir nutzen bereits HubSpot dafür - geht das zusammen?" asks about it', () => {
    expect(said('Wir nutzen bereits HubSpot dafür - geht das zusammen?')).toEqual([
      'interested',
      ['integration'],
    ]);
  });

  test.each([
    'Buongiorno, i vostri server sono in UE? Dobbiamo rispettare il GDPR.',
    'Stehen Ihre Server in der EU?',
  ])('%j asks about security', (text) => {
    expect(said(text)).toEqual(['interested', ['security']]);
  });

  test.each(['Hej, vi har inte budget i år. Hör av dig efter sommaren.', 'Tak, men ikke lige nu.'])(
    '%j is a wait (Swedish, Danish)',
    (text) => {
      expect(kindOf(text)).toEqual(['not_interested', 'not_now']);
    },
  );
});
