package org.partnershipatlas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;

import org.partnershipatlas.store.AccountStore;
import org.partnershipatlas.store.NetworkStore;
import org.partnershipatlas.store.StoreWrite;

/** The shape the code must keep: one door for writes, one read side, views that never touch the store. */
class ArchitectureTest {
    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.partnershipatlas");

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
