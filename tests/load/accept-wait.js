#!/usr/bin/env node
/**
 * What holds the first requests of `npm run load` for ~9 s, without Strapi:
 * a bare Node HTTP server whose every request does WORK ms of synchronous work
 * (as Strapi on SQLite does: better-sqlite3 answers synchronously, so each
 * request runs to its end in one turn of the event loop), and 50 keep-alive
 * connections opened at once, each sending its next request as soon as the
 * last is answered.
 *
 * The kernel completes all 50 handshakes at once, but once the server is busy
 * it accepts about one waiting connection per turn of its event loop, and each
 * turn first answers every connection already accepted. The last connections
 * are accepted seconds later, and their first request waits all that time.
 *
 *   node tests/load/accept-wait.js            (WORK=20 ms, 8 s)
 * prints the slowest request and when the server accepted each connection.
 */
const net = require('net');
const http = require('http');
const { fork } = require('child_process');

const WORK = Number(process.env.WORK || 20);
const CONNECTIONS = 50;
const DURATION_MS = 8000;

if (process.argv[2] === 'server') {
  const started = Date.now();
  const acceptedAt = [];
  const server = http.createServer((req, res) => {
    const until = Date.now() + WORK;
    while (Date.now() < until); // the synchronous part of a request
    res.end('x'.repeat(20000));
  });
  server.on('connection', () => acceptedAt.push(Date.now() - started));
  server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
  process.on('message', () => process.send({ acceptedAt }));
} else {
  const child = fork(__filename, ['server']);
  child.once('message', async ({ port }) => {
    const started = Date.now();
    const latencies = [];
    const request = Buffer.from('GET / HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive\r\n\r\n');
    await Promise.all(
      Array.from(
        { length: CONNECTIONS },
        () =>
          new Promise((resolve) => {
            const socket = net.connect(port, '127.0.0.1');
            let sentAt = Date.now();
            let received = 0;
            socket.write(request);
            socket.on('data', (chunk) => {
              received += chunk.length;
              if (received < 20000) return; // the body is 20,000 bytes; headers come first
              received = 0;
              latencies.push({ ms: Date.now() - sentAt, sentAtMs: sentAt - started });
              if (Date.now() - started > DURATION_MS) return resolve(socket.destroy());
              sentAt = Date.now();
              socket.write(request);
            });
          })
      )
    );
    latencies.sort((a, b) => b.ms - a.ms);
    const p50 = latencies[Math.floor(latencies.length / 2)].ms;
    console.log(
      `${latencies.length} requests; p50 ${p50} ms; slowest ${latencies[0].ms} ms, sent at ${latencies[0].sentAtMs} ms`
    );
    child.send('report');
    child.once('message', ({ acceptedAt }) => {
      console.log(`server accepted the ${acceptedAt.length} connections at (ms): ${acceptedAt.join(' ')}`);
      child.kill();
    });
  });
}
