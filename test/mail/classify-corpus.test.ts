import { classifyFile, evaluate, type Score, type Split } from '../../scripts/corpus/evaluate.js';
import { evaluateRealBounces, WRITTEN_BOUNCES } from '../../scripts/corpus/evaluate-real-bounces.js';
import { allParts, examples, train, trainedOnOf } from '../../scripts/corpus/model.js';
import { classify } from '../../src/domain/classify.js';
import { followUpDateIn } from '../../src/domain/follow-up-date.js';
import { weights } from '../../src/domain/reply-model-weights.js';

/**
 * The floor under the classifier, on the labelled corpus (test/fixtures/replies; numbers by
 * `npm run eval:classify`). A change that makes any of these worse fails CI.
 */
const BLIND_FROM_3: Split[] = [
  'blind3',
  'blind4',
  'blind5',
  'blind6',
  'blind7',
  'blind8',
  'blind9',
  'blind10',
  'blind11',
  'blind12',
  'blind13',
  'blind14',
  'blind15',
  'blind16',
  'blind17',
  'blind18',
  'blind19',
  'blind20',
  'blind21',
  'blind22',
  'blind23',
  'blind24',
  'blind25',
  'blind26',
  'blind27',
  'blind28',
  'blind29',
  'blind30',
  'blind31',
  'blind32',
  'blind33',
  'blind34',
  'blind35',
  'blind36',
  'blind37',
  'blind38',
  'blind39',
  'blind40',
  'blind41',
];

