package org.partnershipatlas.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The one security configuration. Two filter chains: the stateless REST API, actuator and API docs (no CSRF
 * tokens: scripts call them), and the Vaadin UI (Vaadin's own CSRF protection and view access annotations).
 *
 * <p>Sign-in and roles are not there yet: reading is open to everyone, and writes are open too but go through
 * {@link #writeAccess}, the single rule to change when roles arrive.
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
public class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> {
                    // POST /api/what-if only reads (it asks a question); importing writes.
                    writeAccess(auth.requestMatchers(HttpMethod.POST, "/api/import"));
                    writeAccess(auth.requestMatchers(HttpMethod.PUT, "/api/**"));
                    writeAccess(auth.requestMatchers(HttpMethod.PATCH, "/api/**"));
                    writeAccess(auth.requestMatchers(HttpMethod.DELETE, "/api/**"));
                    auth.anyRequest().permitAll();
                })
                .build();
    }

    /** Who may change the network. Today: anyone (no sign-in yet). */
    private static void writeAccess(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizedUrl writes) {
        writes.permitAll();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/vendor/**", "/js/**", "/images/**").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> { }).build();
    }
}
