package com.collectiq.web;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /app/sign-in.json}: the page's {@link SignIn}. Public, as the page is (its chain in
 * {@link PageSecurityConfiguration}): it holds no secret, the app client being a public one.
 */
@RestController
class SignInController {

    private final SignIn signIn;

    SignInController(SignIn signIn) {
        this.signIn = signIn;
    }

    @GetMapping("/app/sign-in.json")
    ResponseEntity<SignIn> signIn() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(MediaType.APPLICATION_JSON)
                .body(signIn);
    }
}