describe('the classifier on the labelled corpus', () => {
  // Each test reads the parts it checks, each part once (kept for the tests after it): no single
  // hook has to read all the corpus's files within one timeout on a busy machine.
  const scores = new Map<Split, Promise<Score>>();
  const scoreOf = (split: Split): Promise<Score> => {
    const known = scores.get(split);
    if (known) return known;
    const score = evaluate(split);
    scores.set(split, score);
    return score;
  };
  const LATER: Split[] = ['fresh', 'blind', 'blind2'];

  test('when the held-out replies are classified, then the issue’s targets hold', async () => {
    const holdout = await scoreOf('holdout');
    expect(holdout.total).toBeGreaterThanOrEqual(150);
    expect(holdout.perCategory.bounce.recall).toBeGreaterThanOrEqual(0.98);
    expect(holdout.perCategory.out_of_office.recall).toBe(1);
    expect(holdout.intentAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(holdout.legal.caught).toBe(holdout.legal.of);
    expect(holdout.brand.caught).toBe(holdout.brand.of);
    expect(holdout.machineAsInterested).toBe(0);
    expect(holdout.accuracy).toBeGreaterThanOrEqual(0.93);
    expect(holdout.bounceAddressAccuracy).toBeGreaterThanOrEqual(0.98);
    expect(holdout.bouncePermanenceAccuracy).toBeGreaterThanOrEqual(0.98);
  });

  test('when the tuning replies are classified, then they stay as tuned', async () => {
    const tune = await scoreOf('tune');
    expect(tune.total).toBeGreaterThanOrEqual(300);
    expect(tune.accuracy).toBeGreaterThanOrEqual(0.99);
    expect(tune.intentAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(tune.machineAsInterested).toBe(0);
  });

  // These parts were each measured once before any rule was changed for them (README); since
  // then they guard against a change that loses what they taught.
  test('when the parts written after tuning are classified, then they stay right', async () => {
    for (const part of await Promise.all(LATER.map(scoreOf))) {
      expect(part.total).toBeGreaterThanOrEqual(60);
      expect(part.accuracy).toBeGreaterThanOrEqual(0.99);
      expect(part.intentAccuracy).toBeGreaterThanOrEqual(0.98);
      expect(part.machineAsInterested).toBe(0);
    }
  });

  // The third blind part was measured with the rules alone (85.5%) and with the model trained
  // without it (93.6% as tempered and shipped); the model has been trained on it since (README).
  test('when the third blind part is classified, then it stays above what it measured blind', async () => {
    const blind3 = await scoreOf('blind3');
    expect(blind3.total).toBeGreaterThanOrEqual(100);
    expect(blind3.accuracy).toBeGreaterThanOrEqual(0.936);
    expect(blind3.machineAsInterested).toBe(0);
  });

  /** A part whose misses were taught (rules and model) keeps them: nothing it taught is lost. */
  const keepsWhatItTaught = async (split: Split, accuracy: number, minFiles = 90) => {
    const part = await scoreOf(split);
    expect(part.total).toBeGreaterThanOrEqual(minFiles); // each part is 76 to 157 files
    expect(part.accuracy).toBeGreaterThanOrEqual(accuracy);
    expect(part.intentAccuracy).toBeGreaterThanOrEqual(0.98);
    expect(part.legal.caught).toBe(part.legal.of);
    expect(part.brand.caught).toBe(part.brand.of);
    expect(part.machineAsInterested).toBe(0);
  };

  // The fourth blind part was measured once with the shipped rules and model (89.8% right,
  // intent 81.4%); then rules were taught its misses and the model trained on it (README).
  test('when the fourth blind part is classified, then it keeps what it taught', async () => {
    await keepsWhatItTaught('blind4', 0.98);
  });

  // The eighth blind part (assistants, colleagues copied in, data-protection requests, and
  // bounces from nine servers no other part has) was measured once as shipped (94.9% right,
  // bounces 49 of 49, intent 92.6%); then taught and trained on.
  test('when the eighth blind part is classified, then it keeps what it taught and every bounce', async () => {
    await keepsWhatItTaught('blind8', 0.99);
    const blind8 = await scoreOf('blind8');
    expect(blind8.perCategory.bounce.support).toBeGreaterThanOrEqual(45);
    expect(blind8.perCategory.bounce.recall).toBe(1);
    expect(blind8.bounceAddressAccuracy).toBe(1);
    expect(blind8.bouncePermanenceAccuracy).toBe(1);
  });

  // The ninth blind part (answers inline, company footers, long replies, minds changed halfway)
  // was measured once as shipped (80.9% right on people's and auto-replies, intent 78.7%, brand
  // flagged on Gmail's spam block, SmarterMail's quoted address); then taught and trained on.
  test('when the ninth blind part is classified, then it keeps what it taught and reads its bounces right', async () => {
    await keepsWhatItTaught('blind9', 0.99);
    const blind9 = await scoreOf('blind9');
    expect(blind9.perCategory.bounce.recall).toBe(1);
    expect(blind9.bounceAddressAccuracy).toBe(1);
    expect(blind9.brand.false).toBe(0);
  });

  // The tenth blind part (one to eight words, as most of a real inbox is) was measured once as
  // shipped (88.5% right, intent 92.3%, return dates 2 of 6); then taught and trained on.
  test('when the tenth blind part is classified, then it keeps what it taught', async () => {
    await keepsWhatItTaught('blind10', 0.99);
    expect((await scoreOf('blind10')).returnDateAccuracy).toBe(1);
  });

  // The eleventh blind part (mostly Russian business replies; procurement, finance and IT) was
  // measured once as shipped (88.2% right, intent 78.9%, topics 30.0%); then taught and trained on.
  test('when the eleventh blind part is classified, then it keeps what it taught', async () => {
    await keepsWhatItTaught('blind11', 0.99, 70);
    expect((await scoreOf('blind11')).topicsAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  // Parts measured once as shipped, then taught (rules and model), with their first scores
  // (docs/reply-classifier.md, "How well it classifies"): blind5 95.0%, blind6 82.1%, blind7 77.1%, blind12
  // 93.8%, blind13 65.6%, blind14 80.3%, blind15 72.6%, blind16 77.6%, blind17 91.7%, blind18 70.8%, blind19 90.0%, blind20 80.5%, blind21
  // 87.3%, blind22 88.2%, blind23 71.1%, blind24
  // 95.2%, blind25 92.6%, blind26 78.9%, blind27 89.5%, blind28
  // 93.8%, blind29 85.7%, blind30 83.0%, blind31 80.9%, blind32 72.8%, blind33 83.0%, blind34 74.1%, blind35 (legal and brand) 99 of 210, 47.1%, blind36 58 of 80, 72.5%, blind37 (brand) 25/30, 16/25, 14/25, 14/25 set by set (their probes, each before its own lessons), blind38 and blind39 below. Each keeps
  // what it taught.
  test.each([
    ['blind5', 90],
    ['blind6', 90],
    ['blind7', 90],
    ['blind12', 70],
    ['blind13', 60],
    ['blind14', 60],
    ['blind15', 60],
    ['blind16', 50],
    ['blind17', 40],
    ['blind18', 40],
    ['blind19', 100],
    ['blind20', 100],
    ['blind21', 100],
    ['blind22', 60],
    ['blind23', 70],
    ['blind24', 40],
    ['blind25', 50],
    ['blind26', 36],
    ['blind27', 36],
    ['blind28', 30],
    ['blind29', 500],
    ['blind30', 300],
    ['blind31', 200],
    ['blind32', 200],
    ['blind33', 200],
    ['blind34', 200],
    ['blind35', 200],
    ['blind36', 140],
  ] as const)('when %s is classified, then it keeps what it taught', async (split, minFiles) => {
    await keepsWhatItTaught(split, 0.99, minFiles);
  });

  // The thirty-seventh blind part (brand complaints in many registers, beside replies that use the
  // same words innocently) was measured set by set as shipped, each set taught before the next
  // was written (docs/reply-classifier.md, "Legal and brand as ideas"). Nine of its 184 replies stayed missed: their
  // labels follow the written rules, and teaching them would fit one wording or raise false
  // alarms (README lists them); one ("our current vendor is pushy") was mended by the next part's
  // lesson, so no false alarm is left. It holds what it measured once taught.
  test('when the thirty-seventh blind part is classified, then it holds what it measured once taught', async () => {
    const part = await scoreOf('blind37');
    expect(part.total).toBeGreaterThanOrEqual(360);
    expect(part.accuracy).toBeGreaterThanOrEqual(0.97);
    expect(part.intentAccuracy).toBeGreaterThanOrEqual(0.975);
    expect(part.legal.caught).toBe(part.legal.of);
    expect(part.legal.false).toBe(0);
    expect(part.brand.caught).toBeGreaterThanOrEqual(part.brand.of - 6);
    expect(part.brand.false).toBe(0);
    expect(part.machineAsInterested).toBe(0);
  });

  // The thirty-eighth (everyday replies in two forms, two more brand sets with innocent uses
  // beside them, "not now" replies naming a later year, absence notes in new languages, questions
  // naming their topic in other words) was measured set by set as shipped: 47 of 50 and 39 of 39
  // everyday replies right (intent 47 and 35), brand complaints 10 of 22 and 9 of 18 caught,
  // absences 14 of 20, machine notices 18 of 20, questions 38 of 40 (intent 34), lexicon questions
  // 33 of 35 (intent 30), a third brand set 9 of 20 (docs/reply-classifier.md, "After the registers"). Five of its
  // 269 people's replies stay missed, labelled by the written rules (README lists them). It holds
  // what it measured once taught. The brand model (docs/reply-classifier.md, "Brand complaints by meaning") flags one
  // innocent use the rules pass ("I posted your job listing in our alumni Slack…", p 0.92): two files.
  test('when the thirty-eighth blind part is classified, then it holds what it measured once taught', async () => {
    const part = await scoreOf('blind38');
    expect(part.total).toBeGreaterThanOrEqual(590);
    expect(part.accuracy).toBeGreaterThanOrEqual(0.985);
    expect(part.returnDateAccuracy).toBe(1);
    expect(part.intentAccuracy).toBeGreaterThanOrEqual(0.985);
    expect(part.brand.caught).toBeGreaterThanOrEqual(part.brand.of - 2);
    expect(part.brand.false).toBeLessThanOrEqual(2);
    expect(part.machineAsInterested).toBe(0);
  });

  // The thirty-ninth (everyday replies in new voices, two brand sets in new shapes with innocent
  // uses beside them) was measured set by set as shipped: 37 of 40 everyday replies (intent 33),
  // brand sets 19 of 35 and 15 of 35 in category and flags, brand complaints 11 of 23 caught in
  // each, and five false alarms on the second set's ten innocent uses; forty ordinary replies 38 of
  // 40, thirty ordinary Russian ones 27 of 30, a third brand set 19 of 35 (brand 8 of 21),
  // automatic replies 24 of 24 with 12 of 14 return dates (docs/reply-classifier.md, "Another round in new shapes").
  // All its replies are right once taught; it holds that.
  test('when the thirty-ninth blind part is classified, then it holds what it measured once taught', async () => {
    const part = await scoreOf('blind39');
    expect(part.total).toBeGreaterThanOrEqual(480);
    expect(part.returnDateAccuracy).toBe(1);
    expect(part.accuracy).toBe(1);
    expect(part.intentAccuracy).toBe(1);
    expect(part.legal.caught).toBe(part.legal.of);
    expect(part.brand.caught).toBe(part.brand.of);
    expect(part.brand.of).toBeGreaterThanOrEqual(140);
    expect(part.brand.false).toBe(0);
    expect(part.machineAsInterested).toBe(0);
  });

  // The fortieth was written to measure the brand model (docs/reply-classifier.md, "Brand complaints by meaning")
  // as shipped, in five English rounds: complaints 23 of 30, 16 of 25, 18 of 25, 15 of 25 and 17 of
  // 25 caught (the rules alone 19, 10, 11, 11 and 13), no false alarm from the model on the 184
  // plain, innocent and ordinary English replies beside them; forty ordinary replies 40 of 40; Russian complaints, which only the
  // rules read, 12 of 18. Four complaints stay missed once taught (docs/reply-classifier.md, "Brand complaints by
  // meaning"); it holds the rest.
  test('when the fortieth blind part is classified, then it holds what it measured once taught', async () => {
    const part = await scoreOf('blind40');
    expect(part.total).toBeGreaterThanOrEqual(690);
    expect(part.accuracy).toBeGreaterThanOrEqual(0.99);
    expect(part.intentAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(part.legal.caught).toBe(part.legal.of);
    expect(part.brand.caught).toBeGreaterThanOrEqual(part.brand.of - 8);
    expect(part.brand.of).toBeGreaterThanOrEqual(280);
    expect(part.brand.false).toBe(0);
    expect(part.machineAsInterested).toBe(0);
  });

  // The forty-first measured the legal and brand reading once more, in three English rounds and a
  // Russian one: complaints 26 of 29 and threats 7 of 10 caught at first sight with the
  // regression, then 22 of 25 and 20 of 26 with the network (rules alone 13 and 16), threats 5 of
  // 5, Russian complaints 16 of 20 (the rules' alone), then twenty-five legal threats 23 of 25;
  // one false alarm (the regression's, on an exasperated no) in the first round, none after
  // (docs/reply-classifier.md, "The network"); then, the next session, thirty replies under signatures, thirty in
  // learners' English and thirty hand-offs (26, 24 and 25 of 30), twenty absence notes, and thirty
  // complaints and buyers who say "spam" (18 of 30), twenty-five in Russian (20 of 25) and
  // twenty-five in texting shorthand (21 of 25) and twenty-five yeses (24 of 25); then, the session
  // after, fifty-five complaints and buyers (26 of 30, 21 of 25), twenty longer replies (16 of
  // 20), twenty Russian complaints (17 of 20), thirty of the shortest replies (30 of 30) and
  // twenty-five in world Englishes (22 of 25), twenty-five everyday Russian ones (24 of 25) and
  // thirty-five legal threats (13 of 20, legal 9 of 11; 10 of 15, legal 5 of 7). Once taught it
  // misses no flag (one address change read as a stop, three question topics, and seven sources of
  // the 2026-12-04 checks, listed in the README, stay read wrong); it holds that.
  test('when the forty-first blind part is classified, then it holds what it measured once taught', async () => {
    const part = await scoreOf('blind41');
    expect(part.total).toBeGreaterThanOrEqual(1000);
    expect(part.accuracy).toBeGreaterThanOrEqual(0.99);
    expect(part.intentAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(part.legal.of).toBeGreaterThanOrEqual(190);
    expect(part.legal.caught).toBe(part.legal.of);
    expect(part.legal.false).toBe(0);
    expect(part.brand.of).toBeGreaterThanOrEqual(380);
    expect(part.brand.caught).toBe(part.brand.of);
    expect(part.brand.false).toBe(0);
    expect(part.machineAsInterested).toBe(0);
  });

  test('when any corpus mail is read, then the quoted pitch never leaks into the reply text', async () => {
    for (const split of ['tune', 'holdout', ...LATER, ...BLIND_FROM_3] as Split[])
      expect((await scoreOf(split)).quoteLeaks).toBe(0);
  });
});

// Real delivery failures from many servers, written by nobody here (flufl.bounce's test set):
// first measured as shipped at 106 of 115 caught and 90 of 111 addresses right; now all of them.
describe('real delivery failures', () => {
  test('when the real set is classified, then every bounce is caught, no other mail is called one, and addresses and permanence hold', async () => {
    const real = await evaluateRealBounces();
    expect(real.bounces).toBeGreaterThanOrEqual(110);
    expect(real.caught).toBe(real.bounces);
    expect(real.falseBounces).toBe(0);
    expect(real.addressRight).toBe(real.addressOf);
    expect(real.permanenceRight).toBe(real.caught);
  });

  test('when the written set (formats the real set lacks) is classified, then every bounce is caught with its address and permanence, and the three that only talk about delivery (one a person forwarding a bounce) are not bounces', async () => {
    const written = await evaluateRealBounces(WRITTEN_BOUNCES);
    expect([written.bounces, written.others]).toEqual([73, 3]);
    expect(written.caught).toBe(written.bounces);
    expect(written.falseBounces).toBe(0);
    expect(written.addressRight).toBe(written.addressOf);
    expect(written.permanenceRight).toBe(written.caught);
  });

  const real = (file: string) => classifyFile(`test/fixtures/bounces-real/${file}`).then((r) => r.c);
  test('when a report says MULTIPART/REPORT in capitals, then its DSN is read, and the address we wrote to wins over an internal alias', async () => {
    const c = await real('dsn_01.txt'); // Final-Recipient: userx@sims-ms-daemon, Original-Recipient: userx@example.com
    expect(c.bounce).toMatchObject({ address: 'userx@example.com', permanent: true });
    expect(c.signals).toContain('dsn:failed-recipient');
  });

  test('when a DSN names an X.400 recipient and says "failed" with a 4.x.x status, then the address comes from the text and the failure is permanent', async () => {
    const c = await real('dsn_02.txt');
    expect(c.bounce).toMatchObject({ address: 'zzzzz@example.uk', permanent: true, status: '4.4.7' });
  });

  test('when the only text of a report is an HTML part inside multipart/mixed, then it is read', async () => {
    const c = await real('simple_25.txt');
    expect(c.bounce).toMatchObject({ address: 'userx@example.com', permanent: true });
  });

  test('when a report lists who it "did not reach", then that recipient wins over the returned copy’s To (a list)', async () => {
    const c = await real('groupwise_01.txt'); // To: mailman-users@python.org … did not reach: userx@example.EDU
    expect(c.bounce).toMatchObject({ address: 'userx@example.edu', permanent: true });
  });

  test('when a report lists a failed mailbox without a domain, then it is the reporting server’s user, and whose mail was refused is not', async () => {
    // "…could not be delivered because they are not accepting mail from xxx@lists.xxx.com:\n\tscreenname"
    expect((await real('aol_01.txt')).bounce).toMatchObject({
      address: 'screenname@aol.com',
      permanent: true,
    });
    // From MAILER-DAEMON@mr2.its.yale.edu: "Message not delivered to the following:\n\n userx    No matches…"
    expect((await real('yale_01.txt')).bounce).toMatchObject({ address: 'userx@yale.edu', permanent: true });
  });
});

describe('the trained model behind the rules', () => {
  test('when the stored weights are compared with a training on the corpus sources, then they are the same (npm run train:classify was run)', async () => {
    const parts = await allParts();
    const data = await examples(parts);
    expect(train(data, trainedOnOf(parts, data))).toEqual(weights);
  });

  const at = new Date('2026-11-23T10:00:00Z');
  const c = (replyText: string) =>
    classify({ from: 'jane@acme.com', subject: 'Re: hello', replyText, headers: {}, receivedAt: at });

  test('when the rules find nothing in a plain yes or no, then the model names it, and says so in the signals', () => {
    const no = c("We'll be sticking with spreadsheets for the foreseeable future.");
    expect(no.category).toBe('not_interested');
    expect(no.signals.some((s) => s.startsWith('model:not_interested'))).toBe(true);
    const yes = c("Sounds like something we could use, if there's no credit card needed.");
    expect(yes.category).toBe('interested');
    expect(yes.signals.some((s) => s.startsWith('model:interested'))).toBe(true);
  });

  test('when a reply says nothing either way, then it stays other: the model needs to be sure', () => {
    for (const text of ['Thanks.', 'Noted.', 'Who is this?']) expect(c(text).category).toBe('other');
  });
});

describe('reply details', () => {
  const at = new Date('2026-11-23T10:00:00Z');
  const c = (replyText: string, extra: Partial<Parameters<typeof classify>[0]> = {}) =>
    classify({
      from: 'jane@acme.com',
      subject: 'Re: hello',
      replyText,
      headers: {},
      receivedAt: at,
      ...extra,
    });

  test('when a reply defers, then the follow-up date is read in both languages', () => {
    expect(followUpDateIn('maybe reach out in Q3', at)).toBe('2027-07-01');
    expect(followUpDateIn('Locked in until June. Reach out in May?', at)).toBe('2027-05-01');
    expect(followUpDateIn("Let's revisit after March.", at)).toBe('2027-04-01');
    expect(followUpDateIn('напишите через месяц', at)).toBe('2026-12-23');
    expect(followUpDateIn('check back in a couple of weeks', at)).toBe('2026-12-07');
    // A later year alone: its first day; after it, the next year's; this year's is no date.
    expect(followUpDateIn("Maybe when that's up in 2028.", at)).toBe('2028-01-01');
    expect(followUpDateIn('вернёмся после 2027', at)).toBe('2028-01-01');
    expect(followUpDateIn('we did this in 2026', at)).toBeUndefined();
    expect(followUpDateIn('ping me in a few months', at)).toBe('2027-02-23');
    expect(followUpDateIn('We may be a fit one day', at)).toBeUndefined();
    // "Next week" is next Monday; a named month says more than "next year" beside it.
    expect(followUpDateIn('Ask me again next week.', at)).toBe('2026-11-30');
    expect(followUpDateIn('Напишите в феврале, бюджет на следующий год уже утвержден.', at)).toBe(
      '2027-02-01',
    );
    expect(followUpDateIn('Next year, in December.', at)).toBe('2027-12-01');
    expect(c('Not now, ping me in March.').intent).toEqual({ kind: 'not_now', followUp: '2027-03-01' });
  });

  test('when a reply points to someone else, then their names and addresses are parsed, never the sender’s', () => {
    const r = c(
      'Wrong person. Talk to Dana Scully (dana@acme.com) or Mark Lee <mark@acme.com>; I am jane@acme.com.',
    );
    expect(r).toMatchObject({ category: 'other' });
    expect(r.intent).toEqual({
      kind: 'referral',
      people: [
        { email: 'dana@acme.com', name: 'Dana Scully' },
        { email: 'mark@acme.com', name: 'Mark Lee' },
      ],
    });
  });

  test('when "legal" is only about contracts, then no legal flag; when it threatens, then the flag', () => {
    expect(c('Our legal team will want redlines on the MSA.').flags.legal).toBeUndefined();
    expect(c('Our legal team will be in touch about your repeated unsolicited emails.').flags.legal).toBe(
      true,
    );
    expect(c('Это незаконная рассылка.').flags.legal).toBe(true);
  });

  test('when a delay warning arrives, then it is a temporary bounce with the address from the text', () => {
    const r = c('', {
      from: '',
      subject: 'Warning: could not send message for past 4 hours',
      bodyText:
        'THIS IS A WARNING MESSAGE ONLY\n<dana@acme.com>... Deferred: Connection timed out\nWill keep trying',
      to: ['sam@ourco.io'],
    });
    expect(r).toMatchObject({ category: 'bounce', bounce: { address: 'dana@acme.com', permanent: false } });
  });

  test('when nothing in a long reply decides, then it is other with low confidence', () => {
    const r = c(
      'We had a board meeting yesterday and the new office plans were discussed at length by all of us.',
    );
    expect(r.category).toBe('other');
    expect(r.confidence).toBeLessThan(0.6);
  });
});
