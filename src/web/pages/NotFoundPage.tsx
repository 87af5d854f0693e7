import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <section className="page">
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. Go back to the <Link to="/">leaderboard</Link>.
      </p>
    </section>
  );
}
