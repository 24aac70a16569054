import type { Core } from '@strapi/strapi';
import type supertest from 'supertest';
import { effectiveVia, type Fields, type Op } from './operations';

/** The plugin's report type, or its plain core twin: where an operation goes and how its data is written. */
export interface Side {
  name: 'plugin' | 'twin';
  uid: string;
  rest: string;
  /** Crime areas by slug → what this type stores for them. */
  toData(fields: Fields): Record<string, unknown>;
}

export type Outcome = { ok: true } | { ok: false; status: number; path: string | null; message: string };

export function pluginSide(uid: string, areaIds: Map<string, string>): Side {
  return {
    name: 'plugin',
    uid,
    rest: '/api/operation-reports',
    toData: ({ crimeAreas, ...rest }) => ({
      ...rest,
      ...(crimeAreas ? { crimeAreas: crimeAreas.map((slug) => areaIds.get(slug)) } : {}),
    }),
  };
}

export function twinSide(uid: string): Side {
  return {
    name: 'twin',
    uid,
    rest: '/api/parity-reports',
    toData: ({ crimeAreas, ...rest }) => ({ ...rest, ...(crimeAreas ? { crimeAreas: [...crimeAreas].sort() } : {}) }),
  };
}

function refusal(error: unknown): Outcome {
  const e = error as { name?: string; message?: string; details?: { errors?: { path?: string[] }[] } };
  const status = e?.name === 'ValidationError' ? 400 : e?.name === 'NotFoundError' ? 404 : 500;
  return { ok: false, status, path: e?.details?.errors?.[0]?.path?.join('.') ?? null, message: String(e?.message) };
}

/**
 * Runs one operation on one side. `documentId` is the document of the slot
 * (null before its create); returns what happened and, for a create, the new documentId.
 */
export async function run(
  strapi: Core.Strapi,
  http: () => supertest.Agent,
  token: string,
  side: Side,
  op: Op,
  documentId: string | null,
  data: Record<string, unknown>
): Promise<{ outcome: Outcome; documentId: string | null }> {
  if (effectiveVia(op) === 'rest') return runRest(http, token, side, op, documentId, data);
  const documents = strapi.documents(side.uid as never) as unknown as Record<
    string,
    (params: Record<string, unknown>) => Promise<{ documentId?: string } | null>
  >;
  try {
    const status = 'publish' in op && op.publish ? 'published' : 'draft';
    switch (op.kind) {
      case 'create': {
        const created = await documents.create({ data, locale: op.locale, status });
        return { outcome: { ok: true }, documentId: created?.documentId ?? null };
      }
      case 'update':
        await documents.update({ documentId, data, locale: op.locale, status });
        break;
      default:
        await documents[op.kind]({ documentId, locale: op.locale });
    }
    return { outcome: { ok: true }, documentId };
  } catch (error) {
    return { outcome: refusal(error), documentId };
  }
}

async function runRest(
  http: () => supertest.Agent,
  token: string,
  side: Side,
  op: Op,
  documentId: string | null,
  data: Record<string, unknown>
): Promise<{ outcome: Outcome; documentId: string | null }> {
  const query = (status?: string) => `?locale=${encodeURIComponent(op.locale)}${status ? `&status=${status}` : ''}`;
  let response: supertest.Response;
  switch (op.kind) {
    case 'create':
      response = await http()
        .post(`${side.rest}${query(op.publish ? 'published' : 'draft')}`)
        .set('Authorization', `Bearer ${token}`)
        .send({ data });
      break;
    case 'update':
    case 'publish':
      // REST publishes by updating with status=published: an empty update is a plain publish.
      response = await http()
        .put(`${side.rest}/${documentId}${query(op.kind === 'publish' || op.publish ? 'published' : 'draft')}`)
        .set('Authorization', `Bearer ${token}`)
        .send({ data: op.kind === 'publish' ? {} : data });
      break;
    case 'delete':
      response = await http().delete(`${side.rest}/${documentId}${query()}`).set('Authorization', `Bearer ${token}`);
      break;
    default:
      throw new Error(`${op.kind} has no REST route`);
  }
  if (response.status >= 400) {
    const error = response.body?.error ?? {};
    return {
      outcome: {
        ok: false,
        status: response.status,
        path: error.details?.errors?.[0]?.path?.join('.') ?? null,
        message: String(error.message),
      },
      documentId,
    };
  }
  return { outcome: { ok: true }, documentId: op.kind === 'create' ? response.body.data.documentId : documentId };
}
