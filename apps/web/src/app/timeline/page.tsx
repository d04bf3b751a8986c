import type { Metadata } from 'next';
import { corpusTimeline } from '../../lib/corpus';
import { TimelineView } from './_components/timeline-view';

export const metadata: Metadata = {
  title: 'Timeline',
  description:
    'Events and dated statements of the corpus in order, each date as precise as it is known, each linked to its sentence.',
};

export default function TimelinePage() {
  return <TimelineView timeline={corpusTimeline()} page={1} />;
}
