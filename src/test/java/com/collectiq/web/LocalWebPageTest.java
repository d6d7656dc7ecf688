package com.collectiq.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.collectiq.testsupport.ApiClient.Response;
import com.collectiq.testsupport.LocalMode;

@LocalMode
class LocalWebPageTest extends WebPageContract {

    @Test
    void thePageSignsInWithAUserName() {
        Response signIn = anonymous().get("/app/sign-in.json");

        assertThat(signIn.status()).isEqualTo(200);
        assertThat(signIn.raw().body()).isEqualTo("{\"mode\":\"local\"}");
    }
}
