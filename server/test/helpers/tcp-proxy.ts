import net from "node:net";

export interface TcpProxy {
  port: number;
  close(): Promise<void>;
}

/**
 * A load balancer in front of several instances, as a deployment puts one: each connection
 * goes to the next backend in turn, skipping any that refuses it (stopped or restarting).
 * Listens on 127.0.0.1 on an ephemeral port.
 */
export async function startTcpProxy(backendPorts: () => readonly number[]): Promise<TcpProxy> {
  let turn = 0;
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
    socket.on("error", () => socket.destroy());
  };
  /** Tries the backends from `first` on, each once, and joins `client` to the first that answers. */
  const forward = (client: net.Socket, ports: readonly number[], first: number, tried = 0) => {
    const port = ports[(first + tried) % ports.length];
    if (port === undefined || tried >= ports.length || client.destroyed) {
      client.destroy();
      return;
    }
    const backend = net.connect(port, "127.0.0.1");
    track(backend);
    let connected = false;
    backend.on("error", () => {
      if (!connected) forward(client, ports, first, tried + 1);
    });
    backend.once("connect", () => {
      connected = true;
      backend.once("close", () => client.destroy());
      client.once("close", () => backend.destroy());
      client.pipe(backend).pipe(client);
    });
  };
  const server = net.createServer((client) => {
    track(client);
    client.pause();
    forward(client, backendPorts(), turn++);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
