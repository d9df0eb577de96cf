import { NUMBER, TITLE } from './notice-parts.js';

/**
 * What a work app or an errand's service tells its user, often with no "your" to give it away: a
 * task assigned or due, a build failed, an invoice from a supplier, a flight boarding, a parcel
 * left at the door, an address to verify. Sent to whoever uses the service, never an answer to us,
 * and it names things a buyer asks about ("Update pricing page"), so it must not read as a question.
 * Read on the reply's normal form, one phrase a line (service-notices.ts joins these to its own).
 */
export const WORK_APPS_AND_ERRANDS = [
  // A ticket's key or a task's title assigned: 'PROJ-1234 "Update pricing page" was assigned to you by Dana Lee.'
  String.raw`^([a-z][a-z0-9]+-\d+ )?(${TITLE} )?(was|has been) (assigned|reassigned) to you\b`,
  // A task due: 'Task due tomorrow: "Send Q1 plan to leadership" in Marketing Ops.'
  String.raw`^(\d+ )?(tasks?|to-?dos?|assignments?) (due|overdue)( today| tomorrow| soon| this week)?:`,
  String.raw`your (task|to-?do|assignment) ${TITLE} is (due|overdue)\b`,
  // A CI run: "Workflow run failed for main: build (ubuntu-latest) - 2 errors."
  String.raw`^(workflow|build|pipeline|deploy(ment)?|job|check)( run)? (failed|succeeded|passed|cancell?ed|was cancell?ed) (for|on|in) [\w./-]+:`,
  // A supplier's invoice: "Invoice #4821 from Figma, Inc. is now available."
  String.raw`^(invoice|receipt|statement|bill)${NUMBER} from [^!?]{1,40}? is (now )?(available|ready|attached|due|overdue)\b`,
  // A flight by its number: "Flight UA 1142 to Chicago is now boarding at gate B12."
  String.raw`\bflight [a-z0-9]{2} ?\d{1,4}( (to|from) [^.!?]{1,40})? (is (now )?(boarding|delayed|cancell?ed|on time)|has been (delayed|cancell?ed))\b`,
  // A parcel left: "Delivered: your package was left at the front door at 2:14 PM."
  String.raw`your (package|parcel|delivery|order|shipment) was (left|dropped off|handed to [^.!?]{1,30}|delivered) (at|by|in|to|on) (the )?(front|back|side)? ?(door|porch|reception|mailroom|mailbox|locker|neighbou?r|concierge)\b`,
  // An address to verify before a new account works: "Please verify your email address to finish setting up your Miro account."
  String.raw`verify your (e-?mail( address)?|account|address) to (finish|complete|continue|activate|start|get started)\b`,
];
