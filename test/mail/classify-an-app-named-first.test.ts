import { flagsOf, kindOf, said } from '../support/read-reply.js';

/**
 * Fifty-fifth session, third round (docs/reply-classifier.md, "An app named first"): fifteen more
 * machine notes were 4 of 15, three of them a yes; an app's notice is now read by its shape
 * (src/domain/app-notice.ts), and ten people's replies headed with a name were written to try it.
 */
describe('an app named first, speaking as a system', () => {
  test.each([
    'Google Calendar: Reminder - "Pipeline review" at 3pm today.',
    'Chorus: Your meeting with Northwind has been recorded and transcribed.',
    'Seamless.AI: You have 50 new credits available.',
    'Vidyard: Someone at Northwind watched 85% of your video.',
    'Lusha: Your monthly credits have been renewed.',
    'Salesloft: Cadence "Enterprise Q4" step 3 is due today for 12 people.',
    'Highspot: Your pitch "ClaimDesk overview" was opened by dana@acme.com.',
    'Greenhouse: New candidate applied for Account Executive - EMEA.',
    'Grammarly: Your weekly writing update is here.',
    'Gong: Your call with Northwind is ready. View highlights.',
  ])('%j is a notice, never a yes', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test('"Your AWS bill for November is $1,204.55." is a notice', () => {
    expect(kindOf('Your AWS bill for November is $1,204.55.')).toEqual(['out_of_office', 'auto_ack']);
  });

  test('a meeting a prospect booked, told by an app, is still theirs to see', () => {
    expect(kindOf('Calendly: New event scheduled - 30 Minute Meeting with Dana Lee on Thu, Dec 3.')[0]).toBe(
      'interested',
    );
  });
});

describe('a person who heads a reply with a name', () => {
  test('"Sam: your timing is good, Thursday works." is a yes', () => {
    expect(kindOf('Sam: your timing is good, Thursday works.')[0]).toBe('interested');
  });

  test('"Sam: Your pricing page is confusing. Send the numbers for 20 seats." asks the price', () => {
    expect(said('Sam: Your pricing page is confusing. Send the numbers for 20 seats.')).toEqual([
      'interested',
      ['pricing'],
    ]);
  });

  test('"Sam: Your emails are spam." is a stop with a complaint', () => {
    expect(flagsOf('Sam: Your emails are spam.')).toEqual(['unsubscribe', ['brand']]);
  });

  test.each([
    ['Sam: Remove this address.', 'unsubscribe'],
    ['Sam: Not interested, your product is a poor fit.', 'not_interested'],
    ['Dana Lee: New role, same email. Still keen to chat.', 'interested'],
  ])('%j is a person’s (%s)', (text, category) => {
    expect(kindOf(text)[0]).toBe(category);
  });

  test('"Update: Your proposal has been approved by legal." is no notice (a heading, not an app)', () => {
    expect(kindOf('Update: Your proposal has been approved by legal.')[1]).not.toBe('auto_ack');
  });
});

describe('the same round’s people', () => {
  test.each([
    'Gracias, pero ya trabajamos con Salesforce para esto.',
    'Wir arbeiten bereits mit HubSpot dafür.',
    'Nous travaillons déjà avec Salesforce pour ça.',
  ])('%j is a no: a named tool already worked with', (text) => {
    expect(kindOf(text)).toEqual(['not_interested', 'none']);
  });

  test.each(['10/10 subject line, 0/10 relevance.', "I'll pencil you in for never."])(
    '%j is a no',
    (text) => {
      expect(kindOf(text)[0]).toBe('not_interested');
    },
  );

  test('"Rate it 10/10, let\'s talk." is still a yes', () => {
    expect(kindOf("Rate it 10/10, let's talk.")[0]).toBe('interested');
  });

  test('keen, though the owner decides, and the writer will show it on: a yes', () => {
    expect(
      kindOf('Интересно, но решение принимает собственник. Подготовьте короткую презентацию, я ему покажу.'),
    ).toEqual(['interested', 'none']);
    expect(kindOf("Not my call, but send a deck and I'll show my boss.")[0]).toBe('interested');
  });

  test('"Решение принимает собственник, пишите ему." is still the wrong person', () => {
    expect(kindOf('Решение принимает собственник, пишите ему.')).toEqual(['other', 'wrong_person']);
  });

  test('"Подготовьте КП на 20 пользователей." asks the price', () => {
    expect(said('Подготовьте КП на 20 пользователей.')).toEqual(['interested', ['pricing']]);
  });
});

describe('more apps, named first', () => {
  test.each([
    'Miro: You were mentioned on "Sales kickoff board".',
    'ClickUp: Task "Send pricing to Northwind" is overdue.',
    'Aircall: Missed call from +44 20 7946 0958.',
    'Quickbooks: Invoice 1043 from Northwind is overdue.',
  ])('%j is a notice (a title names no request of the writer’s)', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test('"We\'re keen: send pricing." after a heading is a person’s', () => {
    expect(said("Northwind: We're keen, send pricing.")).toEqual(['interested', ['pricing']]);
  });
});
