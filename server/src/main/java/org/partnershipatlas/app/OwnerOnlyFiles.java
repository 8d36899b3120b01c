package org.partnershipatlas.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

import com.sun.jna.Library;
import com.sun.jna.Native;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the data folder for the application's user alone: the database's store and transaction logs hold password
 * and token hashes and respondents' contact details, its logs what the database saw. The process's file-creation mask
 * is set to {@code 077} before anything is written (so every file and folder the app or Neo4j creates, logs
 * included, is owner-only from the start), and what an older version left readable by others is put right at start.
 *
 * <p>The mask is the C library's {@code umask(2)}, called through JNA (which Neo4j brings); where it cannot be called
 * (not a POSIX system), the folder is only swept at start and the log says so.
 */
public final class OwnerOnlyFiles {
    private static final Logger log = LoggerFactory.getLogger(OwnerOnlyFiles.class);
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);
    private static volatile boolean masked;

    private OwnerOnlyFiles() {
    }

    private interface C extends Library {
        int umask(int mask);
    }

    /** Sets the process's file-creation mask to {@code 077} (once); @return whether it could */
    public static synchronized boolean maskNewFiles() {
        if (masked) {
            return true;
        }
        try {
            Native.load("c", C.class).umask(0077);
            masked = true;
        } catch (Throwable e) {  // UnsatisfiedLinkError on a system without a C library umask
            log.warn("Could not set the file-creation mask to 077 ({}); files the database creates later may be "
                    + "readable by other users of this machine", e.toString());
        }
        return masked;
    }

    /**
     * Makes {@code folder} and everything in it owner-only, creating the folder if needed; @return how many files and
     * folders had group or other permissions taken away.
     */
    public static int protect(Path folder) {
        maskNewFiles();
        try {
            Files.createDirectories(folder);
            if (!Files.getFileStore(folder).supportsFileAttributeView("posix")) {
                return 0;
            }
            int[] changed = {0};
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                    changed[0] += ownerOnly(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    if (!attributes.isSymbolicLink()) {
                        changed[0] += ownerOnly(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
            if (changed[0] > 0) {
                log.info("Took group and other permissions off {} files and folders in {}", changed[0], folder);
            }
            return changed[0];
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + folder + " owner-only", e);
        }
    }

    private static int ownerOnly(Path path) throws IOException {
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
        if (permissions.stream().noneMatch(OTHERS::contains)) {
            return 0;
        }
        var kept = EnumSet.copyOf(permissions);
        kept.removeAll(OTHERS);
        Files.setPosixFilePermissions(path, kept);
        return 1;
    }
}
