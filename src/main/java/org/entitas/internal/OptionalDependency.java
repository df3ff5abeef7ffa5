package org.entitas.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The optional dependencies of entitas: libraries that a feature needs and that a user of the extractor alone
 * does not get. {@link #require} turns their absence into a message naming the artifact to add, instead of a
 * {@code NoClassDefFoundError} in the middle of the work. Constants; thread-safe.
 */
public enum OptionalDependency {
    /** Tar archives. */
    COMMONS_COMPRESS("org.apache.commons.compress.archivers.tar.TarArchiveInputStream"),
    /** WARC files. */
    JWARC("org.netpreserve.jwarc.WarcReader"),
    /** The text of HTML pages. */
    JSOUP("org.jsoup.Jsoup"),
    /** RDF export. */
    JENA("org.apache.jena.rdf.model.ModelFactory"),
    /** The HTTP server. */
    JETTY("org.eclipse.jetty.server.Server");

    private static final Properties ARTIFACTS = artifacts();

    private final String probe;

    OptionalDependency(String probe) {
        this.probe = probe;
    }

    /** The Maven artifact and version, as {@code group:artifact version}. */
    public String artifact() {
        return ARTIFACTS.getProperty(name(), name());
    }

    /** Whether the library is on the class path. */
    public boolean present() {
        try {
            Class.forName(probe, false, OptionalDependency.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * Fails unless the library is on the class path.
     *
     * @param feature what needs it, as the start of a sentence ({@code "RDF export"})
     * @throws IllegalStateException naming the feature and the artifact to add, if it is not
     */
    public void require(String feature) {
        if (!present()) {
            throw new IllegalStateException(feature + " needs " + artifact() + " on the class path (an optional"
                    + " dependency of entitas, bundled in the command line jar; add it to your build)");
        }
    }

    private static Properties artifacts() {
        Properties p = new Properties();
        try (InputStream in = OptionalDependency.class.getResourceAsStream("optional-dependencies.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
