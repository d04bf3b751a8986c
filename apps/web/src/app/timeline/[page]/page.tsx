import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { corpusTimeline } from '../../../lib/corpus';
import { laterPages, parsePage } from '../../../lib/paging';
import { TimelineView } from '../_components/timeline-view';

export const dynamicParams = false;

/** Pages 2…n of a long timeline. */
export function generateStaticParams(): { page: string }[] {
  const { dated, undated } = corpusTimeline();
  return laterPages(dated.length + undated.length);
}

interface Props {
  params: Promise<{ page: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Timeline, page ${(await params).page}` };
}

export default async function TimelinePage({ params }: Props) {
  const { dated, undated } = corpusTimeline();
  const page = parsePage((await params).page, dated.length + undated.length);
  if (page === null) notFound();
  return <TimelineView timeline={corpusTimeline()} page={page} />;
}
