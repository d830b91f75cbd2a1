'use client';

import { useParams } from 'next/navigation';
import { EventHistory } from '@/features/logs/event-history.tsx';

export default function ProjectEventsPage() {
  const { project } = useParams<{ project: string }>();
  return (
    <section className="page">
      <EventHistory key={project} project={project} />
    </section>
  );
}
