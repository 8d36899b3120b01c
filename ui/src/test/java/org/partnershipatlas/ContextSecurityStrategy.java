package org.partnershipatlas;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Puts the test's own application context's {@link SecurityContextHolderStrategy} back into the static
 * {@link SecurityContextHolder} before each test class and method. Every application context that starts installs
 * its own strategy there (Vaadin's, each with its own thread-local); after a test class on another context
 * (ExternalNeo4jTest, the matrices with reading private) the cached shared context's filters would otherwise sign
 * requests in where {@code Actor.current()} does not look, and a signed-in admin would reach the door as anonymous.
 * One application has one context, so this is a test concern only. Registered in {@code META-INF/spring.factories}.
 */
public class ContextSecurityStrategy extends AbstractTestExecutionListener {

    @Override
    public void beforeTestClass(TestContext testContext) {
        install(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        install(testContext);
    }

    private static void install(TestContext testContext) {
        SecurityContextHolderStrategy strategy = testContext.getApplicationContext()
                .getBeanProvider(SecurityContextHolderStrategy.class).getIfUnique();
        if (strategy != null) {
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
    }
}
