/**
 * Bolt sockets without Nagle's algorithm. The driver writes a message in 1,400-byte chunks
 * and never sets TCP_NODELAY, so a query whose RUN message spans two writes (most of our
 * cypher/ files, with their comments) waited for the server's delayed ACK: ~40 ms on every
 * such query (`search` took 48 ms of which 3 ms in Neo4j). Imported once by executor.ts;
 * it only sets the option on client sockets this process opens (harmless for any of them).
 */
import net from 'node:net';
import tls from 'node:tls';

const PATCHED = Symbol.for('baoxun.tcpNoDelay');
type Connect = (...args: unknown[]) => net.Socket;

function patch(mod: { connect: Connect } & Record<symbol, unknown>): void {
  if (mod[PATCHED]) return;
  const connect = mod.connect;
  mod.connect = function (this: unknown, ...args: unknown[]) {
    const socket = connect.apply(this, args);
    socket.setNoDelay(true);
    return socket;
  };
  mod[PATCHED] = true;
}

patch(net as unknown as { connect: Connect } & Record<symbol, unknown>);
patch(tls as unknown as { connect: Connect } & Record<symbol, unknown>);
