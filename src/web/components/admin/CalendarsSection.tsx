import { useState, type FormEvent } from 'react';
import { CalendarEvent, CalendarsResponse, OrganisationCalendar } from '../../../shared/api/calendars.js';
import { api } from '../../api/client.js';
import { useQuery } from '../../api/use-query.js';
import { FormError } from '../FormError.js';
import { ErrorMessage, Loading } from '../Status.js';

const names = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

/** Admin: the events and organisations' fiscal years that preview reads (TIME-WINDOWS.md, "More conventions"). */
export function CalendarsSection() {
  const { data, error, loading, reload } = useQuery('/api/calendars', () =>
    api.get('/api/calendars', CalendarsResponse),
  );
  const [formError, setFormError] = useState<unknown>(null);
  const [event, setEvent] = useState({ names: '', rule: '', source: '' });
  const [org, setOrg] = useState({
    names: '',
    startMonth: '4',
    months: '12',
    naming: 'end',
    kind: 'fiscal',
    source: '',
  });
  const run = async (f: () => Promise<unknown>) => {
    setFormError(null);
    try {
      await f();
      reload();
    } catch (err) {
      setFormError(err);
    }
  };
  const addEvent = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      await api.post('/api/calendars/events', { ...event, names: names(event.names) }, CalendarEvent);
      setEvent({ names: '', rule: '', source: '' });
    });
  };
  const addOrg = (e: FormEvent) => {
    e.preventDefault();
    const body = { ...org, names: names(org.names), startMonth: Number(org.startMonth), months: Number(org.months) };
    void run(async () => {
      await api.post('/api/calendars/organisations', body, OrganisationCalendar);
      setOrg({ ...org, names: '', source: '' });
    });
  };
  return (
    <section className="block" aria-labelledby="calendars-h">
      <h2 id="calendars-h">Calendars</h2>
      <p className="sub">
        Events with known dates and organisations’ fiscal years, read by every preview. Rules:{' '}
        <code>date 2027-03-18</code>, <code>fixed 12-25</code>, <code>easter</code>, <code>nth 4 thu 11</code> (with{' '}
        <code>+1</code> for the day after).
      </p>
      {error && <ErrorMessage error={error} what="calendars" onRetry={reload} />}
      {loading && !data && <Loading what="calendars" />}
      {data && (
        <details>
          <summary>
            {data.events.length} events, {data.organisations.length} organisations
          </summary>
          <ul className="plain-list calendar-events">
            {data.events.map((ev) => (
              <li key={ev.id}>
                {ev.names.join(', ')} — <code>{ev.rule}</code>{' '}
                <button
                  type="button"
                  className="link-button danger"
                  onClick={() => void run(() => api.del(`/api/calendars/events/${ev.id}`))}
                >
                  Delete
                </button>
              </li>
            ))}
          </ul>
          <ul className="plain-list calendar-organisations">
            {data.organisations.map((o) => (
              <li key={o.id}>
                {o.names.join(', ')} — {o.kind} from month {o.startMonth} for {o.months} months (FY named by its{' '}
                {o.naming}){' '}
                <button
                  type="button"
                  className="link-button danger"
                  onClick={() => void run(() => api.del(`/api/calendars/organisations/${o.id}`))}
                >
                  Delete
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      <form className="inline-form" onSubmit={addEvent} aria-label="Add an event">
        <label className="field grow">
          <span>Event names</span>
          <input
            value={event.names}
            onChange={(e) => setEvent({ ...event, names: e.target.value })}
            required
            placeholder="Founders Day, Founders' Day"
          />
        </label>
        <label className="field">
          <span>Rule</span>
          <input
            value={event.rule}
            onChange={(e) => setEvent({ ...event, rule: e.target.value })}
            required
            placeholder="date 2027-05-20"
          />
        </label>
        <label className="field">
          <span>Event source</span>
          <input
            type="url"
            value={event.source}
            onChange={(e) => setEvent({ ...event, source: e.target.value })}
            required
          />
        </label>
        <button type="submit" className="button secondary">
          Add event
        </button>
      </form>
      <form className="inline-form" onSubmit={addOrg} aria-label="Add an organisation">
        <label className="field grow">
          <span>Organisation names</span>
          <input
            value={org.names}
            onChange={(e) => setOrg({ ...org, names: e.target.value })}
            required
            placeholder="Acme, ACME"
          />
        </label>
        <label className="field">
          <span>First month</span>
          <input
            type="number"
            min={1}
            max={12}
            value={org.startMonth}
            onChange={(e) => setOrg({ ...org, startMonth: e.target.value })}
          />
        </label>
        <label className="field">
          <span>FY named by</span>
          <select value={org.naming} onChange={(e) => setOrg({ ...org, naming: e.target.value })}>
            <option value="end">the year it ends</option>
            <option value="start">the year it starts</option>
          </select>
        </label>
        <label className="field">
          <span>Organisation source</span>
          <input type="url" value={org.source} onChange={(e) => setOrg({ ...org, source: e.target.value })} required />
        </label>
        <button type="submit" className="button secondary">
          Add organisation
        </button>
      </form>
      <FormError error={formError} />
    </section>
  );
}
