/**
 * Links in a reply, as the rules read them: a booking page ("https://calendly.com/priya/30min",
 * HubSpot meetings, Google appointment schedules, Microsoft Bookings…) is the writer offering a
 * time, "calendar link"; any other link is "a link", its host and path words nobody said
 * ("meetings.hubspot.com" asks nothing about HubSpot, ".../unsubscribe?id=" asks nobody to stop).
 */
const BOOKING =
  /\b(calendly\.com|cal\.com|savvycal\.com|meetings(-[a-z0-9]+)?\.hubspot\.com|calendar\.app\.google|calendar\.google\.com\/calendar\/(u\/\d+\/)?appointments|outlook\.office(365)?\.com\/(owa\/)?calendar\/[^\s]*bookings|bookings\.microsoft|chilipiper\.com|youcanbook\.me|zcal\.co|tidycal\.com|acuityscheduling\.com|doodle\.com|koalendar\.com|vyte\.in|x\.ai\/calendar)/i;
// A host's labels are bounded as DNS bounds them (63 characters, and few of them): unbounded, a
// long run like "a-a-a-…" or "a.a.a.…" was crossed from each of its word starts.
const LINK =
  /\b(https?:\/\/|www\.)[^\s<>()"']+|\b[a-z0-9-]{1,63}(\.[a-z0-9-]{1,63}){0,8}\.(com|io|co|ai|app|me|in)\/[^\s<>()"']+/gi;

export const linksAsWords = (text: string) =>
  text.replace(LINK, (url) => (BOOKING.test(url) ? ' calendar link ' : ' a link '));
