/**
 * One terminal row made of styled runs. Every run's text is sanitised here, at the boundary to
 * Ink, whatever the caller did before; colour is dropped when NO_COLOR or --no-color asks.
 */
import { Text } from 'ink';
import { memo } from 'react';
import { sanitizeLine } from '../sanitize.js';
import { useSettings } from '../state.js';

export interface Style {
  color?: string;
  bold?: boolean;
  dim?: boolean;
  italic?: boolean;
  underline?: boolean;
  inverse?: boolean;
}

export interface Run {
  text: string;
  style?: Style;
}

function LineView({ runs }: { runs: readonly Run[] }) {
  const { color } = useSettings();
  if (runs.every((run) => run.text === '')) return <Text> </Text>;
  return (
    <Text wrap="truncate-end">
      {runs.map((run, index) => {
        const text = sanitizeLine(run.text);
        const style = run.style;
        if (!style) return text;
        return (
          <Text
            // Runs never reorder within a line, so their position is their identity.
            key={index}
            color={color ? style.color : undefined}
            bold={style.bold}
            dimColor={style.dim}
            italic={style.italic}
            underline={style.underline}
            inverse={style.inverse}
          >
            {text}
          </Text>
        );
      })}
    </Text>
  );
}

export const Line = memo(LineView);

/** A row of plain text with one style. */
export function SafeText({ text, style }: { text: string; style?: Style }) {
  return <Line runs={[{ text, style }]} />;
}
