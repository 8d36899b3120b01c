package org.partnershipatlas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;

import org.partnershipatlas.store.AccountStore;
import org.partnershipatlas.store.NetworkStore;
import org.partnershipatlas.store.StoreWrite;

/**
 * The shape the code must keep: no package cycles, layers that only look down, a server without Vaadin, one door for
 * writes, one read side, views that never touch the store.
 */
class ArchitectureTest {
    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar") && !location.contains("/test-classes/"))
            .importPackages("org.partnershipatlas");

    private static final String[] FOUNDATIONS = {"org.partnershipatlas.model..", "org.partnershipatlas.format..",
        "org.partnershipatlas.store..", "org.partnershipatlas.analytics..", "org.partnershipatlas.seed..",
        "org.partnershipatlas.synthetic.."};
    private static final String[] PLUMBING = {"org.partnershipatlas.app..", "org.partnershipatlas.texts..",
        "org.partnershipatlas.security.."};
    private static final String[] NETWORK = {"org.partnershipatlas.reads..", "org.partnershipatlas.writes..",
        "org.partnershipatlas.analysis.."};
    private static final String[] FEATURES = {"org.partnershipatlas.backups..", "org.partnershipatlas.brokers..",
        "org.partnershipatlas.charts..", "org.partnershipatlas.data..", "org.partnershipatlas.export..",
        "org.partnershipatlas.findings..", "org.partnershipatlas.healthboards..", "org.partnershipatlas.history..",
        "org.partnershipatlas.introductions..", "org.partnershipatlas.layouts..", "org.partnershipatlas.map..", "org.partnershipatlas.network..",
        "org.partnershipatlas.overview..", "org.partnershipatlas.profiles..", "org.partnershipatlas.quality..",
        "org.partnershipatlas.returns..", "org.partnershipatlas.stories..", "org.partnershipatlas.users..",
        "org.partnershipatlas.whatif.."};

    @Test
    void topLevelPackages_formNoCycle() {
        slices().matching("org.partnershipatlas.(*)..").should().beFreeOfCycles().check(APP);
    }

    /** Every package against every other, inner ones included (what {@code jdeps} would show), not only the slices. */
    @Test
    void everyPackage_formsNoCycle() {
        slices().matching("org.partnershipatlas.(**)").should().beFreeOfCycles().check(APP);
    }

    @Test
    void viewPackages_formNoCycle() {
        slices().matching("org.partnershipatlas.ui.(*)..").should().beFreeOfCycles().check(APP);
    }

    @Test
    void layers_onlyLookDown() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Foundations").definedBy(FOUNDATIONS)
                .layer("Plumbing").definedBy(PLUMBING)
                .layer("Network").definedBy(NETWORK)
                .layer("Features").definedBy(FEATURES)
                .layer("Views").definedBy("org.partnershipatlas.ui..")
                .layer("Boot").definedBy("org.partnershipatlas")
                .whereLayer("Boot").mayNotBeAccessedByAnyLayer()
                .whereLayer("Views").mayOnlyBeAccessedByLayers("Boot")
                .whereLayer("Features").mayOnlyBeAccessedByLayers("Views", "Boot")
                .whereLayer("Network").mayOnlyBeAccessedByLayers("Features", "Views", "Boot")
                .whereLayer("Plumbing").mayOnlyBeAccessedByLayers("Network", "Features", "Views", "Boot")
                .check(APP);
    }

    @Test
    void theServer_knowsNoVaadin() {
        noClasses().that().resideOutsideOfPackages("org.partnershipatlas.ui..")
                .and().doNotHaveFullyQualifiedName(PartnershipAtlasApplication.class.getName())
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..")
                .because("the server module holds the application without its views")
                .check(APP);
    }

    @Test
    void onlyTheDoor_writesTheNetwork() {
        noClasses().that().resideOutsideOfPackage("org.partnershipatlas.writes..")
                .should().callMethod(NetworkStore.class, "write", StoreWrite.class)
                .because("every write goes through writes.NetworkWrites (validate, authorise, record)")
                .check(APP);
    }

    @Test
    void onlyTheReadSideTheDoorAndTheWiring_holdTheNetworkStore() {
        noClasses().that().resideOutsideOfPackages("org.partnershipatlas.reads..", "org.partnershipatlas.writes..",
                        "org.partnershipatlas.app..", "org.partnershipatlas.store..")
                .should().dependOnClassesThat().areAssignableTo(NetworkStore.class)
                .check(APP);
    }

    @Test
    void views_neverTouchTheStores() {
        noClasses().that().areAnnotatedWith(Route.class)
                .should().dependOnClassesThat().areAssignableTo(NetworkStore.class)
                .orShould().dependOnClassesThat().areAssignableTo(AccountStore.class)
                .check(APP);
    }

    @Test
    void accounts_areManagedOnlyBySecurityAndUsers() {
        // ... and backups, which must hold them for a new machine to have them, and put them back on a restore.
        noClasses().that().resideOutsideOfPackages("org.partnershipatlas.security..", "org.partnershipatlas.users..",
                        "org.partnershipatlas.app..", "org.partnershipatlas.store..", "org.partnershipatlas.backups..")
                .should().dependOnClassesThat().areAssignableTo(AccountStore.class)
                .check(APP);
    }
}
