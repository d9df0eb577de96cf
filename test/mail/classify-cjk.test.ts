import { parseMail } from '../../src/mail/parse.js';
import { said, waitOf } from '../support/read-reply.js';
import { classifyMail } from '../support/whole-mail.js';

/**
 * The plainest answers in Japanese, Chinese and Korean (docs/reply-classifier.md, "A stop, a no and
 * a yes in Japanese, Chinese and Korean"): before, every one was `other`, and a stop went unheard.
 */
test.each([
  ['配信を停止してください。', 'unsubscribe'],
  ['退订', 'unsubscribe'],
  ['请勿再发送。', 'unsubscribe'],
  ['수신거부', 'unsubscribe'],
  ['興味がありません。', 'not_interested'],
  ['我们不感兴趣，谢谢。', 'not_interested'],
  ['관심 없습니다.', 'not_interested'],
  ['興味があります。資料を送ってください。', 'interested'],
  ['感兴趣，请发报价。', 'interested'],
  ['관심 있습니다.', 'interested'],
])('%j is %s', (text, category) => {
  expect(said(text)[0]).toBe(category);
});

test('a Japanese stop sent in ISO-2022-JP, as Japanese mail clients still send it, is a stop', async () => {
  // ISO-2022-JP bytes of 興味がありません。配信を停止してください。 (JIS X 0208 between ESC $ B and ESC ( B).
  const jis = Buffer.from(
    '1b2442363d4c23242c2422246a245e243b24732123475b3f2e247244643b5f24372446242f24402435242421231b2842',
    'hex',
  );
  const raw = Buffer.concat([
    Buffer.from(
      [
        'From: Taro <taro@acme.jp>',
        'To: sam@ourco.io',
        'Subject: Re: Quick question',
        'Message-ID: <jp1@acme.jp>',
        'Date: Mon, 23 Nov 2026 10:00:00 +0000',
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=ISO-2022-JP',
        'Content-Transfer-Encoding: 7bit',
        '',
        '',
      ].join('\r\n'),
    ),
    jis,
    Buffer.from('\r\n'),
  ]);
  const mail = await parseMail(raw, 'jp.eml');
  expect(classifyMail(mail).category).toBe('unsubscribe');
});

/** Questions in the three scripts, and their topics ("CJK questions and their topics" in the record). */
test.each([
  ['料金を教えていただけますか？', ['pricing']],
  ['見積もりをお願いします。', ['pricing']],
  ['デモをお願いできますか？', ['demo']],
  ['Salesforceと連携できますか？', ['integration']],
  ['セキュリティについて教えてください。SOC 2はありますか？', ['security']],
  ['价格是多少？', ['pricing']],
  ['可以给我们做个演示吗？', ['demo']],
  ['能和钉钉集成吗？', ['integration']],
  ['가격이 어떻게 되나요?', ['pricing']],
  ['데모 가능할까요?', ['demo']],
  ['有兴趣，下周可以通个电话吗？', 'none'],
])('%j asks about %j', (text, topics) => {
  expect(said(text)).toEqual(['interested', topics]);
});

test.each([
  '価格が高いので結構です。',
  '不需要，价格太贵了。',
  '暂不需要演示，谢谢。',
  '관심 없습니다. 가격도 비쌉니다.',
])('%j names a topic in a no, and asks nothing', (text) => {
  expect(said(text)).toEqual(['not_interested', 'none']);
});

/** 2026-12-05, forty-third session (docs/reply-classifier.md, "Waits in Japanese, Chinese and Korean"). */
test.each([
  ['来年の4月頃にまたご連絡ください。', '2027-04-01'],
  ['明年再联系吧。', '2027-01-01'],
  ['다음 달에 다시 연락 주세요.', '2026-12-01'],
])('%j waits until %s', (text, date) => {
  expect(waitOf(text)).toEqual(['not_interested', date]);
});

test.each([
  ['今回は見送らせていただきます。', ['not_interested', 'none']],
  ['ぜひ一度お話を伺いたいです。', ['interested', 'none']],
])('%j is read as %j', (text, expected) => {
  expect(said(text)).toEqual(expected);
});
