package dev.claimdesk.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

final class FreePort {

    private FreePort() {}

    static int find() {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The port itself if it is free, any free port for 0; a port in use stops the start with a clear message. */
    static int orFree(int port, String what, String setting) {
        if (port == 0) {
            return find();
        }
        try (var socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return port;
        } catch (IOException e) {
            throw StartupProblem.portInUse(what, port, setting);
        }
    }
}
