/**
 * Fair turns for the plugin's content-API requests (issue 10: under 50
 * connections, the first requests waited ~9 s).
 *
 * With SQLite a request runs to its end in one turn of Node's event loop
 * (better-sqlite3 answers synchronously). A turn then answers every request
 * read in it, and Node accepts about one waiting connection per turn: with 50
 * connections opened at once, the last ones were accepted seconds later, and
 * their first request waited all that time (reproduced without Strapi by
 * tests/load/accept-wait.js). Here each request waits for its turn in one
 * queue, and one request goes on per turn of the loop, so between two of them
 * Node accepts connections and reads sockets; no request waits behind more
 * than one turn per request ahead of it. With PostgreSQL or MySQL a request
 * gives the loop back at each query anyway; only its start is queued.
 */
const waiting: (() => void)[] = [];
let draining = false;

function letNextGo() {
  const next = waiting.shift();
  if (!next) {
    draining = false;
    return;
  }
  next();
  // An immediate queued from an immediate runs on the next turn of the loop.
  setImmediate(letNextGo);
}

/** Resolves when it is this request's turn. */
function awaitTurn(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    if (!draining) {
      draining = true;
      setImmediate(letNextGo);
    }
  });
}

export async function oneRequestPerTurn(_ctx: unknown, next: () => Promise<unknown>) {
  await awaitTurn();
  return next();
}
