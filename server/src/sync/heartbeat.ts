import type { WebSocket } from "ws";

/**
 * Finds dead connections: every `intervalMs` each socket is pinged, and a socket that has not
 * answered the previous ping by then is terminated (its close then runs the usual leave). A
 * client that vanished without a TCP close (laptop lid, lost network) would otherwise hold its
 * room, its presence and its buffers for as long as the operating system keeps the socket.
 * One timer serves every socket; it runs only while some socket is watched.
 */
export class Heartbeat {
  private readonly watched = new Map<WebSocket, Watched>();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly intervalMs: number) {}

  /** Pings `socket` from now on; `onDead` runs just before it is terminated for not answering. */
  watch(socket: WebSocket, onDead: () => void = () => undefined): void {
    const watched: Watched = { answered: true, onDead };
    this.watched.set(socket, watched);
    socket.on("pong", () => {
      watched.answered = true;
    });
    socket.once("close", () => {
      this.watched.delete(socket);
      if (this.watched.size === 0 && this.timer) {
        clearInterval(this.timer);
        this.timer = null;
      }
    });
    this.timer ??= setInterval(this.beat, this.intervalMs);
  }

  private readonly beat = (): void => {
    for (const [socket, watched] of this.watched) {
      if (!watched.answered) {
        this.watched.delete(socket);
        watched.onDead();
        socket.terminate();
        continue;
      }
      watched.answered = false;
      socket.ping();
    }
  };
}

interface Watched {
  /** Whether the socket answered since the last ping. */
  answered: boolean;
  onDead: () => void;
}
