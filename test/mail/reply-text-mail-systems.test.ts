import { replyTextOf } from '../../src/mail/reply-text.js';
import { read } from '../support/read-reply.js';

/**
 * What the mail systems on either side add to a person's words, from the probe of 2026-12-03
 * (docs/reply-classifier.md, "Probes": disclaimers and banners). A banner is the receiving side's warning put above
 * the reply; a footer is the sending side's notice put under it. Neither is anybody's answer. Last,
 * what the probe of absence notes found in the dates they write.
 */

describe('words a mail system adds to a reply', () => {
  test('when an external-sender banner sits above the reply, then the reply starts under it', () => {
    const banners = [
      'CAUTION: This email originated from outside of the organization. Do not click links or open attachments unless you recognize the sender and know the content is safe.',
      'EXTERNAL EMAIL: Use caution when clicking links or opening attachments.',
      '[EXTERNAL]',
      "You don't often get email from tom@brightline.io. Learn why this is important",
      'Caution: External (tom@brightline.io)\nFirst-Time Sender Details\nReport This Email FAQ Protection by INKY',
      'This Message Is From an External Sender\nThis message came from outside your organization.',
      'ВНИМАНИЕ: Письмо получено от внешнего отправителя. Не переходите по ссылкам.',
      'Внешнее письмо. Будьте осторожны со ссылками и вложениями.',
    ];
    for (const banner of banners)
      expect(replyTextOf(`${banner}\n\nSure, Tuesday at 11 works.\n\nTom`)).toBe(
        'Sure, Tuesday at 11 works.\n\nTom',
      );
    // A tag before the subject repeated is all banner; a tag before the words is only a tag.
    expect(replyTextOf('[External] Re: Quick question\n\nDoes it work with Salesforce?')).toBe(
      'Does it work with Salesforce?',
    );
    expect(replyTextOf("[EXT] I'd like to see a demo.")).toBe("I'd like to see a demo.");
    expect(
      read('EXTERNAL EMAIL: Use caution when clicking links.\n\nSure, Tuesday at 11 works.').category,
    ).toBe('interested');
  });

  test('when a person writes about outside mail, then nothing they wrote is cut', () => {
    expect(replyTextOf('External audits are our main worry. Do you have SOC 2?')).toBe(
      'External audits are our main worry. Do you have SOC 2?',
    );
    // A reply that is all banner keeps its words rather than becoming empty.
    const only = 'CAUTION: This email originated from outside of the organization.';
    expect(replyTextOf(only)).toBe(only);
  });

  test('when a footer speaks of the contents of this email, of personal data, or of views expressed, then it is cut', () => {
    const reply = 'We already use a tool for this, no thanks.\n\nTom';
    for (const footer of [
      'IMPORTANT: The contents of this email and any attachments are confidential. Legal action may be taken against unauthorised use.',
      'NOTICE: Brightline Inc. is committed to protecting personal data in line with GDPR. Write to privacy@brightline.io.',
      'Any views or opinions presented in this email are solely those of the author.',
      'Информация, содержащаяся в этом сообщении, является коммерческой тайной. Её использование преследуется по закону.',
    ])
      expect(replyTextOf(`${reply}\n\n${footer}`)).toBe(reply);
    // Read as the classifier reads it: no threat, no unsubscribe, no referral to the privacy inbox.
    const got = read(
      `${reply}\n\n${'IMPORTANT: The contents of this email are confidential. Legal action may be taken.'}`,
    );
    expect([got.category, got.flags.legal]).toEqual(['not_interested', undefined]);
    expect(
      read(
        'Happy to take a look. Do you have a SOC 2 report?\n\nNOTICE: Acme is committed to protecting personal data. Write to privacy@acme.com.',
      ).intent,
    ).toEqual({ kind: 'question', topics: ['security'] });
  });

  test('when a smiley sits beside the words, then the words decide', () => {
    for (const text of ['Pass 🙂', 'Pass :)', 'no :(']) expect(read(text).category).toBe('not_interested');
    expect(read('sure :D let us talk Thursday').category).toBe('interested');
    // A thumb or a cross alone is the answer itself.
    expect(read('👍').category).toBe('interested');
    expect(read('👎').category).toBe('not_interested');
  });

  test('when an absence note writes its return day the German, French or Japanese way, or as the new year, then that is the return date', () => {
    const away = (text: string) => read(text, { 'auto-submitted': 'auto-replied' }).returnDate;
    expect(away('Vielen Dank für Ihre Nachricht. Ich bin ab dem 30.11. wieder im Büro.')).toBe('2026-11-30');
    expect(away('Je suis absente et serai de retour le 1.12.')).toBe('2026-12-01');
    expect(away('誠に恐れ入りますが、12月1日まで不在にしております。')).toBe('2026-12-01');
    expect(away("I'm on parental leave and will return in the new year.")).toBe('2027-01-01');
    // "Mid-January" is the 15th, as a follow-up's is.
    expect(away("I'm out on paternity leave until mid-January.")).toBe('2027-01-15');
    expect(away('Я в декрете до середины февраля.')).toBe('2027-02-15');
    // A number with a point is no date without a word that introduces one.
    expect(away("I'm out of the office, 1.5 hours from a laptop.")).toBeUndefined();
  });
});

/**
 * Outlook's quoted header block in the languages it is set up in (probe of 2026-12-04): in six of
 * eighteen (Polish, Czech, Turkish, Finnish, Japanese, Chinese) the pitch under it was read as the
 * reply, and its "demo", "pricing" and "SOC 2" gave the reply priorities it never asked for.
 */
