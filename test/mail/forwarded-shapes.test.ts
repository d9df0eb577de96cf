import { forwardedIn } from '../../src/mail/forwarded.js';

/** How mail clients write a forwarded message into the body, each read for who wrote it and what. */
const said = 'Not interested, thanks.';
const quotedPitch = [
  '',
  'On Mon, Nov 23, 2026 at 9:00 AM Sam Ortiz <sam@ourco.io> wrote:',
  '> Quick call next week?',
];

describe('a message forwarded in the body', () => {
  test.each([
    [
      'Gmail',
      [
        '---------- Forwarded message ---------',
        'From: Dana Reyes <dana@acme.io>',
        'Date: Mon, Nov 23, 2026 at 10:00 AM',
        'Subject: Re: Quick question',
        'To: Sam Ortiz <sam@ourco.io>',
        '',
        '',
        said,
        ...quotedPitch,
      ],
    ],
    [
      'Outlook',
      [
        '________________________________',
        'From: Dana Reyes <dana@acme.io>',
        'Sent: Monday, November 23, 2026 10:00 AM',
        'To: Sam Ortiz <sam@ourco.io>',
        'Subject: RE: Quick question',
        '',
        said,
      ],
    ],
    [
      'Outlook, older',
      [
        '-----Original Message-----',
        'From: Dana Reyes [mailto:dana@acme.io]',
        'Sent: Monday, November 23, 2026 10:00 AM',
        'To: Sam Ortiz',
        'Subject: RE: Quick question',
        '',
        said,
      ],
    ],
    [
      'Outlook as HTML turned text',
      [
        '________________________________',
        '*From:* Dana Reyes <dana@acme.io>',
        '*Sent:* Monday, November 23, 2026 10:00 AM',
        '*Subject:* RE: Quick question',
        '',
        said,
      ],
    ],
    [
      'Apple Mail',
      [
        'Begin forwarded message:',
        '',
        'From: Dana Reyes <dana@acme.io>',
        'Subject: Re: Quick question',
        'Date: 23 November 2026 at 10:00:00 GMT',
        'To: Sam Ortiz <sam@ourco.io>',
        '',
        said,
      ],
    ],
    [
      'Thunderbird',
      [
        '-------- Forwarded Message --------',
        'Subject: \tRe: Quick question',
        'Date: \tMon, 23 Nov 2026 10:00:00 +0000',
        'From: \tDana Reyes <dana@acme.io>',
        'To: \tSam Ortiz <sam@ourco.io>',
        '',
        said,
      ],
    ],
    [
      'Gmail in German',
      [
        '---------- Weitergeleitete Nachricht ---------',
        'Von: Dana Reyes <dana@acme.io>',
        'Date: Mo., 23. Nov. 2026 um 10:00 Uhr',
        'Subject: Re: Quick question',
        'To: Sam Ortiz <sam@ourco.io>',
        '',
        said,
      ],
    ],
    [
      'Mail.ru',
      [
        '-------- Пересланное сообщение --------',
        'От кого: Dana Reyes <dana@acme.io>',
        'Кому: Sam Ortiz <sam@ourco.io>',
        'Дата: Понедельник, 23 ноября 2026, 10:00 +03:00',
        'Тема: Re: Quick question',
        '',
        said,
      ],
    ],
    [
      'Yandex',
      [
        '-------- Пересланное сообщение --------',
        '23.11.2026, 10:00, "Dana Reyes" <dana@acme.io>:',
        '',
        said,
        '',
        '-------- Конец пересланного сообщения --------',
      ],
    ],
  ])('when %s forwards it, then the writer and the words are read', (_client, lines) => {
    const f = forwardedIn(['FYI', '', ...lines].join('\n'), 'FW: RE: Quick question');
    expect(f?.from).toEqual({ address: 'dana@acme.io', name: 'Dana Reyes' });
    expect(f?.replyText).toBe(said);
  });

  test('when the forward names its subject and date, then both are read', () => {
    const f = forwardedIn(
      [
        '---------- Forwarded message ---------',
        'From: Dana Reyes <dana@acme.io>',
        'Date: Mon, Nov 23, 2026 at 10:00 AM',
        'Subject: Re: Quick question',
        '',
        said,
      ].join('\n'),
    );
    expect(f?.subject).toBe('Re: Quick question');
    expect(f?.date?.getUTCDate()).toBe(23);
  });

  test('when a rep’s own reply quotes the prospect under Outlook’s rule, then it is no forward', () => {
    const body = [
      'Thanks Dana, sending the deck now.',
      '',
      '________________________________',
      'From: Dana Reyes <dana@acme.io>',
      'Sent: Monday, November 23, 2026 10:00 AM',
      'Subject: RE: Quick question',
      '',
      'Send me the deck.',
    ].join('\n');
    expect(forwardedIn(body, 'RE: Quick question')).toBeUndefined();
    expect(forwardedIn(body, 'FW: Quick question')?.from.address).toBe('dana@acme.io');
    expect(forwardedIn(body, 'WG: Quick question')?.from.address).toBe('dana@acme.io');
  });

  test('when a mail forwards nothing, or its separator has no sender under it, then there is no forward', () => {
    expect(forwardedIn(`${said}\n\nSam`)).toBeUndefined();
    expect(
      forwardedIn(['________________________________', 'Some footer text', said].join('\n')),
    ).toBeUndefined();
  });
});
