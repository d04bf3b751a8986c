import type { Metadata } from 'next';
import { QuotesView } from './_components/quotes-view';

export const metadata: Metadata = {
  title: 'Quotes',
  description: 'Every quote in the corpus with its speaker, each linked to its sentence.',
};

export default function QuotesPage() {
  return <QuotesView page={1} />;
}
