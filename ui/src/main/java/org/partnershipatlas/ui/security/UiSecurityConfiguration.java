package org.partnershipatlas.ui.security;

import org.partnershipatlas.security.ApiSecurityConfiguration;
import org.partnershipatlas.security.ContentSecurityPolicy;
import org.partnershipatlas.security.LoginAttempts;
import org.partnershipatlas.security.LoginThrottleFilter;
import org.partnershipatlas.security.OidcProviders;
import org.partnershipatlas.security.OidcUsers;

import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import org.partnershipatlas.app.AtlasProperties;

/**
 * Who may see which page: form sign-in at {@code /login} (and OpenID Connect when configured), Vaadin's CSRF
 * protection for its own requests and Spring's for every other POST (the sign-in form included), a session cookie
 * with {@code SameSite=Lax}, views guarded by their annotations and, when reading is not public, by
 * {@link PublicReadAccessChecker}. Every page sends the {@link ContentSecurityPolicy}; only the embeds may be framed.
 * The API's own chain ({@link ApiSecurityConfiguration}) comes first and takes {@code /api/**}.
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
public class UiSecurityConfiguration {

    @Bean
    @Order(2)
    SecurityFilterChain uiSecurity(HttpSecurity http, AtlasProperties properties, LoginAttempts attempts,
                                   OidcProviders oidc, RequestUtil requestUtil) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/vendor/**", "/js/**", "/css/**", "/images/**").permitAll());
        // Every page: no framing (CSP frame-ancestors 'none' and X-Frame-Options DENY). The embeds alone may be
        // framed, and only by the origins in atlas.embed.allowed-origins: their policy replaces frame-ancestors and
        // they send no X-Frame-Options (which cannot name origins).
        RequestMatcher embeds = PathPatternRequestMatcher.withDefaults().matcher(ContentSecurityPolicy.EMBEDS);
        RequestMatcher others = new NegatedRequestMatcher(embeds);
        http.headers(h -> h.frameOptions(f -> f.disable())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(others,
                        new StaticHeadersWriter("Content-Security-Policy", ContentSecurityPolicy.CONTENT_SECURITY_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(others,
                        new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(embeds,
                        new StaticHeadersWriter("Content-Security-Policy", ContentSecurityPolicy.embedPolicy(properties.embed()))))
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
