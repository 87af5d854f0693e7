import { z } from 'zod';
import { LIMITS, safeText } from './common.js';

export const ROLES = ['admin', 'editor', 'reviewer'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9_.-]{2,40}$/, 'a username is 2–40 letters, digits, dots, dashes or underscores');
const Password = z.string().min(12, 'a password has at least 12 characters').max(200);

export const SignIn = z.strictObject({ username: Username, password: z.string().min(1).max(200) });
export const SetupAdmin = z.strictObject({
  token: z.string().min(10).max(200),
  username: Username,
  password: Password,
});

export const User = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: Role,
  disabled: z.boolean(),
  createdAt: z.string(),
});
export type User = z.infer<typeof User>;

export const Me = z.object({ user: User.nullable(), csrfToken: z.string().nullable() });

export const UserCreate = z.strictObject({
  username: Username,
  displayName: safeText().trim().min(1).max(LIMITS.name),
  role: Role,
  password: Password,
});
export const UserUpdate = z
  .strictObject({
    displayName: safeText().trim().min(1).max(LIMITS.name).optional(),
    role: Role.optional(),
    password: Password.optional(),
    disabled: z.boolean().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, 'nothing to update');

export const TokenCreate = z.strictObject({ name: safeText().trim().min(1).max(100) });
export const ApiToken = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});
export const ApiTokenCreated = ApiToken.extend({ token: z.string() });
