package com.collectiq.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Addresses written out by hand, each at or just inside the edge of its range, and public ones just outside. */
class PublicAddressesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "127.0.0.1, loopback",
        "127.255.255.254, loopback",
        "10.0.0.1, private",
        "10.255.255.255, private",
        "172.16.0.1, private",
        "172.31.255.255, private",
        "192.168.1.1, private",
        "100.64.0.1, carrier-grade NAT",
        "100.127.255.255, carrier-grade NAT",
        "169.254.169.254, link-local",
        "169.254.0.1, link-local",
        "0.0.0.0, \"this network\"",
        "224.0.0.251, multicast",
        "239.255.255.250, multicast",
        "255.255.255.255, reserved",
        "::, unspecified",
        "::1, loopback",
        "fc00::1, unique local",
        "fdab:cdef::1, unique local",
        "fe80::1, link-local",
        "febf:ffff::1, link-local",
        "ff02::1, multicast",
        "::ffff:7f00:1, loopback",
        "::ffff:a9fe:a9fe, link-local",
        "::ffff:10.1.2.3, private",
        "64:ff9b::a00:1, private",
        "2002:c0a8:0101::1, private",
    })
    void nonPublicAddressesAreRefusedWithTheirRange(String address, String range) throws UnknownHostException {
        assertThat(PublicAddresses.refusal(InetAddress.getByName(address))).hasValueSatisfying(
                reason -> assertThat(reason).startsWith(range));
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "1.1.1.1", "9.255.255.255", "11.0.0.0", "172.15.255.255",
        "172.32.0.0", "100.63.255.255", "100.128.0.0", "169.253.255.255", "192.167.255.255", "223.255.255.255",
        "2606:4700:4700::1111", "2001:4860:4860::8888", "fbff:ffff::1", "::ffff:808:808", "2002:0808:0808::1"})
    void publicAddressesPass(String address) throws UnknownHostException {
        assertThat(PublicAddresses.refusal(InetAddress.getByName(address))).isEmpty();
    }
}
