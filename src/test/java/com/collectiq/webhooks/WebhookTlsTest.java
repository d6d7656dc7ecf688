package com.collectiq.webhooks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * Over TLS, the connection goes to the checked loopback address while the handshake names the
 * webhook's host and verifies the receiver's certificate against it. The receiver is WireMock on
 * loopback with a certificate for {@code receiver.test} made by the JDK's keytool for this test;
 * names resolve through a stub, so nothing is looked up.
 */
class WebhookTlsTest {

    static final String PASSWORD = "receiver-test-password";

    @TempDir
    static Path dir;

    static WireMockServer receiver;
    static SSLSocketFactory trustingTheReceiver;
    final WebhookProperties properties = WebhookTargetsTest.properties(true);
    final WebhookTargets targets = new WebhookTargets(host -> List.of(InetAddress.getByName("127.0.0.1")), properties);
    final SocketConnector onThisMachineOnly = (address, timeout) -> {
        assertThat(address.getAddress().isLoopbackAddress()).as("a connection to " + address).isTrue();
        return SocketConnector.plain().connect(address, timeout);
    };

    @BeforeAll
    static void start() throws Exception {
        Path keystore = dir.resolve("receiver.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "receiver", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=receiver.test", "-ext", "SAN=dns:receiver.test", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keytool.waitFor()).as(output).isZero();
        receiver = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().dynamicHttpsPort()
                .keystorePath(keystore.toString()).keystoreType("PKCS12").keystorePassword(PASSWORD)
                .keyManagerPassword(PASSWORD));
        receiver.start();
        receiver.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(200)));

        KeyStore issued = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            issued.load(in, PASSWORD.toCharArray());
        }
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry("receiver", issued.getCertificate("receiver"));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        trustingTheReceiver = context.getSocketFactory();
    }

    @BeforeEach
    void forgetRequests() {
        receiver.resetRequests();
    }

    @AfterAll
    static void stop() {
        receiver.stop();
    }

    @Test
    void theCheckedAddressIsConnectedToAndTheCertificateIsVerifiedAgainstTheName() throws Exception {
        WebhookSender sender = new WebhookSender(onThisMachineOnly, properties, trustingTheReceiver);
        WebhookTarget target = targets.check(URI.create("https://receiver.test:" + receiver.httpsPort() + "/hook"));

        int status = sender.post(target, Map.of("CollectIQ-Delivery-Id", "d-1"), "{\"n\":1}".getBytes(StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(200);
        var request = receiver.findAll(postRequestedFor(anyUrl())).get(0);
        assertThat(request.getHeader("Host")).isEqualTo("receiver.test:" + receiver.httpsPort());
        assertThat(request.getScheme()).isEqualTo("https");
        assertThat(request.getBodyAsString()).isEqualTo("{\"n\":1}");
    }

    @Test
    void aCertificateForAnotherNameIsRefused() {
        WebhookSender sender = new WebhookSender(onThisMachineOnly, properties, trustingTheReceiver);
        WebhookTarget target = targets.check(URI.create("https://impostor.test:" + receiver.httpsPort() + "/hook"));

        assertThatThrownBy(() -> sender.post(target, Map.of(), new byte[0])).isInstanceOf(SSLHandshakeException.class);
        assertThat(receiver.getAllServeEvents()).isEmpty();
    }

    @Test
    void aCertificateTheTrustStoreDoesNotKnowIsRefused() {
        WebhookSender sender = new WebhookSender(onThisMachineOnly, properties);
        WebhookTarget target = targets.check(URI.create("https://receiver.test:" + receiver.httpsPort() + "/hook"));

        assertThatThrownBy(() -> sender.post(target, Map.of(), new byte[0])).isInstanceOf(SSLHandshakeException.class);
        assertThat(receiver.getAllServeEvents()).isEmpty();
    }
}
