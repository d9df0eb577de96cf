import { readFileSync } from 'node:fs';
import { ConfigError } from '../../src/errors.js';
import { parsePolicyYaml } from '../../src/policy/load.js';

const example = readFileSync('examples/policy.yaml', 'utf8');

const problemsOf = (yaml: string): string[] => {
  try {
    parsePolicyYaml(yaml, 'policy.yaml');
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  throw new Error('expected a ConfigError');
};

describe('the policy file', () => {
  test('when the shipped example is loaded, then it is valid and durations are in minutes', () => {
    const policy = parsePolicyYaml(example);
    expect(policy.members.length).toBeGreaterThanOrEqual(5);
    expect(policy.claims).toMatchObject({ activation: 48 * 60, expiry: 14 * 24 * 60, stale: 30 * 24 * 60 });
    expect(policy.escalation).toMatchObject({ rep: 30, lead: 120, ops: 'end_of_day' });
    expect(policy.escalation.defaults).toEqual({ rep: 'signals', lead: 'signals', ops: 'signals' });
  });

  test('when a member has a misspelt time zone, then the error shows its path and the value', () => {
    const bad = example.replace('timezone: America/Los_Angeles', 'timezone: Europe/Moskow');
    expect(problemsOf(bad)).toEqual(['members[2].timezone: unknown time zone "Europe/Moskow"']);
  });

  test('when members, teams and roles reference ids that do not exist, then each reference is named', () => {
    const bad = example
      .replace('team: west,\n      territory: west', 'team: wset,\n      territory: west')
      .replace('backup: U01SAM }', 'backup: U77GHOST }')
      .replace('fallback: U08LEA', 'fallback: U66NOPE')
      .replace('to: U07RITA, mode: with', 'to: [U07RITA, U55GONE], mode: with');
    expect(problemsOf(bad).sort()).toEqual([
      'members[1].backup: U77GHOST is not a member',
      'members[2].team: no team "wset" in teams (known: east, west)',
      'roles.fallback: U66NOPE is not a member',
      'routing.overrides[0].to[1]: U55GONE is not a member',
    ]);
  });

  test('when accounts name an unknown owner or parent, or their parents go round in a cycle, then each is named', () => {
    const contoso =
      '  - { name: Contoso Labs, domains: [contosolabs.io], parent: Contoso }   # routes and locks as Contoso';
    const bad = example.replace(
      contoso,
      [
        contoso,
        '  - { name: Initech, domains: [initech.com], owner: U00NOBODY, parent: Initrode }',
        '  - { name: Globex, domains: [globex.com], parent: Hooli }',
        '  - { name: Hooli, domains: [hooli.com], parent: Globex }',
      ].join('\n'),
    );
    expect(bad).not.toBe(example);
    expect(problemsOf(bad)).toEqual(
      expect.arrayContaining([
        'accounts[3].owner: U00NOBODY is not a member',
        'accounts[3].parent: no account named "Initrode"',
        'accounts[4].parent: "Hooli" leads back to "Globex" (a cycle)',
        'accounts[5].parent: "Globex" leads back to "Hooli" (a cycle)',
      ]),
    );
  });

  test('when a duration, a clock time and a claim reason are typos, then each path says what is expected', () => {
    const bad = example
      .replace('activation: 48h', 'activation: 2 days')
      .replace('start: "09:00"', 'start: "9am"')
      .replace('hardBlockReasons: [active_sequence', 'hardBlockReasons: [active_sequense');
    const problems = problemsOf(bad);
    expect(problems).toContain('claims.activation: "2 days" is not a duration like 30m, 2h or 14d');
    expect(problems).toContain('hours.start: must be a time like "09:00"');
    expect(problems.some((p) => p.startsWith('claims.hardBlockReasons[0]:'))).toBe(true);
  });

  test('when the YAML itself is broken or repeats a key, then the line is named', () => {
    expect(problemsOf('timezone: [unclosed')[0]).toMatch(/^line \d+:/);
    expect(problemsOf('timezone: UTC\ntimezone: UTC\n')[0]).toMatch(/^line 2:/);
  });

  test('when two members share a Slack id, then the duplicate is reported', () => {
    const bad = example.replace('slack: U02MAYA', 'slack: U01SAM');
    expect(problemsOf(bad)).toContain('members[1].slack: U01SAM is already members[0]');
  });
});
