package org.partnershipatlas;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import org.partnershipatlas.app.OwnerOnlyFiles;

/**
 * Partnership Atlas: see, measure and grow international health partnership networks.
 *
 * <p>Lives in the root package so that Spring and Vaadin find every feature package beneath it
 * ({@code network}, {@code data}, {@code security}, …). Configuration and the embedded Neo4j are in {@code app}.
 * Server push is on so that open pages refresh after a write ({@code reads.LiveUpdates}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Push
@Meta(name = "description", content = "Partnership Atlas: the Wales–Africa health partnership network")
public class PartnershipAtlasApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        // Before anything is written: every file the app and its database create is for this user alone.
        OwnerOnlyFiles.maskNewFiles();
        SpringApplication.run(PartnershipAtlasApplication.class, args);
    }
}
