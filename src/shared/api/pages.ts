import { z } from 'zod';
import { ApiToken, User } from './auth.js';
import { Claim } from './claims.js';
import { pageOf } from './common.js';
import { Publication } from './publications.js';
import { Source } from './sources.js';

/** A page of sources (`GET /api/sources`). */
export const SourcePage = pageOf(Source);
/** A page of claims (`GET /api/claims`). */
export const ClaimPage = pageOf(Claim);
/** A page of publications (`GET /api/publications`). */
export const PublicationPage = pageOf(Publication);
/** Every user (`GET /api/users`): one page, `nextCursor` always null. */
export const UserPage = pageOf(User);
/** The caller's API tokens (`GET /api/tokens`): one page, `nextCursor` always null. */
export const ApiTokenPage = pageOf(ApiToken);

/** A successful sign-in: the user, and the CSRF token to send with every write of the session. */
export const SignInResponse = z.object({ user: User, csrfToken: z.string() });
/** The first admin, created from a setup link. */
export const SetupResponse = z.object({ user: User });
