package org.entitas.model;

import opennlp.tools.util.ext.ExtensionLoader;

/**
 * Lets OpenNLP instantiate the project's own model classes (the name finder factory, the feature generator
 * factories and the gazetteer serializer that model files name): OpenNLP only loads classes from packages it
 * was told to trust. Those classes live in {@value #FEATURE_PACKAGE}, a name frozen because model files
 * write it; the package is trusted by that name, so this package need not depend on it. Thread-safe.
 */
public final class OpenNlpExtensions {

    /** The package of the classes that model files name. */
    public static final String FEATURE_PACKAGE = "org.entitas.pipeline";

    static {
        ExtensionLoader.registerAllowedPackage(FEATURE_PACKAGE);
    }

    private OpenNlpExtensions() {
    }

    /** Makes sure the project's package is trusted; idempotent and thread-safe. */
    public static void allow() {
        // the static initializer does the work, once
    }
}
