import { flagsOf, kindOf, read, referredTo, said, waitOf } from '../support/read-reply.js';

/**
 * Fifty-fourth session (docs/reply-classifier.md, "A reason to care, a missed call"): replies typed
 * on a phone, questions beside a no, executives' one-liners, work apps' notices, five European
 * languages, follow-up dates and softer legal words, written fresh and run as shipped.
 */
describe('a phone’s shorthand and a pass at the end', () => {
  test.each(['we alrdy use clari for this, pass', 'Looks neat but pass', 'Nice idea, so pass.'])(
    '%j is a no',
    (text) => {
      expect(kindOf(text)[0]).toBe('not_interested');
    },
  );

  test.each(['Send me the deck so I can pass it to my boss.', 'Happy to pass it along.'])(
    '%j passes something on, no no',
    (text) => {
      expect(kindOf(text)[0]).not.toBe('not_interested');
    },
  );
});

describe('questions that name a rival, a price without its sign, a challenge', () => {
  test('"Sounds like Salesloft. Why would I switch?" compares, asking nothing about connecting', () => {
    expect(said('Sounds like Salesloft. Why would I switch?')).toEqual(['interested', []]);
  });

  test('"Does it sync with Salesloft?" still asks about connecting', () => {
    expect(said('Does it sync with Salesloft?')).toEqual(['interested', ['integration']]);
  });

  test.each([
    "Unless it's under 10k a year, don't bother.",
    "If it's under 10k a year, we'd consider it.",
    'Could you do it for 50 bucks a seat?',
  ])('%j asks the price', (text) => {
    expect(said(text)).toEqual(['interested', ['pricing']]);
  });

  test.each(['We have more than 10k contacts in the CRM.', 'We send about 2k emails a week.'])(
    '%j is a size, no price',
    (text) => {
      expect(read(text).flags.priority).not.toContain('pricing');
    },
  );

  test('"Give me a reason to care." asks to be won over: a yes', () => {
    expect(kindOf('Give me a reason to care.')).toEqual(['interested', 'none']);
  });
});

describe('hand-offs to a title, to a team, in Portuguese', () => {
  test.each([
    "I'm on the board, not operations. Talk to the COO, Raj Patel.",
    "My team handles vendor evaluations. I've forwarded this to them.",
  ])('%j is the wrong person', (text) => {
    expect(kindOf(text)).toEqual(['other', 'wrong_person']);
  });

  test('"Não sou a pessoa certa" with an address refers us on', () => {
    expect(referredTo('Não sou a pessoa certa. Fale com o Pedro, pedro@empresa.com.br')).toEqual([
      'pedro@empresa.com.br',
    ]);
  });
});

describe('work apps’ notices', () => {
  test.each([
    '[JIRA] (SALES-412) Claim dispute for acme.com - assigned to you\nPriority: Medium. View issue: https://acme.atlassian.net/browse/SALES-412',
    'Google Drive: Priya shared "Q4 pipeline" with you. Open',
    'HubSpot: A contact you own, Dana Lee, visited your pricing page 3 times.',
    'This message was quarantined by Mimecast. Release it from the portal if you trust the sender.',
    'Microsoft Teams: You missed a call from Dana Lee.',
  ])('%j is a notice, never a yes', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test.each(['I shared "Q4 pipeline" with you yesterday.', 'We visited your website and liked it.'])(
    '%j is a person’s own words',
    (text) => {
      expect(kindOf(text)[1]).not.toBe('auto_ack');
    },
  );
});

describe('a wait put as a week, or as better to discuss', () => {
  test('"Ping me the week of January 11th." waits until then', () => {
    expect(waitOf('Ping me the week of January 11th.')).toEqual(['not_interested', '2027-01-11']);
  });

  test('"Next month works better to discuss." waits a month', () => {
    expect(waitOf('Next month works better to discuss.')).toEqual(['not_interested', '2026-12-01']);
  });
});

describe('one’s data asked for in other words', () => {
  test('asking for the personal information held, and its source, is a legal matter, no stop', () => {
    expect(
      flagsOf(
        'Please send me all the personal information you have on file about me, and tell me where you obtained it.',
      ),
    ).toEqual(['other', ['legal']]);
  });

  test('asking to delete all data held is still a stop', () => {
    expect(flagsOf('Under CCPA I request deletion of all data you hold on me.')).toEqual([
      'unsubscribe',
      ['legal'],
    ]);
  });

  test('"Send me all the information you have about pricing." is no legal matter', () => {
    expect(flagsOf('Send me all the information you have about pricing.')).toEqual(['interested', []]);
  });
});
