/** The ledger page opened at one event, which it marks: where a person reads an event. */
export const eventPagePath = (seq: number) => `/ledger?event=${seq}#event-${seq}`;

/** One event exactly as the API records it, for developers and scripts. */
export const eventJsonPath = (seq: number) => `/api/ledger/events?after=${seq - 1}&limit=1`;

/** The event number an address's `?event=` names, or null when it names none. */
export function eventParam(value: string | null): number | null {
  if (!value || !/^[1-9][0-9]{0,15}$/.test(value)) return null;
  return Number(value);
}
