/** The part of an activity record that says what a rep's sequences did. */
export interface SequenceEvent {
  type: string;
  member: string;
  sequence?: string;
  at: Date;
}

/**
 * Which sequences are running, per rep, after these events (any order). A pause or resume
 * naming no sequence is the app's own "pause my sequences on this account": it covers every
 * sequence that rep has started there.
 */
export function runningSequences(events: readonly SequenceEvent[]): { member: string; sequence: string }[] {
  const ordered = [...events].sort((a, b) => a.at.getTime() - b.at.getTime());
  const started = new Map<string, Set<string>>(); // member → sequences started
  const running = new Map<string, Set<string>>();
  const of = (m: Map<string, Set<string>>, member: string) => {
    const set = m.get(member) ?? new Set<string>();
    m.set(member, set);
    return set;
  };
  for (const e of ordered) {
    if (e.type === 'sequence_start' && e.sequence) {
      of(started, e.member).add(e.sequence);
      of(running, e.member).add(e.sequence);
    } else if (e.type === 'sequence_pause') {
      if (e.sequence) of(running, e.member).delete(e.sequence);
      else of(running, e.member).clear();
    } else if (e.type === 'sequence_resume') {
      for (const s of e.sequence ? [e.sequence] : of(started, e.member)) of(running, e.member).add(s);
    }
  }
  return [...running].flatMap(([member, seqs]) => [...seqs].map((sequence) => ({ member, sequence })));
}
