package com.collectiq.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * URL checks with a resolver that maps made-up names to chosen addresses: no DNS server is asked,
 * and nothing connects anywhere.
 */
class WebhookTargetsTest {

    final Map<String, List<InetAddress>> names = new HashMap<>();
    final List<String> lookups = new ArrayList<>();
    final HostResolver resolver = host -> {
        lookups.add(host);
        List<InetAddress> addresses = names.get(host);
        if (addresses == null) {
            throw new UnknownHostException(host);
        }
        return addresses;
    };

    @Test
    void aPublicHttpsNameIsTakenWithTheAddressItResolvedToAndItsPort() throws Exception {
        name("hooks.example.com", "93.184.216.34");
        WebhookTarget target = targets(false).check(URI.create("https://hooks.example.com/in?x=1"));

        assertThat(target.address()).isEqualTo(InetAddress.getByName("93.184.216.34"));
        assertThat(target.port()).isEqualTo(443);
        assertThat(target.https()).isTrue();
        assertThat(target.requestTarget()).isEqualTo("/in?x=1");
        assertThat(target.hostHeader()).isEqualTo("hooks.example.com");
        assertThat(lookups).containsExactly("hooks.example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.0.0.7", "172.20.1.1", "192.168.0.10", "169.254.169.254", "100.100.100.200",
        "fd00::5", "fe80::1", "::ffff:127.0.0.1"})
    void aNameThatResolvesToANonPublicAddressIsRefusedNamingIt(String address) {
        name("internal.example.com", address);

        assertThatThrownBy(() -> targets(false).check(URI.create("https://internal.example.com/hook")))
                .isInstanceOf(RefusedWebhookUrl.class)
                .hasMessageContaining("resolves to")
                .hasMessageContaining("public addresses only");
    }

    @Test
    void oneNonPublicAddressAmongPublicOnesIsEnoughToRefuse() {
        name("mixed.example.com", "93.184.216.34", "10.0.0.1");

        assertThatThrownBy(() -> targets(false).check(URI.create("https://mixed.example.com/")))
                .hasMessageContaining("10.0.0.1, a private address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/hook", "https://[::1]:8443/hook", "https://169.254.169.254/latest/meta-data",
        "https://10.1.2.3/hook", "https://[fc00::1]/hook"})
    void addressLiteralsAreCheckedAsResolvedNamesAre(String url) {
        HostResolver literalsOnly = host -> List.of(InetAddress.getByName(host));
        WebhookTargets targets = new WebhookTargets(literalsOnly, properties(false));

        assertThatThrownBy(() -> targets.check(URI.create(url))).isInstanceOf(RefusedWebhookUrl.class)
                .hasMessageContaining("public addresses only");
    }

    @Test
    void plainHttpIsRefusedBeforeAnyLookup() {
        name("hooks.example.com", "93.184.216.34");

        assertThatThrownBy(() -> targets(false).check(WebhookTargets.parse("http://hooks.example.com/hook")))
                .hasMessageContaining("'http:' is not");
        assertThat(lookups).isEmpty();
    }

    @Test
    void aNameThatDoesNotResolveIsRefused() {
        assertThatThrownBy(() -> targets(false).check(URI.create("https://nowhere.example.com/")))
                .hasMessageContaining("does not resolve");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://hooks.example.com/", "hooks.example.com/hook", "https:///path", "mailto:a@example.com",
        "https://user:pass@hooks.example.com/", "https://hooks.example.com/#frag", "https://exa mple.com/", ""})
    void urlsThatAreNotAbsoluteHttpsWithAHostAreRefusedBeforeAnyLookup(String url) {
        assertThatThrownBy(() -> WebhookTargets.parse(url)).isInstanceOf(RefusedWebhookUrl.class);
        assertThat(lookups).isEmpty();
    }

    @Test
    void theTestOnlySettingLetsLoopbackThroughAlsoOverHttpButNothingElse() {
        name("receiver.test", "127.0.0.1");
        name("private.test", "10.0.0.1");
        name("public.test", "93.184.216.34");

        assertThat(targets(true).check(URI.create("http://receiver.test:8089/hook")).port()).isEqualTo(8089);
        assertThatThrownBy(() -> targets(true).check(URI.create("https://private.test/hook")))
                .hasMessageContaining("private address");
        assertThatThrownBy(() -> targets(true).check(URI.create("http://public.test/hook")))
                .hasMessageContaining("'http:' is not");
        assertThatThrownBy(() -> targets(false).check(URI.create("https://receiver.test/hook")))
                .hasMessageContaining("loopback address");
    }

    private void name(String host, String... addresses) {
        names.put(host, Arrays.stream(addresses).map(a -> {
            try {
                return InetAddress.getByName(a);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(a, e);
            }
        }).toList());
    }

    private WebhookTargets targets(boolean allowLoopback) {
        return new WebhookTargets(resolver, properties(allowLoopback));
    }

    static WebhookProperties properties(boolean allowLoopback) {
        return new WebhookProperties(3, Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofSeconds(2),
                Duration.ofSeconds(5), 20, allowLoopback);
    }
}
