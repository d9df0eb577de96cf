import { classifyMail, wholeMail } from '../support/whole-mail.js';

/**
 * What a shared inbox gets besides answers, and words a reply carries that are nobody's threat
 * (a probe of 2026-12-04, docs/reply-classifier.md, "Newsletters, envelopes and the writer's own
 * business"): newsletters and list digests, whose footers said "unsubscribe" (6 of 10 were stops);
 * machine mail known by its envelope (Return-Path: <>) or by "not a valid user here" (two of the
 * 126 real mails of Mail::DeliveryStatus::BounceParser's corpus); a copyright line or a law firm's
 * signature under a polite stop, read as a legal threat; a law firm describing its own lawsuits;
 * and the brand model reading a pest-control firm's "termites, rodents, snakes" as a complaint.
 */
/** A mail with these header lines (From and Subject among them) and this text, as the inbox reads it. */
async function read(headerLines: string, body: string) {
  const lines = headerLines.split('\n');
  const field = (name: string) => lines.find((l) => l.startsWith(`${name}: `))?.slice(name.length + 2);
  const headers = lines.filter((l) => !/^(From|Subject): /.test(l));
  return classifyMail(
    await wholeMail(body, { from: field('From') ?? '', subject: field('Subject') ?? '', headers }),
  );
}

const reply = (body: string) =>
  read('From: Jane Doe <jane@acme.com>\nSubject: Re: Quick question\nIn-Reply-To: <s1@ourco.io>', body);

describe('mail nobody wrote to us: newsletters and list digests', () => {
  test("when a shop's newsletter ends in 'unsubscribe from this list', then it is nobody's answer: other, no stop and no flag", async () => {
    const c = await read(
      'From: Acme Outdoor <news@acmeoutdoor.com>\nSubject: Our winter collection is here\nList-Unsubscribe: <https://acmeoutdoor.example/unsubscribe?u=1>\nPrecedence: bulk',
      'Hi Ava,\n\nJackets, boots and base layers, all 20% off until Sunday.\n\nCopyright (C) 2026 Acme Outdoor, All rights reserved.\nYou are receiving this email because you opted in via our website.\nYou can update your preferences or unsubscribe from this list.',
    );
    expect([c.category, c.intent.kind, c.flags]).toEqual(['other', 'none', { priority: [] }]);
    expect(c.signals).toContain('header:list-mail');
  });

  test("when a community digest lists 'Spam filters are killing our sequences' and a Russian shop's mail says 'Отписаться', then neither is a stop", async () => {
    const digest = await read(
      'From: Sales Hacker <community@saleshacker.example>\nSubject: Your weekly digest\nList-Unsubscribe: <https://saleshacker.example/u>',
      'Top discussions this week:\n\n- Spam filters are killing our sequences, help\n- Cold email reply rates in 2026\n\nYou are receiving this digest because you are a member. Unsubscribe.',
    );
    const shop = await read(
      'From: Фортуна <info@fortuna-shop.example>\nSubject: Скидки до 50%\nList-Unsubscribe: <https://fortuna-shop.example/unsub>',
      'Только до воскресенья скидки до 50%.\n\nВы получили это письмо, потому что подписались на рассылку. Отписаться от рассылки можно по ссылке.',
    );
    expect([digest.category, digest.flags.brand, shop.category, shop.flags.brand]).toEqual([
      'other',
      undefined,
      'other',
      undefined,
    ]);
  });

  test("when a person answers our mail through their company's list (its headers, but In-Reply-To or 'Re:'), then their stop is still a stop", async () => {
    const listed = 'List-Unsubscribe: <mailto:sales+unsubscribe@acme.example>\nPrecedence: list';
    const threaded = await read(
      `From: "'Jane Doe' via Sales" <sales@acme.com>\nSubject: Quick question\nIn-Reply-To: <s1@ourco.io>\n${listed}`,
      'Please remove me from your list.',
    );
    const subjectOnly = await read(
      `From: "'Jane Doe' via Sales" <sales@acme.com>\nSubject: RE: Quick question\n${listed}`,
      'Please remove me from your list.',
    );
    expect([threaded.category, subjectOnly.category]).toEqual(['unsubscribe', 'unsubscribe']);
  });
});

