import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { allQuotes } from '../../../lib/corpus';
import { laterPages, parsePage } from '../../../lib/paging';
import { QuotesView } from '../_components/quotes-view';

export const dynamicParams = false;

export function generateStaticParams(): { page: string }[] {
  return laterPages(allQuotes().length);
}

interface Props {
  params: Promise<{ page: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Quotes, page ${(await params).page}` };
}

export default async function QuotesPage({ params }: Props) {
  const page = parsePage((await params).page, allQuotes().length);
  if (page === null) notFound();
  return <QuotesView page={page} />;
}
