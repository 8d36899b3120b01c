package org.partnershipatlas.findings;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;

import org.partnershipatlas.analytics.findings.Finding;
import org.partnershipatlas.analytics.findings.FindingsJson;

/**
 * The API writes every finding in the language of the request's {@code Accept-Language} ({@code cy}: Welsh, else
 * English) with its code and arguments beside it ({@link FindingsJson}: {@code reasons} and {@code findings},
 * {@code explanation} and {@code explanationFinding}). Spring Boot adds this module to the API's JSON mapper.
 */
@Configuration(proxyBeanMethods = false)
class FindingsJsonConfiguration {
    static {
        // the API docs show a finding as what the API writes in its place: text (its codes beside are in the README)
        SpringDocUtils.getConfig().replaceWithClass(Finding.class, String.class);
    }

    @Bean
    FindingsJson findingsJson(FindingText text) {
        return new FindingsJson(f -> text.render(f, LocaleContextHolder.getLocale()));
    }
}
