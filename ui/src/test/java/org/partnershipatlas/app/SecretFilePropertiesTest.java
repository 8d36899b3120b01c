package org.partnershipatlas.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** Secrets from files instead of the command line, and a data folder for its owner alone. */
class SecretFilePropertiesTest {

    private static StandardEnvironment environment(Map<String, Object> properties) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        new SecretFileProperties().postProcessEnvironment(environment, null);
        return environment;
    }

    @Test
    void eachSecret_canBeGivenAsAFile_withoutItsTrailingNewline(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("admin"), "from-a-file\n");
        Files.writeString(dir.resolve("mail"), "mail secret");
        Files.writeString(dir.resolve("neo4j"), "bolt-secret\r\n");
        var env = environment(Map.of("atlas.security.admin-password-file", dir.resolve("admin").toString(),
                "spring.mail.password-file", dir.resolve("mail").toString(),
                "atlas.neo4j.password-file", dir.resolve("neo4j").toString()));
        assertThat(env.getProperty("atlas.security.admin-password")).isEqualTo("from-a-file");
        assertThat(env.getProperty("spring.mail.password")).isEqualTo("mail secret");
        assertThat(env.getProperty("atlas.neo4j.password")).isEqualTo("bolt-secret");
    }

    @Test
    void bothTheSecretAndItsFile_anUnreadableFile_orAnEmptyOne_stopTheStart(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("admin"), "x");
        Files.writeString(dir.resolve("empty"), "\n");
        assertThatThrownBy(() -> environment(Map.of("atlas.security.admin-password", "y",
                "atlas.security.admin-password-file", dir.resolve("admin").toString())))
                .hasMessageContaining("both set");
        assertThatThrownBy(() -> environment(Map.of("spring.mail.password-file", dir.resolve("missing").toString())))
                .hasMessageContaining("cannot read spring.mail.password-file");
        assertThatThrownBy(() -> environment(Map.of("atlas.neo4j.password-file", dir.resolve("empty").toString())))
                .hasMessageContaining("empty file");
    }

    @Test
    void theDataFolder_isMadeOwnerOnly_andNewFilesAreBornSo(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data.resolve("neo4j/logs"));
        Path log = Files.writeString(data.resolve("neo4j/logs/debug.log"), "x");
        Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(data.resolve("neo4j"), PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(OwnerOnlyFiles.protect(data)).isGreaterThanOrEqualTo(2);
        assertThat(Files.getPosixFilePermissions(log)).containsExactlyInAnyOrder(
                PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(OwnerOnlyFiles.maskNewFiles()).as("umask(077) through JNA").isTrue();
        Path born = Files.writeString(data.resolve("born-later.txt"), "y");
        Path folder = Files.createDirectories(data.resolve("folder-later"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(born))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
    }
}