describe('machine mail known by its envelope or its wording', () => {
  test("when a server with no From writes 'You sent mail to a@b.c. That's not a valid user here.', then it is a permanent bounce for a@b.c", async () => {
    const c = await read(
      'From: <>\nAuto-Submitted: auto-replied',
      "You sent mail to mpatel@northwind.example. That's not a valid user here.",
    );
    expect([c.category, c.bounce?.address, c.bounce?.permanent]).toEqual([
      'bounce',
      'mpatel@northwind.example',
      true,
    ]);
  });

  test("when 'Thank you for your e-mail, I will reply as soon as possible' comes from the null sender (Return-Path: <>), then it is an auto-reply; from a person's own address it stays a person's words", async () => {
    const text =
      'Thank you for your e-mail.\nI will endeavour to reply as soon as possible.\n\nRegards\nJohn Smith';
    const machine = await read(
      'Return-Path: <>\nFrom: John Smith <john@acme.com>\nSubject: Thank you for your e-mail\nPrecedence: bulk',
      text,
    );
    const person = await read(
      'Return-Path: <john@acme.com>\nFrom: John Smith <john@acme.com>\nSubject: Re: Quick question\nIn-Reply-To: <s1@ourco.io>',
      text,
    );
    expect([machine.category, person.category]).toEqual(['out_of_office', 'other']);
    expect(machine.signals).toContain('header:return-path=<>');
  });
});

describe('the law in a signature', () => {
  test('when a polite stop is signed with a copyright line or a law firm on one line, then it is a stop with no legal flag', async () => {
    const copyright = await reply(
      'Not interested, please take me off your list.\n\nJane Doe\nAcme Inc.\n© 2026 Acme Inc. All rights reserved.',
    );
    const firm = await reply('Stop emailing me.\n\nJane Doe | Acme Legal Services LLP | Attorneys at law');
    expect([copyright.category, copyright.flags.legal, firm.category, firm.flags.legal]).toEqual([
      'unsubscribe',
      undefined,
      'unsubscribe',
      undefined,
    ]);
  });

  test('when the stop itself says the lawyers are copied, then it is still a legal threat', async () => {
    const c = await reply('Stop emailing me. My attorneys have been copied.\n\nJane Doe | Acme Inc.');
    expect([c.category, c.flags.legal]).toEqual(['unsubscribe', true]);
  });
});

describe("legal words about the writer's own business", () => {
  test.each([
    "We're a law firm specialising in litigation and personal injury lawsuits. We don't use a CRM.",
    'We had two lawsuits last year, so legal reviews every vendor now.',
  ])('when a reply says %j, then it threatens nobody: no legal flag, no stop', async (text) => {
    const c = await reply(text);
    expect([c.category === 'unsubscribe', c.flags.legal]).toEqual([false, undefined]);
  });

  test.each([
    'We will take legal action.',
    'I think this is illegal.',
    'Our counsel has been copied. Cease all communication with our employees.',
    "I'm considering a class action.",
  ])('when a reply says %j, then it is still a legal threat', async (text) => {
    expect((await reply(text)).flags.legal).toBe(true);
  });
});

describe('the brand model reads complaints of someone', () => {
  test.each([
    'Our company does pest control: termites, rodents, snakes. We have four technicians.',
    'We are a demolition contractor. Explosives, wrecking, hazardous waste removal.',
  ])('when a reply only describes the writer’s own trade (%j), then it is no complaint', async (text) => {
    const c = await reply(text);
    expect([c.category, c.flags.brand]).toEqual(['other', undefined]);
  });

  test('when a reply judges something done to them, then the model still flags it', async () => {
    const c = await reply(
      "Using our customer's name as a 'reference' without asking them is a serious breach of trust. They were not pleased either.",
    );
    expect([c.category, c.flags.brand]).toEqual(['not_interested', true]);
  });
});

