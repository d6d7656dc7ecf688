package com.collectiq.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import com.collectiq.upload.PhotoStore;

/**
 * The web page and its assets are public (they hold no data: every call they make carries the
 * user's bearer token) and get a Content-Security-Policy of their own: scripts, styles and fetches
 * from this origin only (and the sign-in's token endpoint), photos from this origin or the photo
 * store, no inline script, no framing.
 * The API keeps its chain ({@code auth/SecurityConfiguration}) and its {@code default-src 'none'}.
 */
@Configuration(proxyBeanMethods = false)
class PageSecurityConfiguration {

    /** The page and its assets: nothing else matches this chain. */
    static final String[] PAGE_PATHS = {"/", "/index.html", "/app/**"};

    @Bean
    @Order(0) // before the API's chain, which would want a token
    SecurityFilterChain page(HttpSecurity http, PageProperties page, PhotoStore photos, SignIn signIn) throws Exception {
        PageProperties reachable = page.orPhotoStoreOrigin(photos.externalOrigin());
        http.securityMatcher(PAGE_PATHS)
                .csrf(csrf -> csrf.disable()) // nothing here accepts a write
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(reachable, signIn)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    /** The page's own origin, the photo store's, and the sign-in's token endpoint (which the page calls). */
    static String contentSecurityPolicy(PageProperties page, SignIn signIn) {
        String photos = page.photoOrigins().isEmpty() ? "" : " " + String.join(" ", page.photoOrigins());
        String tokens = signIn.callsOrigin().map(origin -> " " + origin).orElse("");
        return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob:" + photos
                + "; connect-src 'self'" + photos + tokens
                + "; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }
}
