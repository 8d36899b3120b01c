package org.partnershipatlas.security;

import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.authorization.AuthorityAuthorizationManager;

import org.partnershipatlas.app.AtlasProperties;

/**
 * Who may use the API, in one place ({@code /api/**}, actuator, API docs, the error page): stateless; signed in only
 * by the {@code Authorization} header — HTTP Basic for users, {@code Bearer} for API tokens — and <em>never</em> by
 * the UI's session cookie, so a page on another site cannot ride a signed-in user's session (no CSRF token is then
 * needed). Reads ({@code GET}, and {@code POST /api/what-if}, which only asks a question) are open when
 * {@code atlas.security.public-read} is true, else need the VIEWER role; every other method writes and needs EDITOR
 * (the door checks stewardship, and ADMIN for replacing the network); users, tokens, backups and restores need
 * ADMIN (a backup holds everything, so even reading one is not public). Refusals are problem JSON: 401 with a
 * challenge, 403, 429 for a held-off user name. This chain comes first; the pages' chain (in the ui module) takes
 * every other request.
 */
@Configuration
@EnableWebSecurity
public class ApiSecurityConfiguration {

    @Bean
    Passwords passwordEncoder(AtlasProperties properties) {
        return new Passwords(properties.security().passwordWork());
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, AtlasProperties properties, ApiTokens tokens,
                                    LoginAttempts attempts) throws Exception {
        var problems = new ProblemAuthenticationEntryPoint();
        AuthorizationManager<RequestAuthorizationContext> read = properties.security().publicRead()
                ? (auth, context) -> new AuthorizationDecision(true)
                : AuthorityAuthorizationManager.hasRole(Role.VIEWER.name());
        return http
                .securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
                        "/error")
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(AbstractHttpConfigurer::disable)
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterBefore(new LoginThrottleFilter(attempts), BasicAuthenticationFilter.class)
                .addFilterBefore(new ApiTokenFilter(tokens), BasicAuthenticationFilter.class)
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").denyAll()
                        .requestMatchers("/api/users/**", "/api/tokens/**", "/api/backup", "/api/restore")
                        .hasRole(Role.ADMIN.name())
                        // Partnership returns: the token in the path is the key; registration is open to anyone
                        // (rate-limited); everything else about returns is for the people who run and review them.
                        .requestMatchers("/api/respond/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/registrations").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/returns", "/api/returns/*/remind").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/invitations/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/returns", "/api/returns/**", "/api/submissions", "/api/submissions/**",
                                "/api/registrations", "/api/registrations/**").hasRole(Role.EDITOR.name())
                        .requestMatchers(HttpMethod.POST, "/api/what-if").access(read)
                        .requestMatchers(HttpMethod.GET, "/api/**").access(read)
                        .requestMatchers(HttpMethod.HEAD, "/api/**").access(read)
                        .requestMatchers(HttpMethod.OPTIONS, "/api/**").access(read)
                        .requestMatchers("/api/**").hasRole(Role.EDITOR.name())
                        .anyRequest().access(read))
                .build();
    }
}
