import type { ReactNode } from 'react';
import { Suspense, lazy, useState } from 'react';
import { Tabs } from './Tabs';

// The inspector's own panels load when first chosen: the payload is what most steps need.
const SchedulerTable = lazy(() => import('./SchedulerTable').then((m) => ({ default: m.SchedulerTable })));
const WatchList = lazy(() => import('./WatchList').then((m) => ({ default: m.WatchList })));
const EventList = lazy(() => import('./EventList').then((m) => ({ default: m.EventList })));

const TABS = [
  { id: 'payload', label: 'Payload' },
  { id: 'scheduler', label: 'Scheduler' },
  { id: 'watches', label: 'Watches' },
  { id: 'events', label: 'Events' },
] as const;
type TabId = (typeof TABS)[number]['id'];

/** Tabs over the payload panel: the scheduler's decision table, the open watches and the Events. */
export function Inspector({ payload }: { payload: ReactNode }) {
  const [tab, setTab] = useState<TabId>('payload');
  const panels: Record<TabId, ReactNode> = {
    payload,
    scheduler: <SchedulerTable />,
    watches: <WatchList />,
    events: <EventList />,
  };
  return (
    <Tabs label="Inspector" tabs={TABS} selected={tab} onSelect={setTab}>
      <Suspense fallback={<p className="kw-loading">Loading…</p>}>{panels[tab]}</Suspense>
    </Tabs>
  );
}
