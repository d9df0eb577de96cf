import { parseClaimArgs } from '../../src/domain/claim-command.js';
import { parseTarget } from '../../src/domain/target.js';
import { AppError } from '../../src/errors.js';

const errorOf = (input: string): string => {
  try {
    parseTarget(input);
  } catch (e) {
    if (e instanceof AppError) return e.message;
    throw e;
  }
  throw new Error(`expected "${input}" to be refused`);
};

describe('parsing what a rep claims', () => {
  test.each([
    ['acme.com', 'acme.com'],
    ['ACME.com.', 'acme.com'],
    ['https://www.acme.com/pricing?x=1', 'acme.com'],
    ['sales.acme.co.uk', 'acme.co.uk'],
    ['  acme.io  ', 'acme.io'],
    ['müller.de', 'xn--mller-kva.de'],
  ])('when the target is %s, then the account is %s', (input, domain) => {
    expect(parseTarget(input)).toEqual({ level: 'account', domain, key: `account:${domain}` });
  });

  test('when the target is an email, then it is a contact claim inside the sender domain’s account', () => {
    expect(parseTarget('Jane.Doe@Sales.Acme.com')).toEqual({
      level: 'contact',
      domain: 'acme.com',
      email: 'jane.doe@sales.acme.com',
      key: 'contact:jane.doe@sales.acme.com',
    });
  });

  test('when a known account name is given, then it resolves to the account’s domain', () => {
    const accounts = {
      byName: (n: string) => (n.toLowerCase() === 'acme corp' ? 'acme.com' : undefined),
      primaryDomain: (d: string) => (d === 'acme.io' ? 'acme.com' : d),
    };
    expect(parseTarget('Acme Corp', accounts).domain).toBe('acme.com');
    expect(parseTarget('www.acme.io', accounts)).toMatchObject({
      domain: 'acme.com',
      key: 'account:acme.com',
    });
    expect(parseTarget('jane@acme.io', accounts)).toMatchObject({
      domain: 'acme.com',
      key: 'contact:jane@acme.io',
    });
  });

  test('when a known account name with spaces leads /claim, then it is the target and the rest is reason and note', () => {
    expect(parseClaimArgs('acme corp open_deal renewal talks', ['Acme Corp'])).toEqual({
      target: 'Acme Corp',
      reason: 'open_deal',
      note: 'renewal talks',
    });
    expect(parseClaimArgs('acme.com first touch', ['Acme Corp'])).toEqual({
      target: 'acme.com',
      reason: 'prospecting',
      note: 'first touch',
    });
  });

  test('when a free-mail person is given, then it is a contact claim (allowed)', () => {
    expect(parseTarget('jane@gmail.com').level).toBe('contact');
  });

  test.each([
    ['empty', '', /Say what to claim/],
    ['blank', '   ', /Say what to claim/],
    ['localhost', 'localhost', /not a public domain/],
    ['an IP address', '10.0.0.1', /IP addresses cannot be claimed/],
    ['a bare public suffix', 'co.uk', /public suffix/],
    ['5,000 characters', 'x'.repeat(5000), /5000 characters/],
    ['emoji', '🚀.com', /emoji/],
    ['a free-mail domain', 'gmail.com', /free mail provider/],
    ['words', 'not a domain', /not a domain, an email or a known account/],
    ['an email without a name', '@acme.com', /not an email address/],
    ['an email at a public suffix', 'jane@co.uk', /public suffix/],
    ['a broken URL', 'http://', /not a valid URL/],
  ])('when the target is %s, then it is refused with a clear reason', (_what, input, reason) => {
    expect(errorOf(input)).toMatch(reason);
  });

  test('when gmail.com is refused, then the hint suggests claiming the contact', () => {
    try {
      parseTarget('gmail.com');
    } catch (e) {
      expect((e as AppError).hint).toContain('/claim jane@gmail.com');
    }
    expect.assertions(1);
  });
});
