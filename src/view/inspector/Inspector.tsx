import type { ReactNode } from 'react';
import { Suspense, lazy, useState } from 'react';
import { useT } from '../../store/lang';
import { Tabs } from './Tabs';

// The inspector's own panels load when first chosen: the payload is what most steps need.
const SchedulerTable = lazy(() => import('./SchedulerTable').then((m) => ({ default: m.SchedulerTable })));
const WatchList = lazy(() => import('./WatchList').then((m) => ({ default: m.WatchList })));
const EventList = lazy(() => import('./EventList').then((m) => ({ default: m.EventList })));

const TABS = [
  { id: 'payload', label: 'inspector.tab.payload' },
  { id: 'scheduler', label: 'inspector.tab.scheduler' },
  { id: 'watches', label: 'inspector.tab.watches' },
  { id: 'events', label: 'inspector.tab.events' },
] as const;
type TabId = (typeof TABS)[number]['id'];

/** Tabs over the payload panel: the scheduler's decision table, the open watches and the Events. */
export function Inspector({ payload }: { payload: ReactNode }) {
  const t = useT();
  const [tab, setTab] = useState<TabId>('payload');
  const panels: Record<TabId, ReactNode> = {
    payload,
    scheduler: <SchedulerTable />,
    watches: <WatchList />,
    events: <EventList />,
  };
  return (
    <Tabs label={t('inspector.label')} tabs={TABS.map((x) => ({ id: x.id, label: t(x.label) }))} selected={tab} onSelect={setTab}>
      <Suspense fallback={<p className="kw-loading">{t('app.loading')}</p>}>{panels[tab]}</Suspense>
    </Tabs>
  );
}
