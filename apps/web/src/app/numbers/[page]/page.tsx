import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { allQuantities } from '../../../lib/corpus';
import { laterPages, parsePage } from '../../../lib/paging';
import { NumbersView } from '../_components/numbers-view';

export const dynamicParams = false;

export function generateStaticParams(): { page: string }[] {
  return laterPages(allQuantities().length);
}

interface Props {
  params: Promise<{ page: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Numbers, page ${(await params).page}` };
}

export default async function NumbersPage({ params }: Props) {
  const page = parsePage((await params).page, allQuantities().length);
  if (page === null) notFound();
  return <NumbersView page={page} />;
}
