import { AppError } from '../errors.js';
import type { Directory } from '../policy/directory.js';
import type { Member } from '../policy/schema.js';

/** Every command starts here: only people in the policy file may claim, check or decide. */
export function requireMember(directory: Directory, slackUserId: string): Member {
  const member = directory.member(slackUserId);
  if (!member) {
    throw new AppError(
      'not_a_member',
      `You are not in this team's policy file yet, so the app cannot record claims for you.`,
      `Ask ${directory.adminsText()} to add you (your Slack id is ${slackUserId}).`,
    );
  }
  return member;
}
