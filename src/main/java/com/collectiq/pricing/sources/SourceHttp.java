package com.collectiq.pricing.sources;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** The HTTP client of an outside price source: its base URL and both timeouts, nothing else shared. */
final class SourceHttp {

    private SourceHttp() {
    }

    static RestClient.Builder client(URI baseUrl, Duration connectTimeout, Duration readTimeout) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(connectTimeout).build());
        requests.setReadTimeout(readTimeout);
        return RestClient.builder().requestFactory(requests).baseUrl(baseUrl.toString());
    }
}
