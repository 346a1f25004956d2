package io.newsflow.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Loopback port choice: a free port when 0 is asked for, and a clear error when a fixed one is taken. */
public final class Ports {
    private Ports() {
    }

    /** {@code requested} if it is free on 127.0.0.1, a free ephemeral port if it is 0. */
    public static int claim(String service, String setting, int requested) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), requested));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new ServiceStartException(service + " cannot listen on 127.0.0.1:" + requested
                    + ": the port is in use by another process. Stop it, or pick another port with " + setting
                    + " (0 = any free port).", e);
        }
    }
}
