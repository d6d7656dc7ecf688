package com.collectiq.webhooks;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Turns a webhook's host name into addresses, once per delivery: the addresses checked are the
 * addresses connected to. Tests replace it to map names to any address without asking a DNS server.
 */
@FunctionalInterface
public interface HostResolver {

    List<InetAddress> resolve(String host) throws UnknownHostException;

    /** The system's resolver (DNS, hosts file); an IP literal resolves to itself without a lookup. */
    static HostResolver system() {
        return host -> List.of(InetAddress.getAllByName(host));
    }
}
