import { z } from 'zod';
import { HttpUrl, LIMITS, safeText } from './common.js';

// The calendars extraction reads (TIME-WINDOWS.md, "More conventions": events and organisations' fiscal
// years as data, editable by admins). Editors read them; admins write them.

const Name = safeText().trim().min(1, 'a name is empty').max(80);

// A government's row names its departments and agencies (the US federal row holds about fifty).
const Names = z.array(Name).min(1, 'give at least one name').max(80);

/** The grammar of an event's date rule (the server also checks that a dated rule is a real date). */
export const EVENT_RULE_PATTERN =
  /^(date \d{4}-\d{2}-\d{2}(\.\.\d{4}-\d{2}-\d{2})?|fixed \d{2}-\d{2}|easter([+-]\d{1,3})?|nth ([1-5]|last) (sun|mon|tue|wed|thu|fri|sat) \d{1,2}([+-]\d{1,2})?)$/;

export const EventRule = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    EVENT_RULE_PATTERN,
    'rule must be "date YYYY-MM-DD[..YYYY-MM-DD]", "fixed MM-DD", "easter[+N|-N]" or "nth N|last DOW MONTH[+D|-D]"',
  );

export const CalendarEventInput = z.strictObject({ names: Names, rule: EventRule, source: HttpUrl });
export type CalendarEventInput = z.infer<typeof CalendarEventInput>;

export const CalendarEvent = CalendarEventInput.extend({ id: z.string() });
export type CalendarEvent = z.infer<typeof CalendarEvent>;

export const OrganisationCalendarInput = z.strictObject({
  names: Names,
  kind: z.enum(['fiscal', 'season']),
  startMonth: z.number().int().min(1).max(12),
  months: z.number().int().min(1).max(12),
  naming: z.enum(['end', 'start']),
  source: HttpUrl,
});
export type OrganisationCalendarInput = z.infer<typeof OrganisationCalendarInput>;

export const OrganisationCalendar = OrganisationCalendarInput.extend({ id: z.string() });
export type OrganisationCalendar = z.infer<typeof OrganisationCalendar>;

export const CalendarsResponse = z.object({
  events: z.array(CalendarEvent),
  organisations: z.array(OrganisationCalendar),
});
export type CalendarsResponse = z.infer<typeof CalendarsResponse>;

/** Most rows a table may hold: every one is read by each preview. */
export const CALENDAR_ROWS_MAX = 2_000;
export const CALENDAR_NAME_MAX = LIMITS.name;
