import { flagsOf, kindAndFlags, kindOf, referredTo, said } from '../support/read-reply.js';

/**
 * Forty-eighth session (docs/reply-classifier.md, "An account manager assigned, 'overkill' with a
 * smaller plan asked"): 65 replies (everyday English and Russian, threats, keen-sounding machine
 * notes, six European languages) 46 right as shipped, three machine notes read as a yes; 49 once my
 * labels followed the corpus's; now 65.
 */
describe('notices that sound like a keen person', () => {
  test.each([
    'Great news! Your account manager, Priya, will be in touch within one business day to get you set up.',
    "Thank you for booking a call with us! We're looking forward to speaking with you on Thursday.",
    "Hi there 👋 Thanks for reaching out to Northwind! We'd love to learn more about your team. Pick a time that works for you: calendly.com/northwind/intro",
    'Your quote is ready! Review and accept it here to get started.',
    "You've unlocked 20% off your first year! Use code WELCOME20 at checkout.",
    'Congrats on joining the Orbit community! Introduce yourself in #general.',
    "We're excited to invite you to our Customer Summit 2027 in Austin. Early-bird tickets are live!",
    'Рады видеть вас среди наших клиентов! Ваш доступ к платформе активирован.',
  ])('%j is a notice, never a yes', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test('when a person thanks us for reaching out and asks for a time, then it is still a yes', () => {
    expect(kindOf('Thanks for reaching out! Happy to chat, does Thursday work?')).toEqual([
      'interested',
      'none',
    ]);
  });
});

describe('a smaller plan asked, and other buyers', () => {
  test('when a small team asks whether it is overkill or there is a small-team plan, then it asks about pricing', () => {
    expect(said('I run a 4-person agency. Is this overkill or do you have a small-team plan?')).toEqual([
      'interested',
      ['pricing'],
    ]);
  });

  test('when overkill is all it says, then it is a no', () => {
    expect(kindOf('This feels like overkill for us.')).toEqual(['not_interested', 'none']);
  });

  test('when the pitch is called a solution looking for a problem, then it is a no', () => {
    expect(kindOf('Sounds like a solution looking for a problem.')).toEqual(['not_interested', 'none']);
  });

  test('when a colleague is named with an address and "she\'d be the one", then it refers us to her', () => {
    expect(referredTo("Our RevOps lead is Sunita Rao, sunita@corvid.io. She'd be the one.")).toEqual([
      'sunita@corvid.io',
    ]);
  });
});

describe('complaints filed elsewhere, and impersonation', () => {
  test('when the writer has filed a complaint with our hosting provider, then it is a stop and a complaint', () => {
    expect(flagsOf("We've filed a complaint with your hosting provider.")).toEqual([
      'unsubscribe',
      ['brand'],
    ]);
    expect(flagsOf('Мы уже направили жалобу вашему хостинг-провайдеру.')).toEqual(['unsubscribe', ['brand']]);
  });

  test('when our rep impersonated a partner and lawyers are named, then it is a stop flagged legal and brand', () => {
    expect(
      kindAndFlags(
        "Your rep impersonated our partner to get this meeting. We'll be talking to our attorneys.",
      ),
    ).toEqual(['unsubscribe', 'none', true, true]);
  });
});

describe('European noes and stops', () => {
  test('when an Italian reply asks us not to write to them again, then it is a stop', () => {
    expect(kindOf('Non siamo interessati, grazie. Per favore non scriveteci più.')).toEqual([
      'unsubscribe',
      'none',
    ]);
  });

  test('when a Portuguese reply says they already use another tool, then it is a no', () => {
    expect(kindOf('Obrigado, mas já usamos outra ferramenta.')).toEqual(['not_interested', 'none']);
  });

  test('when a Swedish reply says they are not interested, then it is a no', () => {
    expect(kindOf('Tack, men vi är inte intresserade.')).toEqual(['not_interested', 'none']);
  });
});
