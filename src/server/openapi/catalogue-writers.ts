import * as api from '../../shared/api/index.js';
import type { RouteDoc } from './route-doc.js';

const id = { id: api.Id };
const handle = { handle: api.Handle };

/** The writes: sources, publications, claims and resolutions. */
export const WRITER_ROUTES: RouteDoc[] = [
  {
    method: 'post',
    path: '/api/sources',
    summary: 'Create a source',
    access: 'editor',
    body: api.SourceCreate,
    response: { status: 201, schema: api.Source },
  },
  {
    method: 'patch',
    path: '/api/sources/:handle',
    summary: "Update a source's display fields",
    access: 'editor',
    params: handle,
    body: api.SourceUpdate,
    response: { status: 200, schema: api.Source },
  },
  {
    method: 'post',
    path: '/api/sources/:handle/aliases',
    summary: 'Add an alias to a source',
    access: 'editor',
    params: handle,
    body: api.AliasCreate,
    response: { status: 201, schema: api.Source },
  },
  {
    method: 'post',
    path: '/api/publications/preview',
    summary: 'Propose the claims of an issue text; writes nothing',
    access: 'editor',
    body: api.PreviewRequest,
    response: { status: 200, schema: api.PreviewResponse },
  },
  {
    method: 'post',
    path: '/api/publications',
    summary: 'Publish an issue with its confirmed claims in one transaction (the same text twice is a 409)',
    access: 'editor',
    body: api.PublicationCreate,
    response: { status: 201, schema: api.PublicationDetail },
  },
  {
    method: 'post',
    path: '/api/claims',
    summary: 'Create a claim',
    access: 'editor',
    body: api.ClaimCreate,
    response: { status: 201, schema: api.ClaimDetail },
  },
  {
    method: 'patch',
    path: '/api/claims/:id',
    summary: 'Amend a claim, with a reason (the words first published stay)',
    access: 'editor',
    params: id,
    body: api.ClaimAmend,
    response: { status: 200, schema: api.ClaimDetail },
  },
  {
    method: 'post',
    path: '/api/claims/:id/resolutions',
    summary: 'Resolve a claim, or correct a resolution (supersedes + reason)',
    access: 'reviewer',
    params: id,
    body: api.ResolutionCreate,
    response: { status: 201, schema: api.ClaimDetail },
  },
  {
    method: 'post',
    path: '/api/resolutions/:id/confirm',
    summary: "Confirm another reviewer's resolution",
    access: 'reviewer',
    params: id,
    response: { status: 200, schema: api.ClaimDetail },
  },
];
