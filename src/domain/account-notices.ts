import { ANY_TITLE, APP, NUMBER, SOMEONE, TITLE } from './notice-parts.js';
import { fromWordStart } from './word-start.js';

/**
 * What an app tells its user about their own accounts, meetings, files and sends: a meeting ended,
 * a trial started, a seat assigned by an admin, a mailbox disconnected, a quota nearly used, a
 * payment gone through, a link visited, a file shared. Like work-app-notices.ts's list, never an
 * answer to us, and often quoting a buyer's words ('Dana Lee replied to your comment: "Do annual
 * plans include SSO?"') or naming a topic ('Your Zoom meeting "Demo with Northwind" has ended.'),
 * so it must not read as a question, a yes or a complaint. Read on the reply's normal form. A list
 * of its own because work-app-notices.ts's pattern reached the 20 KB past which V8 stops optimising
 * one (test/domain/pattern-size.test.ts).
 */
const ACCOUNT_NOTICES = [
  // A meeting ended, a reset asked, a file shared, a voicemail left: 'Your Zoom meeting "Demo with
  // Northwind" has ended.', "Password reset requested for your Salesforce account. If this wasn't
  // you…", 'Your Miro board "Q1 planning" was shared with you by Tom.', "New voicemail
  // from +1 415… Transcription: "…calling about the pricing…"" (a caller's words passed on).
  String.raw`\byour ([\w.&'-]+ ){0,2}(meeting|webinar|call|session|event)( ${TITLE})? has (ended|finished)\b|\brecording will be (available|ready)\b`,
  String.raw`\bpassword reset (was |has been )?requested (for|on) your\b|\bif (this|it) (was ?n'?t|was not) you\b`,
  String.raw`^(the |your )?([\w.&'-]+ )?(document|file|folder|doc|spreadsheet|sheet|presentation|deck|board) ${TITLE} (was|has been) shared with you\b`,
  String.raw`^(${APP})?new voice ?mail( message)? from\b|\bvoice ?mail transcription\b`,
  // A refresh done, a trial started, a seat given by an admin, an inbox's count, jobs changed, a
  // tally of tasks: "Your Salesforce sandbox refresh is complete.", "Your free trial of ClaimDesk has
  // started!", "ZoomInfo: 3 contacts at Northwind changed jobs.", "You've completed 5 tasks this week."
  String.raw`^your ([\w.&'-]+ ){0,3}(refresh|sync|migration|upgrade|backup|setup|set-?up|installation|scan|verification|import|export)( ${ANY_TITLE})? ((is|has) (now )?)?(complete|completed|finished|done)\b`,
  String.raw`\byour (free )?trial( of [\w.&' -]{1,30}?)? (has (started|begun)|is (now )?active|starts (today|now))\b`,
  String.raw`\b(has been|was|were|have been) [a-z]+ (to you )?by (your|an|the) (admin|administrator|workspace admin|org admin|it (team|department))\b`,
  String.raw`\bthere (are|is) \d+ new (replies|messages|conversations|leads|tasks|notifications|comments|mentions) in your\b`,
  String.raw`\b\d+ (contacts|people|leads|prospects|champions|buyers)( at [^.!?]{1,30}?)? (changed|switched) (jobs|companies|roles|titles)\b`,
  String.raw`\byou('ve| have) (completed|finished) \d+ (tasks|to-?dos|lessons|courses|modules|steps|activities)\b`,
  // A link visited, a post's reach, a payment gone through, a reply to a comment, a reminder from a
  // department, a message held for a moderator: "Your Calendly link was visited 6 times today.",
  // "Your LinkedIn post is getting attention: 1,203 impressions." (a complaint to the brand model),
  // 'Dana Lee replied to your comment in "Pricing FAQ": "Do annual plans include SSO?"' (a question
  // passed on, not asked of us).
  String.raw`\byour ([\w.&'-]+ )?(link|page|profile|site|website|booking page|scheduling page|document|deck|proposal|video|post)( ${ANY_TITLE})? (was|has been) (visited|viewed|opened|clicked|watched|seen|edited|updated|commented on)( \d+ times)?\b(?! by (my|our)\b)(?![^.!?]*\?)`,
  String.raw`\byour ([\w.&'-]+ )?(post|article|video|update|story) is getting (attention|traction|noticed)\b|\b\d[\d,.]*k? impressions\b`,
  String.raw`\byour ([\w-]+ )?(payment|charge|transaction|purchase|renewal)( of ([$€£₹]|usd |eur )?[\d,.]+( [a-z]{3})?)? (was|has been|is) (successful|successfully (processed|completed|received)|confirmed|complete|completed|processed)\b`,
  String.raw`^${SOMEONE} (replied|responded) to your (comment|post|message|thread|review|story|question)( (in|on) ${TITLE})?[:.]`,
  String.raw`^reminder from [^:.!?]{1,40}:`,
  String.raw`\b(is|was|has been) (pending|awaiting) (approval|moderation|review) by (a|the|an) (moderator|administrator|admin|group owner|list owner|group manager)\b`,
  // A workspace closing for want of use, a webinar starting tomorrow: "Your ClaimDesk workspace will
  // be deleted in 7 days due to inactivity." (a complaint to the brand model), 'Your webinar "Stop
  // Rep Collisions" starts tomorrow at 10 AM PT. Add to calendar.'
  String.raw`\bwill be (deleted|deactivated|suspended|archived|closed|removed|disabled)\b[^.!?]{0,30}\b(due to|because of|for) inactivity\b`,
  // An export or a link expired, a visitor on the site, a sending limit reached, a contract renewing,
  // a meeting ended: "Your data export has expired.", "Heads up: Dana Lee from Northwind is on your
  // website right now", "Your daily email limit has been reached.", "Your contract with Salesforce
  // renews in 30 days." (a wait, to the rules), 'Meeting ended: "…". Notes will arrive shortly.'
  String.raw`\byour ([\w-]+ )?(export|download|link|invitation|invite|session|token|report)( to ${TITLE})? (has )?expired\b`,
  // A channel's invitation accepted, a mailbox disconnected, notes ready, a quota nearly used, a role
  // changed by an admin, a sending domain verified: "Your Outreach mailbox has been disconnected.
  // Reconnect to keep sending.", "An admin changed your role to "Sales Manager" in HubSpot."
  String.raw`\byour (shared )?(channel|workspace|slack connect|team) invitation( to ${TITLE})? (was|has been) (accepted|declined)\b`,
  String.raw`\byour ([\w.&'-]+ )?(mailbox|inbox|account|calendar|integration|connection) (has been|was|is) (disconnected|unlinked|revoked)\b|\breconnect to (keep|continue) (sending|syncing)\b`,
  String.raw`\byour (meeting |call )?notes are (now )?(ready|available)\b`,
  String.raw`\byou('ve| have) (reached|hit) \d+ ?% of your\b`,
  String.raw`^an? (admin|administrator) (has )?(changed|updated|reset|removed|added) your\b`,
  String.raw`\byour domain [\w.-]+ (is|has been) (now )?(verified|ready)\b`,
  // Something shared, credits renewed, a nudge to log in, a transfer done, a recording to be deleted, a
  // department's notification: 'Dana Lee shared a Loom with you: "Quick question about pricing"' (a
  // title, not a question), "We noticed you haven't logged in for a while."
  String.raw`^(${APP})?${SOMEONE} shared (a|an|\d+) ([\w-]+ )?(loom|video|recording|file|files|doc|document|folder|link|board|deck) with you\b|\b\d+ (files|documents|folders|items) (were|have been) shared with you\b`,
  String.raw`\byour ([\w.&'-]+ ){0,4}credits ((have been|were|are) (renewed|reset|added|topped up|refilled)|(will )?(reset|renew|refresh|expire)s? (tomorrow|today|on|in|at))\b`,
  String.raw`\b(we noticed|looks like) you (haven'?t|have not) (logged in|signed in|been (active|around|back))\b`,
  String.raw`\byour ([\w-]+ )?(transfer|wire|payment)( of ([$€£₹]|usd |eur )?[\d,.]+)?( to [^.!?]{1,40}?)? (is|has been|was) (complete|completed|sent|processed)\b`,
  String.raw`\byour ([\w.&'-]+ )?(recording|file|video|export|backup|workspace|data)( ${TITLE})? (will be (deleted|removed|archived) in \d+ days|(has been|is|was) scheduled for (deletion|removal|archiving))\b`,
  String.raw`^(notification|notice|alert|message) from [^:.!?]{1,40}:`,
  String.raw`^(meeting|call|webinar|session|recording) (ended|started|recorded|finished)\s*:|\bnotes will (arrive|be (ready|available|sent)) (shortly|soon)\b`,
  String.raw`\b(is|are) (on|visiting|browsing) your (website|site|pricing page|web ?page|page)( right now| now)?\b`,
  String.raw`\byour (daily|weekly|monthly|hourly) ([\w-]+ )?(limit|quota|cap|allowance) (has been|was|is) (reached|hit|exceeded|used up)\b`,
  String.raw`^your (contract|subscription|plan|licen[cs]e|agreement)( with [\w.&' -]{1,30}?)? (renews|expires|ends|is up for renewal) in \d+ days\b`,
  String.raw`\byour ([\w.&'-]+ )?(webinar|event|session|class|workshop|course)( ${TITLE})? (starts|begins|is) (tomorrow|today|tonight|on (mon|tue|wed|thu|fri|sat|sun)[a-z]*)\b|(^|[.!]\s+)add (it |this )?to (your )?calendar[.!]*$`,
  // The shape most of them share, whatever the thing: something of the user's in a state only a
  // system reports, "Your invoice #4412 from Acme Cloud is ready.", "Your Zoom cloud recording is now
  // available.", "Your order has been shipped." A person's "Your email was fine, we're just not
  // buying." names no such state; the seller's things are a buyer's news ("Your team was approved as
  // a vendor"), and so is a meeting with us ("Your meeting with our CTO is confirmed": "confirmed"
  // and "approved" are left to the lists above), as is a question ("Your product is available in
  // Europe?"). A possessive is the user's own: "Your team's usage report…" is a notice.
  String.raw`^your (?!([\w.&'-]+ ){0,3}(team|company|product|proposal|quote|offer|tool|platform|solution|service|pricing|price|demo|deck|sdr|bdr|reps?|ceo|founder|e-?mails?|messages?|outreach(?= (is|was|has|have|are|were)\b)|pitch|contract|msa|dpa|paperwork)\b(?!'s\b))([\w.&'-]+ ){0,3}[\w.&'-]+${NUMBER}( of ([$€£₹]|usd |eur )?[\d,.]+)?( ${ANY_TITLE})?( (from|for|with) [\w.&' -]{1,30}?)? (is|are|has been|have been|was|were|has|have) (now |successfully |being )?(closed|archived|reopened|ready|available|generated|processed|shipped|on (its|their) way|out for delivery|activated|overdue|past due|due (today|tomorrow|on|in)|exported|imported|synced|synchronized|backed up|restored|transcribed|voided|upgraded|downgraded|reactivated|finished|completed|attached|enclosed|paused|skipped|analy[sz]ed|scored|resumed|rotated|regenerated|revoked)\b(?![^.!?\n]*\?)`,
  // Something added to a shared place: 'A new file was uploaded to the shared folder "Contracts".'
  String.raw`^(an? )?new (file|document|folder|photo|video|version|recording|attachment)s? (was|were|has been|have been) (uploaded|added|created|posted) (to|in)\b`,
  // A trip under way, a tool's tally, an upgrade offered, a group's footer: "Your flight to Berlin is
  // now boarding at Gate B12.", "Gong: 3 deals at risk this week." (a complaint to the brand model),
  // "Your free plan includes 3 seats. Upgrade to add more.", "This email was sent to you because you
  // are a member of the Sales Leaders group." (a complaint at 0.99).
  String.raw`^your (flight|train|ride|driver|car|taxi|bus|ferry|order|package|parcel|delivery|table|room)\b[^.!?]{0,40}\b(is (now )?(boarding|arriving|here|outside|departing)|has (arrived|departed)|(is|has been) (delayed|cancell?ed))\b(?![^.!?\n]*\?)`,
  String.raw`^${APP}\d+ (deals?|opportunit(y|ies)|accounts?|leads?|tasks?|contacts?|calls?|meetings?|tickets?) (are |is )?(at risk|need(s)? (your )?attention|overdue|due|slipped|closing|waiting)\b`,
  String.raw`(^|[.!]\s+)upgrade (now |today )?(to|and) (add|get|unlock|keep|continue|access|remove|invite)\b`,
  String.raw`^this (e-?mail|message) was sent to (you|[^\s@]+@\S+) because you('re| are) (a member of|subscribed|signed up|registered|opted in)\b`,
  // A direct message passed on: "Slack: Dana Lee sent you a direct message."
  String.raw`^${APP}${SOMEONE} sent you (a|an|\d+) (new )?(direct )?(messages?|dms?|files?|notes?|invitations?|invites?|requests?|reminders?)\b`,
  // The same in Russian: a password changed "успешно", an invoice attached, a task set for you:
  // "Ваш пароль был успешно изменён.", "Счёт на оплату №778 от 20.11.2026 во вложении.", "Вам
  // назначена задача: «Позвонить клиенту»."
  String.raw`ваш пароль (был )?успешно (изменен|изменён|сброшен|обновлен|обновлён)`,
  String.raw`^сч[её]т (на оплату )?(№\s?[\w-]+ )?(от [\d.]+ )?(во вложении|прилагается|приложен)`,
  String.raw`^вам (назначена|поставлена|назначен[аоы]?) (новая |новый )?(задача|заявка|тикет)`,
  // A board's tally, an account's news, a build failed, a release note: 'Your Monday.com board "Q1
  // Pipeline" has 4 overdue items.', "Your Stripe account has a new dispute for $129.00.", "Your
  // GitHub Actions workflow failed: build #1042.", "We've shipped a new feature: bulk claim import."
  // (a yes to the model, 0.87). A failure a person tells of goes on: "Your HubSpot sync failed on us
  // twice last year."
  String.raw`^your ([\w.&'-]+ ){0,2}account has (a|\d+) new (disputes?|chargebacks?|payments?|payouts?|charges?|refunds?|orders?|invoices?|reviews?)\b`,
  String.raw`^your ([\w.&'-]+ ){0,3}[\w.&'-]+( ${TITLE})? (has|have) \d+ (new |unread |overdue |pending |open |unanswered )?(items|tasks|messages|notifications|comments|updates|alerts|requests|tickets)\b`,
  String.raw`^your ([\w.&'-]+ ){0,3}(workflow|build|pipeline|job|deploy(ment)?|test run|sync|import|export|backup|scheduled (task|report))( #?\d+| ${TITLE})? (has )?failed(?=\s*([:.!—–-]|$))`,
  String.raw`^we('ve| have)? (just )?(shipped|launched|released|rolled out|added) (a |some )?new (feature|features|update|updates|release|integration|integrations)\s*[:!]`,
  // A detail added to an account, a sale's countdown, an invitation to a workspace: "Your phone
  // number was added to your account.", "Don't miss out: 40% off annual plans ends Friday!", 'You've
  // been invited to join the "Orbit Sales" workspace on Slack.' (not to a bid or a meeting: an RFP's
  // invitation is a yes).
  String.raw`\b(was|has been) (added to|removed from|updated (in|on)) your (account|profile)(?=\s*([.!]|$))`,
  String.raw`^(don'?t miss (out|it|this)|last chance|final hours|hurry|act now)\s*[:!,—–-]`,
  String.raw`^you('ve| have) been invited to (join|collaborate on|edit|view|access)\b(?![^.!?]*\b(rfps?|rfqs?|tenders?|bids?|shortlist|pilot|call|meeting|demo)\b)`,
  // A request declined by its signer, a webinar about to start, unusual activity, a chat bot's
  // promise: "Your e-signature request was declined by the signer.", "Webinar starts in 1 hour:
  // Building a Claims Process.", "Hi! I'm the Orbit bot. A human will get back to you soon."
  String.raw`\b(was|has been) declined by the (signer|recipient|approver|reviewer)\b`,
  String.raw`^(the )?(webinar|meeting|event|session|class|workshop|live ?stream) (starts|begins|is starting) (in \d+ (minutes?|mins?|hours?)|soon|now|tomorrow|today)\b`,
  String.raw`\b(we )?(noticed|detected) (some )?(unusual|suspicious) (activity|sign-?ins?|log-?ins?) (on|in) your (account|profile|workspace)\b`,
  String.raw`\b(i'?m|i am) (the |an? )?([\w.-]+ )?(bot|chat ?bot|virtual assistant|automated assistant|ai assistant)\b|\ba (human|real person|team member|member of (our|the) team) will (get back to you|reply|respond|be in touch|be with you)\b`,
  // Billing details saved, a webinar's recording out: "Your billing information has been updated.",
  // "The webinar recording you registered for is now available."
  String.raw`^your (billing|payment|contact|account|profile|shipping) (information|info|details|method|address) (has been|was) (updated|changed|saved)\b`,
  String.raw`^the (webinar |event |session )?(recording|replay|slides)\b[^.!?]{0,40}\b(is|are) (now )?(available|ready)\b`,
  // An approval asked, a scheduled send gone, a comment quoting a buyer, an ad
  // approved, an RSVP thanked: "Expense report ER-2231 requires your approval.", "Your scheduled email
  // to dana@northwind.com was sent." (a referral), 'New comment on "Pricing FAQ": "Can we add annual
  // billing here?"' (a pricing question and a yes), 'Your Google Ads campaign "Brand Search" has been
  // approved.'
  String.raw`^(expense report|timesheet|invoice|purchase (order|request)|leave request|pto request|time-?off request|po)${NUMBER} (requires|needs|is awaiting|awaits) your (approval|review|action)\b`,
  String.raw`^your (scheduled|queued|delayed|snoozed|automated) (e-?mail|message|send|post)( to \S+)? (was|has been) (sent|delivered|published|posted)\b`,
  String.raw`^new (comment|reply|mention|message|review|post|answer)s? (on|in|from|to) (${TITLE}|[^:"]{1,40}):`,
  String.raw`^your ([\w.&'-]+ ){0,3}(campaign|ads?|listing|app|submission|template|extension|integration)( ${TITLE})? (has been|was) (approved|rejected|disapproved|published)\b`,
  String.raw`\bthank(s| you) for (your )?rsvp\b|^(thank you!? |thanks!? )?your (rsvp|registration|ticket|reservation|spot|seat)( for ${TITLE}| for [^.!?]{1,40}?)? (is|has been) confirmed\b`,
  // A proposal's viewing, a mailbox to reconnect: 'Dana Lee viewed your proposal "ClaimDesk for
  // Northwind" for 4 minutes.', "Your Outreach mailbox needs to be reconnected.", 'Your Salesloft
  // email "Quick question" was opened 4 times by Dana Lee.' A person's "My CFO viewed your proposal"
  // names no title and no time. (A weekly tally is work-app-notices.ts's.)
  String.raw`^(${APP})?${SOMEONE} (viewed|opened|downloaded|read) your (proposal|document|deck|quote|contract|file|presentation|email)( ${TITLE})? (for \d+ (minutes?|mins?|seconds?|secs?)|\d+ times)\b|^your ([\w.&'-]+ )?(proposal|document|deck|quote|contract|file|presentation|e-?mail)( ${TITLE})? was (viewed|opened|downloaded|read|clicked) (\d+ times|once|twice)\b`,
  String.raw`^your ([\w.&'-]+ ){0,3}(mailbox|inbox|account|calendar|integration|connection|card|payment method|domain)s? (needs?|need) to be (reconnected|re-?authori[sz]ed|re-?authenticated|re-?verified|verified|renewed|updated)\b`,
];

/** All of them, as one pattern (auto-reply-rules.ts re-exports it: its words are among the rules'). */
export const accountNotice = fromWordStart(new RegExp(ACCOUNT_NOTICES.join('|')));
