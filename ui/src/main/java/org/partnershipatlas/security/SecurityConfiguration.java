package org.partnershipatlas.security;

import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.authorization.AuthorityAuthorizationManager;

import org.partnershipatlas.app.AtlasProperties;

/**
 * Who may do what, in one place. Two filter chains:
 * <ul>
 * <li><b>The API</b> ({@code /api/**}, actuator, API docs, the error page): stateless; signed in only by the
 * {@code Authorization} header — HTTP Basic for users, {@code Bearer} for API tokens — and <em>never</em> by the UI's
 * session cookie, so a page on another site cannot ride a signed-in user's session (no CSRF token is then needed).
 * Reads ({@code GET}, and {@code POST /api/what-if}, which only asks a question) are open when
 * {@code atlas.security.public-read} is true, else need the VIEWER role; every other method writes and needs EDITOR
 * (the door checks stewardship, and ADMIN for replacing the network); users, tokens, backups and restores need
 * ADMIN (a backup holds everything, so even reading one is not public). Refusals are
 * problem JSON: 401 with a challenge, 403, 429 for a held-off user name.</li>
 * <li><b>The Vaadin UI</b>: form sign-in at {@code /login} (and OpenID Connect when configured), Vaadin's CSRF
 * protection for its own requests and Spring's for every other POST (the sign-in form included), a session cookie
 * with {@code SameSite=Lax}, views guarded by their annotations and, when reading is not public, by
 * {@link PublicReadAccessChecker}.</li>
 * </ul>
 * Both send a Content-Security-Policy under which the Vaadin app, sigma.js and the map work and no script is ever
 * loaded from elsewhere or built from data. Nothing may be framed except the embeds ({@value #EMBEDS}), and those
 * only by the origins in {@code atlas.embed.allowed-origins}.
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
public class SecurityConfiguration {

    /**
     * Vaadin's bootstrap needs inline script and {@code eval} (its {@code executeJs}); everything is from this
     * origin, data is always rendered as text, and nothing may frame the app.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** The embeddable views (read-only, no navigation), the only pages a partner website may frame. */
    public static final String EMBEDS = "/embed/**";

    /** The policy of every page, with frame-ancestors naming the allowed origins ('none' when there are none). */
    static String embedPolicy(AtlasProperties.Embed embed) {
        String ancestors = embed.allowedOrigins().isEmpty() ? "'none'" : String.join(" ", embed.allowedOrigins());
        return CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'", "frame-ancestors " + ancestors);
    }

    @Bean
    Passwords passwordEncoder() {
        return new Passwords();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, AtlasProperties properties, ApiTokens tokens,
                                    LoginAttempts attempts) throws Exception {
        var problems = new ProblemAuthenticationEntryPoint();
        AuthorizationManager<RequestAuthorizationContext> read = properties.security().publicRead()
                ? (auth, context) -> new org.springframework.security.authorization.AuthorizationDecision(true)
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
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
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

    @Bean
    @Order(2)
    SecurityFilterChain uiSecurity(HttpSecurity http, AtlasProperties properties, LoginAttempts attempts,
                                   OidcProviders oidc, RequestUtil requestUtil) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/vendor/**", "/js/**", "/css/**", "/images/**").permitAll());
        // Every page: no framing (CSP frame-ancestors 'none' and X-Frame-Options DENY). The embeds alone may be
        // framed, and only by the origins in atlas.embed.allowed-origins: their policy replaces frame-ancestors and
        // they send no X-Frame-Options (which cannot name origins).
        RequestMatcher embeds = PathPatternRequestMatcher.withDefaults().matcher(EMBEDS);
        RequestMatcher others = new NegatedRequestMatcher(embeds);
        http.headers(h -> h.frameOptions(f -> f.disable())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(others,
                        new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(others,
                        new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(embeds,
                        new StaticHeadersWriter("Content-Security-Policy", embedPolicy(properties.embed()))))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        http.addFilterBefore(new LoginThrottleFilter(attempts), UsernamePasswordAuthenticationFilter.class);
        if (oidc.any()) {
            http.oauth2Login(o -> o.loginPage("/login")
                    .userInfoEndpoint(u -> u.oidcUserService(new OidcUsers(properties.security().oidc()))));
        }
        // CSRF: Vaadin's own requests carry Vaadin's token and are left to it; every other POST — the sign-in form's
        // above all — needs Spring's token, which the sign-in form sends from the page's _csrf meta tags.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/")
                .enableCsrfConfiguration(false)).build();
    }

    /** Views are checked by their annotations and, when reading is not public, by {@link PublicReadAccessChecker}. */
    @Bean
    static NavigationAccessControlConfigurer navigationAccessControlConfigurer(AtlasProperties properties) {
        return new NavigationAccessControlConfigurer()
                .withAnnotatedViewAccessChecker()
                .withNavigationAccessChecker(new PublicReadAccessChecker(properties.security().publicRead()))
                .withLoginView(LoginView.class);
    }
}
