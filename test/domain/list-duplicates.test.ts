import { type ListRow, listDuplicates } from '../../src/domain/list-duplicates.js';
import { parseTarget } from '../../src/domain/target.js';

/** Acme Corp owns two domains; the policy's first is the primary. */
const accounts = {
  byName: (n: string) => (n.toLowerCase() === 'acme corp' ? 'acme.com' : undefined),
  primaryDomain: (d: string) => (d === 'acme.co.uk' ? 'acme.com' : d),
};
const rows = (...items: [string, string?][]): ListRow[] =>
  items.map(([input, member], i) => ({ row: i + 1, input, target: parseTarget(input, accounts), member }));

describe('duplicates inside a list', () => {
  test('when one address appears twice (any case), then the rows are one contact', () => {
    expect(listDuplicates(rows(['jane@beta.io'], ['x@beta.io'], ['JANE@beta.io']))).toEqual([
      { kind: 'same_contact', key: 'contact:jane@beta.io', rows: [1, 3] },
    ]);
  });

  test('when one company is written as its domain, an alias domain, a page URL and its name, then the rows are one account', () => {
    expect(
      listDuplicates(
        rows(['acme.com'], ['acme.co.uk'], ['https://www.acme.com/pricing'], ['Acme Corp'], ['beta.io']),
      ),
    ).toEqual([{ kind: 'same_account', key: 'account:acme.com', rows: [1, 2, 3, 4] }]);
  });

  test('when contacts of one company are given to different members, then the split is named with the members', () => {
    expect(
      listDuplicates(
        rows(['a@beta.io', 'SAM'], ['b@beta.io', 'JOHN'], ['c@beta.io', 'SAM'], ['d@gamma.io', 'SAM']),
      ),
    ).toEqual([{ kind: 'split_account', key: 'account:beta.io', rows: [1, 2, 3], members: ['SAM', 'JOHN'] }]);
  });

  test('when nothing repeats, then there are no duplicates', () => {
    expect(listDuplicates(rows(['a@beta.io', 'SAM'], ['b@beta.io', 'SAM'], ['gamma.io']))).toEqual([]);
  });
});
