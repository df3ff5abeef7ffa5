package org.entitas.pipeline;

import opennlp.tools.util.ext.ExtensionLoader;

/**
 * Lets OpenNLP instantiate the project's own model classes (the name finder factory, the gazetteer feature
 * generator and its serializer): OpenNLP only loads classes from packages it was told to trust.
 */
public final class OpenNlpExtensions {

    static {
        ExtensionLoader.registerAllowedPackage(OpenNlpExtensions.class.getPackageName());
    }

    private OpenNlpExtensions() {
    }

    /** Makes sure the project's package is trusted; idempotent and thread-safe. */
    public static void allow() {
        // the static initializer does the work, once
    }
}