describe("Outlook's quoted header in other languages", () => {
  const pitch = 'Would a 20-minute demo next week make sense? Happy to share pricing and our SOC 2 report.';
  test.each([
    [
      'Polish',
      'Od: Alex Kim <alex@ourco.io>\nWysłane: poniedziałek, 23 listopada 2026 10:00\nDo: Jan <jan@northwind.example>\nTemat: Quick question',
    ],
    [
      'Czech',
      'Od: Alex Kim <alex@ourco.io>\nOdesláno: pondělí 23. listopadu 2026 10:00\nKomu: Jan <jan@northwind.example>\nPředmět: Quick question',
    ],
    [
      'Turkish',
      'Kimden: Alex Kim <alex@ourco.io>\nGönderildi: 23 Kasım 2026 Pazartesi 10:00\nKime: Jan <jan@northwind.example>\nKonu: Quick question',
    ],
    [
      'Finnish',
      'Lähettäjä: Alex Kim <alex@ourco.io>\nLähetetty: maanantai 23. marraskuuta 2026 10.00\nVastaanottaja: Jan <jan@northwind.example>\nAihe: Quick question',
    ],
    [
      'Japanese',
      '差出人: Alex Kim <alex@ourco.io>\n送信日時: 2026年11月23日 10:00\n宛先: Jan <jan@northwind.example>\n件名: Quick question',
    ],
    [
      'Chinese',
      '发件人: Alex Kim <alex@ourco.io>\n发送时间: 2026年11月23日 10:00\n收件人: Jan <jan@northwind.example>\n主题: Quick question',
    ],
    [
      'Dutch, date first',
      'Verzonden: maandag 23 november 2026 10:00\nVan: Alex Kim <alex@ourco.io>\nAan: Jan <jan@northwind.example>',
    ],
  ])(
    'when the header is %s, then the pitch under it is history and the reply asks about nothing',
    (_, header) => {
      const body = `Not for us at the moment, thanks.\n\n${header}\n\n${pitch}`;
      expect(replyTextOf(body)).toBe('Not for us at the moment, thanks.');
      expect(read(replyTextOf(body)).flags.priority).toEqual([]);
    },
  );
});

/**
 * Attributions measured against the plain-text cases of Mailgun's talon (its tests' own expected
 * replies, 2026-12-04): 15 of 24 as shipped, 19 now (docs/reply-classifier.md, "Attributions from
 * another parser's tests"). The quoted history starts at each of these.
 */
describe('attribution lines other parsers know', () => {
  test.each([
    [
      'a Gmail line wrapped inside its address',
      '2014-10-17 11:28 GMT+03:00 Postmaster <\npostmaster@acme.example>:\n\n> First from site',
    ],
    [
      '"…sent:" after the date',
      'On 11-Apr-2011, at 6:54 PM, Roman Tkachenko <romant@acme.example> sent:\n\n> Test',
    ],
    ["Android's dashes", '---- John Smith wrote ----\n\n> quoted\n> text'],
    ['a date-first Gmail line with no colon', '2011/4/7 Nathan Nova <support@acme.example>\n\n>  Cool beans'],
    [
      'headers above the quoted From',
      'Date: Wed, 16 May 2012 00:15:02 -0600\nTo: sam@ourco.io\nFrom: Bob <bob@acme.example>\nSubject: Hi\n\nHello there',
    ],
  ])('when the history starts with %s, then only the answer above it is the reply', (_, history) => {
    expect(replyTextOf(`Sure, send it over.\n\n${history}`)).toBe('Sure, send it over.');
  });

  test('when a reply says what the writer sent with a colon, then that line and what follows stay the reply', () => {
    expect(replyTextOf('Here is what I sent:\nthe deck and the price list.')).toBe(
      'Here is what I sent:\nthe deck and the price list.',
    );
  });
});

/**
 * Gmail's and other clients' attributions in more languages (the probe of 2026-12-04: 12 of 18 as
 * shipped, now 18; and sixteen of mail-parser-reply's test mails, 10 of 16, now 16;
 * docs/reply-classifier.md, "Attributions in more languages").
 */
describe('attributions in more languages', () => {
  test.each([
    ['Chinese', 'Alex Kim <alex@ourco.io> 于2026年11月23日周一 10:00写道：'],
    ['Greek', 'Στις Δευ 23 Νοε 2026 στις 10:00, ο/η Alex Kim <alex@ourco.io> έγραψε:'],
    ['Korean', '2026년 11월 23일 (월) 오전 10:00, Alex Kim <alex@ourco.io>님이 작성:'],
    ['Romanian', 'Pe lun., 23 nov. 2026 la 10:00, Alex Kim <alex@ourco.io> a scris:'],
    ['Hungarian', 'Alex Kim <alex@ourco.io> ezt írta (időpont: 2026. nov. 23., H, 10:00):'],
    ['Ukrainian', 'пн, 23 лист. 2026 р. о 10:00 Alex Kim <alex@ourco.io> пише:'],
    [
      'Hebrew, with its direction marks',
      '\u202bב-יום ב׳, 23 בנוב׳ 2026 ב-10:00 מאת \u202aAlex Kim\u202c\u200f <\u202aalex@ourco.io\u202c\u200f>:\u202c',
    ],
    ['Czech, wrapped', 'Dne po 15. led. 2025 17:03 Anna Anderssonová <anna@acme.example>\nnapsal(a):'],
    ['Dutch, wrapped', 'Op ma 15 jan. 2025 17:03 Anna Andersson <anna@acme.example>\nschreef:'],
  ])('when the quoted history starts with a %s attribution, then it is no part of the reply', (_, line) => {
    expect(replyTextOf(`Not for us at the moment, thanks.\n\n${line}\n> Hi Jan, would a demo help?`)).toBe(
      'Not for us at the moment, thanks.',
    );
  });
});
