import { classify } from '../../src/domain/classify.js';
import { parseMail } from '../../src/mail/parse.js';

/**
 * Delivery failures in shapes the corpus builder does not write, each modelled on a kind of
 * server found missing when real failures from other collections were tried (README, "How well
 * it classifies"): a report whose subject says nothing, a carrier's notice from a no-reply
 * address in Japanese, a gateway signing as post_master. Beside them, a person's mail that
 * carries an attached message and is no failure.
 */
async function read(raw: string) {
  const mail = await parseMail(Buffer.from(raw.replace(/\n/g, '\r\n')), 'test');
  return classify({ ...mail, from: mail.from.address, receivedAt: new Date('2026-11-23T10:00:00Z') });
}

/** Our original, returned inside the report. */
const returnedCopy = (to: string) => `Content-Type: message/rfc822

From: Sam Rep <sam@ourco.io>
To: ${to}
Subject: Quick question about your rollout
Message-ID: <pitch-1@ourco.io>
Date: Mon, 23 Nov 2026 09:00:00 +0000

Hi, would a short call next week make sense?
`;

describe('delivery failures in less common shapes', () => {
  test('when an old Exchange gateway reports "did not reach the following recipient(s)" under a subject that says nothing, then it is a bounce naming that recipient', async () => {
    const c = await read(`From: System Administrator <postmaster@corp.example.net>
To: sam@ourco.io
Subject: Quick question about your rollout
Date: Mon, 23 Nov 2026 10:00:00 -0500
Message-ID: <ndr-1@corp.example.net>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b1"

--b1
Content-Type: text/plain; charset=us-ascii

Your message

  Subject: Quick question about your rollout
  Sent:    Mon, 23 Nov 2026 09:00:00 -0500

did not reach the following recipient(s):

dana.ortiz@corp.example.net on Mon, 23 Nov 2026 10:00:00 -0500
    The recipient name is not recognized
    MSEXCH:IMS:CORP:EAST:MAIL01 0 (000C05A6)

--b1
${returnedCopy('dana.ortiz@corp.example.net')}
--b1--
`);
    expect(c.category).toBe('bounce');
    expect(c.bounce?.address).toBe('dana.ortiz@corp.example.net');
  });

  test('when a mobile carrier sends a Japanese error notice from a no-reply address with our message attached, then it is a bounce naming the address', async () => {
    const c = await read(`From: no-reply@notice.mobile.example.jp
To: sam@ourco.io
Subject: =?ISO-2022-JP?B?GyRCJWEhPCVrJSglaSE8RExDThsoQg==?=
Date: Mon, 23 Nov 2026 10:00:00 +0900
Message-ID: <notice-1@mobile.example.jp>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b2"

--b2
Content-Type: text/plain; charset="ISO-2022-JP"
Content-Transfer-Encoding: base64

GyRCQXc/LkBoJE4lYSE8JWslXCVDJS8lOSQsMGxHVSROJD8kYSEiQXc/LiRHJC0kXiQ7JHMkRyQ3
JD8hIxsoQgobJEIkMyROJWEhPCVrJEskT0Q+QFxKVj8uJCQkPyRAJDEkXiQ7JHMhIxsoQgoKWW91
ciBtYWlsIHNlbnQgb246IE1vbiwgMjMgTm92IDIwMjYgMTA6MDA6MDAgKzA5MDAKICAgICBDb3Vs
ZCBub3QgYmUgZGVsaXZlcmVkIHRvOiA8a2VuLnNhdG9AbW9iaWxlLmV4YW1wbGUuanA+CiAgICAg
QXMgdGhlaXIgbWFpbGJveCBpcyBmdWxsLgo=

--b2
${returnedCopy('ken.sato@mobile.example.jp')}
--b2--
`);
    expect(c.category).toBe('bounce');
    expect(c.bounce?.address).toBe('ken.sato@mobile.example.jp');
    expect(c.signals).toContain('attachment:returned-message');
  });

  test('when a gateway signs as post_master and says "Invalid user address", then it is a bounce', async () => {
    const c = await read(`From: post_master@sms.example.com
To: sam@ourco.io
Subject: Re: Quick question about your rollout
Date: Mon, 23 Nov 2026 10:00:00 +0000
Message-ID: <gw-1@sms.example.com>
Content-Type: text/plain; charset=us-ascii

Error: Invalid user address

Error message below:
550 - Requested action not taken: no such user here

Message details:
  Subject: Quick question about your rollout
  RCPT TO: 5550100@sms.example.com
`);
    expect(c.category).toBe('bounce');
    expect(c.bounce?.address).toBe('5550100@sms.example.com');
  });

  test('when a server returns the mail after days of 4xx retries, then the failure is final; its warning hours earlier is a delay', async () => {
    const report = (
      subject: string,
      transcript: string,
    ) => `From: Mail Delivery Subsystem <MAILER-DAEMON@relay.example.com>
To: sam@ourco.io
Subject: ${subject}
Date: Mon, 23 Nov 2026 10:00:00 +0000
Message-ID: <${subject.length}@relay.example.com>
Content-Type: text/plain; charset=us-ascii

   ----- Transcript of session follows -----
${transcript}

   ----- Unsent message follows -----
From: sam@ourco.io
To: ops@slow.example.com
Subject: Quick question about your rollout

Hi
`;
    const returned = await read(
      report(
        'Returned mail: Cannot send message for 5 days',
        '421 slow.example.com (smtp)... Deferred: Connection timed out with slow.example.com',
      ),
    );
    expect(returned.bounce).toMatchObject({ address: 'ops@slow.example.com', permanent: true });
    const warning = await read(
      report(
        'Warning: could not send message for past 4 hours',
        '421 slow.example.com (smtp)... Deferred: Connection timed out. Will keep trying until message is 5 days old',
      ),
    );
    expect(warning.bounce).toMatchObject({ address: 'ops@slow.example.com', permanent: false });
  });

  test('when a person forwards a message as an attachment, or says our mail did not reach the right person, then it is no bounce', async () => {
    const forwarded = await read(`From: Dana Ortiz <dana.ortiz@corp.example.net>
To: sam@ourco.io
Subject: Fwd: the thread you asked about
Date: Mon, 23 Nov 2026 10:00:00 +0000
Message-ID: <fwd-1@corp.example.net>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b3"

--b3
Content-Type: text/plain; charset=us-ascii

Attaching the thread you asked about. Can we talk Tuesday at 10?

--b3
${returnedCopy('dana.ortiz@corp.example.net')}
--b3--
`);
    expect(forwarded.category).not.toBe('bounce');
    expect(forwarded.category).toBe('interested');
    const misdirected = await read(`From: Dana Ortiz <dana.ortiz@corp.example.net>
To: sam@ourco.io
Subject: Re: Quick question about your rollout
Date: Mon, 23 Nov 2026 10:00:00 +0000
Message-ID: <re-1@corp.example.net>
Content-Type: text/plain; charset=us-ascii

Your note did not reach the right person. Try Lee Chan (lee.chan@corp.example.net), who runs rollouts.
`);
    expect(misdirected.category).not.toBe('bounce');
    expect(misdirected.intent.kind).toBe('referral');
  });
});
