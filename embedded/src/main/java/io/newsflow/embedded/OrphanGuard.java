package io.newsflow.embedded;

import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The main class of a child service whose own main cannot be changed (the registry's Quarkus
 * runner): it exits the child when the process that started it ends, then runs the real main
 * ({@code args[0]}, with the remaining arguments). A parent killed with kill -9 then leaves no
 * orphan holding the service's port and data folder. Uses the JDK only: it runs on the child's
 * classpath beside the service's own jars.
 */
public final class OrphanGuard {
    private OrphanGuard() {
    }

    /** Where this class is loaded from (a jar or a classes folder), for the child's classpath. */
    static String codeSource() {
        try {
            return Path.of(OrphanGuard.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) throws Throwable {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(0)));
        try {
            Class.forName(args[0]).getMethod("main", String[].class)
                    .invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
