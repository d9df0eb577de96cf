import { classify } from '../../src/domain/classify.js';
import { at, read } from '../support/read-reply.js';

/**
 * Probes written on 2026-12-03 in voices not tried before (docs/reply-classifier.md, "Probes": English as written
 * in India and elsewhere, emoji, inline answers, Russian in new words, executives and their
 * assistants, partners, investors and recruiters). What they found, each beside the sense it
 * must keep.
 */

describe('what the phrasing probes taught', () => {
  test('when a reply says there is no requirement or that it does not suit, then it is a no', () => {
    expect(read('Presently we are not having any requirement for this.').category).toBe('not_interested');
    expect(read("We don't have a need for that at the moment.").category).toBe('not_interested');
    expect(read('We are small team of 5 only, this is not suitable.').category).toBe('not_interested');
    expect(read('🙄 another one of these').category).toBe('not_interested');
    // Asking whether it suits is a question to the vendor.
    expect(read('Is this suitable for a team of 5?').intent).toEqual({ kind: 'question', topics: [] });
  });

  test('when the writer will revert after something of their own, then nobody is asked to wait', () => {
    expect(read('We will revert back after discussing internally.').intent).toEqual({ kind: 'none' });
    expect(read("We'll get back to you after we discuss it with the team.").intent).toEqual({ kind: 'none' });
    // After a time, the rep waits for it; asked to revert later, the rep is the one to come back.
    expect(read('We will revert in January.').intent).toEqual({ kind: 'not_now', followUp: '2027-01-01' });
    expect(read('Kindly revert in Q2.').intent).toEqual({ kind: 'not_now', followUp: '2027-04-01' });
    // Away and promising to revert "post that": an absence.
    expect(read('I am on leave till 5th Dec, will revert post that.').category).toBe('out_of_office');
  });

  test('when a reply asks to connect at a time, or says the need may come then, then it is a not-now', () => {
    expect(read('This requirement may come in next financial year. Please connect in April.').intent).toEqual(
      {
        kind: 'not_now',
        followUp: '2027-04-01',
      },
    );
    expect(read('Budget might open up in Q3.').intent).toEqual({ kind: 'not_now', followUp: '2027-07-01' });
    // "Connect" to a system at a time is about the product.
    expect(read('Does it connect in real time to Salesforce?').intent).toEqual({
      kind: 'question',
      topics: ['integration'],
    });
  });

  test("when a reply says it is someone else's area or call, then it hands on", () => {
    expect(read("That's Maya's area — maya.ortiz@brightline.io.").intent).toEqual({
      kind: 'referral',
      people: [{ email: 'maya.ortiz@brightline.io', name: 'Maya' }],
    });
    expect(read("That's our CFO's call, sorry.").intent).toEqual({ kind: 'wrong_person' });
    expect(read('I am not the concerned person for this. Please check with sales team.').intent).toEqual({
      kind: 'wrong_person',
    });
    expect(
      read('Переслал руководителю отдела продаж, он с вами свяжется, если будет интерес.').intent,
    ).toEqual({
      kind: 'wrong_person',
    });
    // An apostrophe inside a name is part of it.
    expect(read("Talk to Sean O'Brien (sean@x.io).").intent).toEqual({
      kind: 'referral',
      people: [{ email: 'sean@x.io', name: "Sean O'Brien" }],
    });
  });

  test("when a reply asks for it at the writer's other address, then that address is the writer's and the yes stands", () => {
    const got = read('Please send the proposal on my official id tom.baker@brightline.in');
    expect([got.category, got.intent]).toEqual([
      'interested',
      { kind: 'referral', people: [{ email: 'tom.baker@brightline.in' }] },
    ]);
    // Pointing to someone else is still a referral, not a yes.
    expect(read('Send it to my colleague Dana, dana@acme.com.').category).toBe('other');
  });

  test('when one part of the offer is wanted now and the other later, then the part wanted now is asked for', () => {
    expect(read('Pricing yes, demo maybe later.').intent).toEqual({ kind: 'question', topics: ['pricing'] });
    expect(read('Send pricing please, demo maybe later.').category).toBe('interested');
    // Both later is a later.
    expect(read('Maybe later for both.').category).toBe('not_interested');
  });

  test('when a Russian question names a CRM in mixed script or asks whether it gets on with a tool, then it asks about integration', () => {
    expect(read('Интересно. С амоCRM работаете?').intent).toEqual({
      kind: 'question',
      topics: ['integration'],
    });
    expect(read('А с Пайпдрайвом дружит?').intent).toEqual({ kind: 'question', topics: ['integration'] });
    // Working with people is not a tool.
    expect(read('С нами дружит?').intent).toEqual({ kind: 'none' });
  });

  test('when an assistant is brought in to find a time, then it is a yes', () => {
    expect(read('Adding my EA Jen to find time.').category).toBe('interested');
    expect(read('Looping in my assistant to schedule.').category).toBe('interested');
    expect(read('My EA will send an invite.').category).toBe('interested');
    // A colleague brought in with no time to find is a hand-off.
    expect(read("Cc'ing my colleague Rachel.").intent).toEqual({ kind: 'wrong_person' });
  });

  test('when a reply only says whom to send it to, then it hands on', () => {
    expect(read('Send to Brian.').intent).toEqual({ kind: 'wrong_person' });
    expect(read('Please forward to procurement.').intent).toEqual({ kind: 'wrong_person' });
    expect(read('Send to Brian, brian@x.io').intent).toEqual({
      kind: 'referral',
      people: [{ email: 'brian@x.io', name: 'Brian' }],
    });
    // Sent to the writer at another address: a request, and no Gmail question in "gmail.com".
    const got = read('Send to me at tom@gmail.com');
    expect([got.category, got.intent, got.flags.priority]).toEqual([
      'interested',
      { kind: 'referral', people: [{ email: 'tom@gmail.com' }] },
      [],
    ]);
    expect(read('Does it work with Gmail?').intent).toEqual({ kind: 'question', topics: ['integration'] });
  });

  test("when an assistant declines on the boss's behalf, then it is a no", () => {
    expect(read('Tom has asked me to decline on his behalf. Thank you for understanding.').category).toBe(
      'not_interested',
    );
    expect(read("We'll respectfully decline.").category).toBe('not_interested');
  });

  test('when an investor or a recruiter writes, then it is off the subject, whatever "not a buyer" or "love to chat" says', () => {
    expect(read("Are you raising? I'm an investor, not a buyer, but I'd love to chat.")).toMatchObject({
      category: 'other',
      intent: { kind: 'none' },
    });
    expect(read("I'm a recruiter, not a buyer, but are you hiring SDRs?")).toMatchObject({
      category: 'other',
      intent: { kind: 'none' },
    });
  });

  test('when the one who decides is away until a day and they will decide then, then it is a not-now to that day', () => {
    expect(read('Руководитель в отпуске до 15-го, потом решим.').intent).toEqual({
      kind: 'not_now',
      followUp: '2026-12-15',
    });
    expect(read("My boss is out until Dec 15, we'll decide then.").intent).toEqual({
      kind: 'not_now',
      followUp: '2026-12-15',
    });
    expect(read('Try me after the 15th.').intent).toEqual({ kind: 'not_now', followUp: '2026-12-15' });
    // The writer away, discussing on return: an absence.
    expect(read('Сейчас в отпуске, вернусь 14 декабря, тогда и обсудим.').category).toBe('out_of_office');
    expect(read("I'm on leave until Dec 14, we'll discuss then.").category).toBe('out_of_office');
  });

  test('when a question names a topic in other words, then the topic is read', () => {
    const topics = (text: string) => (read(text).intent as { topics?: string[] }).topics;
    expect(topics('What does a license run annually?')).toEqual(['pricing']);
    expect(topics('Do you do annual prepay or quarterly invoicing?')).toEqual(['pricing']);
    expect(topics('Is there a REST endpoint we could hit from our data warehouse?')).toEqual(['integration']);
    expect(topics("What's the onboarding like — do you import our existing account list?")).toEqual([
      'integration',
    ]);
    expect(topics('Где физически находятся серверы?')).toEqual(['security']);
    expect(topics('Какие права доступа нужны к нашей CRM?')).toEqual(['security', 'integration']);
    // "Important" is no import; an invoice's currency is a price.
    expect(read('This is important to us.').intent).toEqual({ kind: 'none' });
    expect(topics('Two things I need: annual price and whether you invoice in EUR.')).toEqual(['pricing']);
  });

  test('when a notice comes from an address with "noreply" inside its name, then it is never a yes', () => {
    const notice = (from: string) =>
      classify({
        from,
        subject: 'LinkedIn: Tom Baker viewed your profile',
        replyText: 'Tom Baker viewed your profile. See all views. Interested in who else did?',
        headers: {},
        receivedAt: at,
      }).category;
    expect(notice('notifications-noreply@linkedin.com')).toBe('other');
    expect(notice('info.no-reply@brightline.io')).toBe('other');
    // A person whose name merely begins with the letters is a person.
    expect(notice('noreen.replyton@brightline.io')).toBe('interested');
  });

  test('when the address comes after "her address is" or "His email:", then the name before it is the referred person', () => {
    expect(read('Our buyer is Priya; her address is priya@brightline.io.').intent).toEqual({
      kind: 'referral',
      people: [{ email: 'priya@brightline.io', name: 'Priya' }],
    });
    expect(
      read('The right person is our VP Sales, Marcus Brown. His email: marcus.brown@brightline.io').intent,
    ).toEqual({
      kind: 'referral',
      people: [{ email: 'marcus.brown@brightline.io', name: 'Marcus Brown' }],
    });
    // A name in the clause before the address still wins over one further back.
    expect(read('Not Marcus. Try Dana, dana@brightline.io').intent).toEqual({
      kind: 'referral',
      people: [{ email: 'dana@brightline.io', name: 'Dana' }],
    });
  });
});
