package org.entitas.model;

/**
 * The three kinds of model a pipeline needs, with the file name each has in a model directory such as
 * {@code models/id/}. Constants; thread-safe.
 */
enum ModelKind {
    /** Splits text into sentences. */
    SENTENCE("sentence detector", "id-sent.bin", "SentenceDetectorME"),
    /** Splits a sentence into tokens. */
    TOKEN("tokenizer", "id-token.bin", "TokenizerME"),
    /** Finds names in a tokenized sentence. */
    NER("name finder", "id-ner.bin", "NameFinderME");

    private final String description;
    private final String fileName;
    private final String componentName;

    ModelKind(String description, String fileName, String componentName) {
        this.description = description;
        this.fileName = fileName;
        this.componentName = componentName;
    }

    /** What the model does, in words: {@code "sentence detector"}, {@code "tokenizer"}, {@code "name finder"}. */
    public String description() {
        return description;
    }

    /** The file name of this kind of model in a model directory. */
    public String fileName() {
        return fileName;
    }

    /** The {@code Component-Name} that OpenNLP writes in the manifest of this kind of model. */
    String componentName() {
        return componentName;
    }
}