describe("a service's notices hand nothing on", () => {
  test("when a receipt closes 'If you have any questions, contact us at billing@…', then it is no referral (and 'If' was never a name)", async () => {
    const c = await read(
      'From: Stripe <receipts+acct_1@stripe.com>\nSubject: Your receipt from Northwind Analytics #2231-9910',
      'Receipt from Northwind Analytics\n\nAmount paid: $1,200.00\nPayment method: Visa - 4242\n\nIf you have any questions, contact us at billing@northwind.example.',
    );
    expect([c.category, c.intent.kind]).toEqual(['other', 'none']);
  });

  test('when a booking notice from a notifications address lists the invitee and their email, then it is no referral', async () => {
    const c = await read(
      'From: Calendly <notifications@calendly.com>\nSubject: New Event: Priya Shah - 30 Minute Meeting',
      'A new event has been scheduled.\n\nInvitee: Priya Shah\nInvitee Email: priya@northwind.example\n\nQuestions: Pricing for 40 reps and how the Salesforce integration works.',
    );
    expect([c.category, c.intent.kind]).toEqual(['other', 'none']);
  });

  test("when a person writes 'if you have questions, contact our CFO Dana at dana@…', then it is still a referral to Dana", async () => {
    const c = await reply('Not my area. If you have questions, contact our CFO Dana Ruiz at dana@acme.com.');
    expect(c.intent).toEqual({ kind: 'referral', people: [{ email: 'dana@acme.com', name: 'Dana Ruiz' }] });
  });
});

describe('one word is no evidence, and sharing is not always showing up', () => {
  test.each(['Test', 'Unencoded Euro Sign:', 'Thank you for booking with easyHotel.'])(
    'when a reply says only %j (one word the model knows), then the model does not decide it',
    async (text) => {
      const c = await reply(text);
      expect([c.category, c.signals.some((s) => s.startsWith('model:'))]).toEqual(['other', false]);
    },
  );

  test.each([
    "I'll share this with the group and get back to you.",
    "I'm sharing this with everyone on my team.",
    "Posted this in our community Slack, let's see what people think.",
    'We share dashboards with our group leads every week.',
    "I'm going to post about this on LinkedIn, it's exactly what our industry needs.",
    'I posted a job for an SDR on LinkedIn, maybe later.',
  ])('when a reply says %j, then it is no brand complaint', async (text) => {
    expect((await reply(text)).flags.brand).toBeUndefined();
  });

  test.each(['Posting this on LinkedIn.', 'Sharing this with my network as a warning.'])(
    'when a reply says %j, then it is still a brand complaint',
    async (text) => {
      expect((await reply(text)).flags.brand).toBe(true);
    },
  );
});

describe("a stop's words said to stay, and a list of the writer's own", () => {
  test.each([
    "Please don't remove me from your list, I want the case study when it's out.",
    'Not spam at all, this is relevant. Who else uses it?',
    'I unsubscribed from your newsletter by mistake, can you add me back?',
  ])('when a reply says %j, then it is no stop and no complaint', async (text) => {
    const c = await reply(text);
    expect([c.category === 'unsubscribe', c.flags.brand]).toEqual([false, undefined]);
  });

  test.each(['Please remove me from your list.', 'Not spam? Then what is it?'])(
    'when a reply says %j, then it is still a stop',
    async (text) => {
      expect((await reply(text)).category).toBe('unsubscribe');
    },
  );

  test("when a buyer asks whether the tool can block reps from emailing accounts on their do-not-contact list, then it is a question, not a vow never to deal with us; 'you're on our do-not-contact list' still is", async () => {
    const asked = await reply('Can your tool block reps from emailing accounts on our do-not-contact list?');
    const vowed = await reply("You're on our do-not-contact list.");
    expect([asked.category, asked.flags.brand, vowed.flags.brand]).toEqual(['interested', undefined, true]);
  });
});
