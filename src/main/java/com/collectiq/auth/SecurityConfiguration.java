package com.collectiq.auth;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

import com.collectiq.platform.web.ApiProblem;
import com.collectiq.platform.web.Problem;
import com.collectiq.platform.web.ProblemWriter;
import com.collectiq.platform.web.RequestLimitsFilter;
import com.collectiq.platform.web.WebProperties;

/**
 * Who may call what. Public: health, the API document, the local token issuer and the signed photo
 * URLs (their signature is the authorisation). Operators ({@code cognito:groups} has {@code admin})
 * for {@code /admin/**}. Everyone else needs a verified bearer token; every refusal is a problem.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String[] PUBLIC = {"/healthz", "/actuator/health", "/actuator/health/**", "/api-docs",
        "/api-docs/**", "/local/token", "/local/photos/**", "/error"};
    private static final String SIGNED_PHOTO_PATHS = "/local/photos/";
    /** Operators post reference images here, base64 in JSON: the route caps the body at the image limit itself. */
    private static final String REFERENCE_IMAGES = "/admin/references";
    private static final String ADMIN_AUTHORITY = "GROUP_admin";

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemWriter problems, WebProperties web, Clock clock)
            throws Exception {
        http.csrf(csrf -> csrf.disable()) // bearer tokens only, no cookies: nothing for CSRF to ride on
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .cors(cors -> cors.disable()) // our own filter below, whose refusal is a problem
                .addFilterAfter(cors(web, problems), HeaderWriterFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/admin/**", "/actuator/prometheus").hasAuthority(ADMIN_AUTHORITY)
                        .anyRequest().authenticated())
                .oauth2ResourceServer(oauth -> oauth
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new GroupsAsAuthorities()))
                        .authenticationEntryPoint((request, response, e) -> problems.write(request, response,
                                unauthorized()))
                        .accessDeniedHandler((request, response, e) -> problems.write(request, response, forbidden())))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> problems.write(request, response,
                                unauthorized()))
                        .accessDeniedHandler((request, response, e) -> problems.write(request, response, forbidden())))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .addFilterAfter(new CallerFilter(), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(new RequestLimitsFilter(web, clock, problems, Set.of(SIGNED_PHOTO_PATHS, REFERENCE_IMAGES)),
                        CallerFilter.class);
        return http.build();
    }

    private static ApiProblem unauthorized() {
        return new ApiProblem(401, "unauthorized", "Authentication required",
                "Send a valid bearer token in the Authorization header.",
                Map.of("WWW-Authenticate", "Bearer"));
    }

    private static ApiProblem forbidden() {
        return new ApiProblem(403, "forbidden", "Forbidden", "This route is for operators only.");
    }

    /**
     * The one firewall: the security chain's, and the one {@code MalformedRequestFilter} reads every
     * header and parameter through before any route does.
     */
    @Bean
    HttpFirewall httpFirewall() {
        return new StrictHttpFirewall();
    }

    /** What the firewall refuses (a method, a path, a header or parameter it does not allow) is a 400 problem. */
    @Bean
    RequestRejectedHandler requestRejectedAsProblem(ProblemWriter problems) {
        return (request, response, rejected) -> problems.write(request, response, ApiProblem.badRequest(
                "The request was refused: its method, path, a header or a parameter is not allowed."));
    }

    private static CorsFilter cors(WebProperties web, ProblemWriter problems) {
        CorsFilter filter = new CorsFilter(corsConfiguration(web));
        filter.setCorsProcessor(new CorsRefusalAsProblem(problems));
        return filter;
    }

    private static CorsConfigurationSource corsConfiguration(WebProperties web) {
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOrigins(web.allowedOrigins());
        config.setAllowedMethods(List.of("GET", "POST", "PATCH", "DELETE", "OPTIONS"));
        config.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-None-Match", "If-Match"));
        config.setExposedHeaders(List.of("Location", "ETag", "Retry-After"));
        config.setMaxAge(600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", config);
        return source;
    }

    /** A cross-origin request from an origin not let in: 403 with a problem instead of Spring's plain text. */
    private static final class CorsRefusalAsProblem extends DefaultCorsProcessor {

        private final ProblemWriter problems;

        CorsRefusalAsProblem(ProblemWriter problems) {
            this.problems = problems;
        }

        @Override
        protected void rejectRequest(ServerHttpResponse response) throws IOException {
            if (!(response instanceof ServletServerHttpResponse servlet)) {
                super.rejectRequest(response);
                return;
            }
            problems.write(servlet.getServletResponse(), new Problem("/problems/cors-refused",
                    "Origin not allowed", 403, "This origin may not call the API from a browser.", null));
        }
    }

    /** Cognito groups become authorities ({@code GROUP_admin}); scopes play no part here. */
    private static final class GroupsAsAuthorities implements Converter<Jwt, AbstractAuthenticationToken> {
        @Override
        public AbstractAuthenticationToken convert(Jwt jwt) {
            List<String> groups = jwt.getClaimAsStringList(Caller.GROUPS_CLAIM);
            List<GrantedAuthority> authorities = groups == null ? List.of()
                    : groups.stream().<GrantedAuthority>map(g -> new SimpleGrantedAuthority("GROUP_" + g)).toList();
            return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
        }
    }
}
