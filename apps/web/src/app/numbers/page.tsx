import type { Metadata } from 'next';
import { NumbersView } from './_components/numbers-view';

export const metadata: Metadata = {
  title: 'Numbers',
  description: 'Every quantity in the corpus with its unit, each linked to its sentence.',
};

export default function NumbersPage() {
  return <NumbersView page={1} />;
}
