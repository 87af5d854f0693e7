/** A finding: the instance's record is not what its own history says (audit exits 1). */
export class Discrepancy extends Error {}

/** The audit could not reach a verdict: the instance is unreachable or answers nonsense (audit exits 2). */
export class AuditAborted extends Error {}
