package com.collectiq.webhooks;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * Opens the TCP connection of a delivery to an address already checked. Tests replace it with one
 * that refuses any address off this machine, so no test can reach out by mistake.
 */
@FunctionalInterface
public interface SocketConnector {

    Socket connect(InetSocketAddress address, int timeoutMillis) throws IOException;

    static SocketConnector plain() {
        return (address, timeoutMillis) -> {
            Socket socket = new Socket();
            try {
                socket.connect(address, timeoutMillis);
                return socket;
            } catch (IOException e) {
                socket.close();
                throw e;
            }
        };
    }
}
