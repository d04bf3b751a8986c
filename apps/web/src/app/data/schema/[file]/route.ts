import { idOfFile, jsonResponse, notFoundResponse } from '../../../../lib/responses';
import { schemaNames, schemaOf } from '../../../../lib/schema';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams(): { file: string }[] {
  return schemaNames().map((name) => ({ file: `${name}.schema.json` }));
}

/** /data/schema/<concept>.schema.json: the JSON Schema (2020-12) of the model, as published. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ file: string }> },
): Promise<Response> {
  const name = idOfFile((await params).file, '.schema.json');
  const schema = name ? schemaOf(name) : null;
  return schema ? jsonResponse(schema) : notFoundResponse();
}
