// The executor's Bolt sockets must not wait on Nagle's algorithm: without TCP_NODELAY a query
// whose message spans two writes waited ~40 ms for the server's delayed ACK (search: 48 ms,
// 3 ms of it in Neo4j). Checks that a socket opened after importing the executor gets it.
import net from 'node:net';
import { afterAll, describe, expect, it, vi } from 'vitest';
import '../../server/graph/executor.js';

describe('tcp no-delay', () => {
  const server = net.createServer((s) => s.end());
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('client sockets opened with net.connect get setNoDelay(true)', async () => {
    const spy = vi.spyOn(net.Socket.prototype, 'setNoDelay');
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
    const { port } = server.address() as net.AddressInfo;
    const socket = net.connect(port, '127.0.0.1');
    await new Promise((done) => socket.once('close', done));
    expect(spy).toHaveBeenCalledWith(true);
    spy.mockRestore();
  });
});
