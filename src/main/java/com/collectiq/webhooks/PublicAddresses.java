package com.collectiq.webhooks;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Which addresses a webhook may be sent to: public unicast ones only. Anything that reaches this
 * machine, its network, its cloud's metadata service or nobody in particular is refused, with the
 * range named; an IPv6 address that carries an IPv4 one (mapped, compatible, 6to4, NAT64) is judged
 * by the IPv4 address inside.
 */
public final class PublicAddresses {

    private record Range(String name, byte[] prefix, int bits) {

        static Range of(String name, String cidr) {
            String[] parts = cidr.split("/");
            try {
                return new Range(name, InetAddress.getByName(parts[0]).getAddress(), Integer.parseInt(parts[1]));
            } catch (UnknownHostException literalNeverLooksUp) {
                throw new IllegalArgumentException(cidr, literalNeverLooksUp);
            }
        }

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final String LOOPBACK = "loopback";
    /** {@code ::} and {@code ::1}: themselves, not the IPv4 addresses 0.0.0.0 and 0.0.0.1. */
    private static final Range UNSPECIFIED_OR_LOOPBACK_V6 = Range.of("", "::/127");
    private static final Range[] REFUSED = {
        Range.of("\"this network\"", "0.0.0.0/8"),
        Range.of("private", "10.0.0.0/8"),
        Range.of("carrier-grade NAT", "100.64.0.0/10"),
        Range.of(LOOPBACK, "127.0.0.0/8"),
        Range.of("link-local (incl. the cloud metadata address)", "169.254.0.0/16"),
        Range.of("private", "172.16.0.0/12"),
        Range.of("IETF protocol assignments", "192.0.0.0/24"),
        Range.of("private", "192.168.0.0/16"),
        Range.of("benchmarking", "198.18.0.0/15"),
        Range.of("multicast", "224.0.0.0/4"),
        Range.of("reserved (incl. broadcast)", "240.0.0.0/4"),
        Range.of("unspecified", "::/128"),
        Range.of(LOOPBACK, "::1/128"),
        Range.of("unique local (private)", "fc00::/7"),
        Range.of("link-local", "fe80::/10"),
        Range.of("site-local (private)", "fec0::/10"),
        Range.of("multicast", "ff00::/8"),
    };

    /** IPv6 forms with an IPv4 address in their last 32 bits, judged by that address. */
    private static final Range[] CARRY_IPV4 = {
        Range.of("IPv4-mapped", "::ffff:0:0/96"),
        Range.of("IPv4-compatible", "::/96"),
        Range.of("NAT64", "64:ff9b::/96"),
    };
    private static final Range SIX_TO_FOUR = Range.of("6to4", "2002::/16");

    private PublicAddresses() {
    }

    /** Why the address is not a public one a webhook may go to; empty when it is. */
    public static Optional<String> refusal(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            Optional<byte[]> inner = carriedIpv4(bytes);
            if (inner.isPresent()) {
                return refusal(inner.get()).map(range -> range + " (inside the IPv6 address " + address.getHostAddress() + ")");
            }
        }
        return refusal(bytes);
    }

    private static Optional<String> refusal(byte[] bytes) {
        return Arrays.stream(REFUSED).filter(range -> range.contains(bytes)).findFirst().map(Range::name);
    }

    private static Optional<byte[]> carriedIpv4(byte[] ipv6) {
        if (UNSPECIFIED_OR_LOOPBACK_V6.contains(ipv6)) {
            return Optional.empty();
        }
        for (Range form : CARRY_IPV4) {
            if (form.contains(ipv6)) {
                return Optional.of(Arrays.copyOfRange(ipv6, 12, 16));
            }
        }
        if (SIX_TO_FOUR.contains(ipv6)) {
            return Optional.of(Arrays.copyOfRange(ipv6, 2, 6));
        }
        return Optional.empty();
    }

    /** True for this machine's own addresses, the only ones the test-only setting lets through. */
    static boolean isLoopback(InetAddress address) {
        return refusal(address).filter(range -> range.startsWith(LOOPBACK)).isPresent();
    }
}
