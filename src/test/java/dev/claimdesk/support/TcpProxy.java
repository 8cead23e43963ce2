package dev.claimdesk.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy between the application and one of its servers, for outage tests: {@link #cut()} drops every open
 * connection and refuses new ones (the server seems gone, as when its host or the network fails); {@link #restore()}
 * listens again on the same port; {@link #slow(Duration)} holds each piece of the server's answers back (the server
 * has done the work, the answer is late). Bytes pass through untouched.
 */
public final class TcpProxy implements AutoCloseable {

    private final int targetPort;
    private final int port;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listener;
    private volatile Duration answerDelay = Duration.ZERO;

    private TcpProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = listen(0);
        this.port = listener.getLocalPort();
        accept(listener);
    }

    /** A proxy on a free local port to this local port. */
    public static TcpProxy to(int targetPort) throws IOException {
        return new TcpProxy(targetPort);
    }

    public int port() {
        return port;
    }

    /** Drops every connection and stops listening: connecting is refused until {@link #restore()}. */
    public synchronized void cut() throws IOException {
        if (listener != null) {
            listener.close();
            listener = null;
        }
        for (Socket socket : open) {
            socket.close();
        }
        open.clear();
    }

    /** Each piece of the server's answers waits this long before it is passed on ({@code ZERO}: at once again). */
    public void slow(Duration delay) {
        answerDelay = delay;
    }

    /** Listens again on the same port. */
    public synchronized void restore() throws IOException {
        if (listener == null) {
            listener = listen(port);
            accept(listener);
        }
    }

    @Override
    public void close() throws IOException {
        cut();
    }

    private static ServerSocket listen(int port) throws IOException {
        var socket = new ServerSocket();
        socket.setReuseAddress(true); // the port just closed by cut() is taken again at once
        socket.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return socket;
    }

    private void accept(ServerSocket server) {
        Thread.ofVirtual().start(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                    open.add(client);
                    open.add(target);
                    pipe(client, target, false);
                    pipe(target, client, true);
                } catch (IOException closed) {
                    return; // cut(): the listener is closed
                }
            }
        });
    }

    private void pipe(Socket from, Socket to, boolean answers) {
        Thread.ofVirtual().start(() -> {
            try (InputStream in = from.getInputStream();
                    OutputStream out = to.getOutputStream()) {
                byte[] piece = new byte[16 * 1024];
                for (int n; (n = in.read(piece)) >= 0; ) {
                    Duration delay = answerDelay;
                    if (answers && !delay.isZero()) {
                        Thread.sleep(delay);
                    }
                    out.write(piece, 0, n);
                    out.flush();
                }
            } catch (IOException dropped) {
                // one side closed or was cut: close the other
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        });
    }

    private void closeQuietly(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
