import { read } from '../support/read-reply.js';

/**
 * Fourteen hand-offs written 2026-12-05 to check the people parsed, not only the intent (a name
 * before or after the address, two people, a signature block, Russian names, an address spelled
 * out): 11 of 14 right at first sight (docs/reply-classifier.md, "Names in hand-offs").
 */
const people = (text: string) => {
  const { intent } = read(text);
  return intent.kind === 'referral' ? intent.people : intent.kind;
};

describe('the people a hand-off names', () => {
  test('when the name is in a signature above its title, then the title is no name', () => {
    expect(
      people(
        "I've cc'd my colleague Luis Ortega who manages our sales tools.\n\nLuis Ortega\nSales Operations Manager\nluis.ortega@acme.com",
      ),
    ).toEqual([{ email: 'luis.ortega@acme.com', name: 'Luis Ortega' }]);
  });

  test('when the name follows the address in brackets, then it is read', () => {
    expect(people('dana@acme.com (Dana) handles this.')).toEqual([{ email: 'dana@acme.com', name: 'Dana' }]);
  });

  test('when two colleagues co-own it, then both are named', () => {
    expect(people('Mike (mike@startup.io) and Sara (sara@startup.io) co-own this — loop them both.')).toEqual(
      [
        { email: 'mike@startup.io', name: 'Mike' },
        { email: 'sara@startup.io', name: 'Sara' },
      ],
    );
  });

  test('when only a title stands before the address, then no name is made of it', () => {
    expect(people('Please write to our Head of Revenue Operations, revops@acme.com.')).toEqual([
      { email: 'revops@acme.com' },
    ]);
  });

  test('when a name has accents or a hyphen, then it is read as written (2026-12-05)', () => {
    expect(people('Please reach out to our VP Sales, Tomás García-López <tomas.garcia@acme.es>.')).toEqual([
      { email: 'tomas.garcia@acme.es', name: 'Tomás García-López' },
    ]);
    expect(people("You want Jean-Luc O'Neill (JL) - jl.oneill@brightline.co.uk, he owns tooling.")).toEqual([
      { email: 'jl.oneill@brightline.co.uk', name: "Jean-Luc O'Neill" },
    ]);
    expect(people("I've left. Try my replacement, Dr. Sarah O'Brien-Smith: sobrien@health.org")).toEqual([
      { email: 'sobrien@health.org', name: "Sarah O'Brien-Smith" },
    ]);
    // A dash between spaces still ends the name.
    expect(people('Contact: Mike Chen - Head of RevOps - mike.chen@globex.com')).toEqual([
      { email: 'mike.chen@globex.com', name: 'Mike Chen' },
    ]);
  });
});

// Fifteen more hand-offs, 2026-12-05 (docs/reply-classifier.md, "Someone named instead"): 13 of
// 15 people right at first sight, one of the misses a full Russian name given in full.
describe('someone named in the place of a writer who asks to be removed', () => {
  test.each([
    [
      'Please remove me and contact our marketing director instead: lucy.hale@acme.com',
      [{ email: 'lucy.hale@acme.com' }],
    ],
    [
      'Unsubscribe me. Instead, email Tom Reyes (tom.reyes@acme.com).',
      [{ email: 'tom.reyes@acme.com', name: 'Tom Reyes' }],
    ],
    [
      'Уберите меня из рассылки, вместо меня пишите Ольге: olga@corp.ru',
      [{ email: 'olga@corp.ru', name: 'Ольга' }],
    ],
  ])('%j stops, and offers who is named instead', (text, named) => {
    expect(read(text).category).toBe('unsubscribe');
    expect(people(text)).toEqual(named);
  });

  test('a stop signed with the writer’s own address offers no one', () => {
    expect(people('Remove me from your list. Thanks, Lucy Hale, lucy.hale@acme.com')).toBe('none');
  });
});
