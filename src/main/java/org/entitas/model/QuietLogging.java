package org.entitas.model;

import java.util.ServiceLoader;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Keeps SLF4J's "No SLF4J providers were found" warning off standard error when the library runs without a
 * logging backend. OpenNLP's classes create their SLF4J loggers when they are loaded, so the first model read
 * would make SLF4J print three such lines; without a provider SLF4J discards every log message anyway.
 *
 * <p>What it does, once, before the first OpenNLP class is loaded: if no {@link SLF4JServiceProvider} is on the
 * class path and neither {@code slf4j.provider} nor {@code slf4j.internal.verbosity} is set, it sets
 * {@code slf4j.internal.verbosity=ERROR}, lets SLF4J initialize, and removes the property again. SLF4J then keeps
 * that level for its own messages in this JVM; no system property is left changed. With a provider on the class
 * path (logback, slf4j-simple, slf4j-nop...) or either property set, it does nothing. Thread-safe.
 */
public final class QuietLogging {

    private static final String VERBOSITY = "slf4j.internal.verbosity";
    private static final String PROVIDER = "slf4j.provider";

    static {
        ClassLoader loader = SLF4JServiceProvider.class.getClassLoader();
        if (System.getProperty(VERBOSITY) == null && System.getProperty(PROVIDER) == null
                && !ServiceLoader.load(SLF4JServiceProvider.class, loader).iterator().hasNext()) {
            System.setProperty(VERBOSITY, "ERROR");
            try {
                LoggerFactory.getILoggerFactory();
            } finally {
                System.clearProperty(VERBOSITY);
            }
        }
    }

    private QuietLogging() {
    }

    /**
     * Runs the check above; idempotent. The command line calls it first thing, as it bundles no SLF4J provider (so
     * that under {@code spark-submit} Spark's own is the one bound, and its driver logs are not silenced).
     */
    public static void ensure() {
        // the static initializer does the work, once
    }
}
