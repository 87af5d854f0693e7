/** SQLite always; PostgreSQL too when TEST_DATABASE_URL is set (CONVENTIONS 3.8). */
export function testDialects(): ('sqlite' | 'postgres')[] {
  return process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];
}
