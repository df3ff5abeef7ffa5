package org.entitas.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.entitas.EntityExtractor;
import org.entitas.EntityType;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options that choose the models and what an extractor keeps, shared by every command that tags ({@code tag},
 * {@code graph}, {@code render}, {@code evaluate}). A picocli mixin; one instance per command run.
 */
final class ModelOptions {

    @Option(names = "--models", description = "Model directory (id-sent.bin, id-token.bin, id-ner.bin).")
    Path models;
    @Option(names = {"--ner-model", "--model"},
            description = "Name finder model file, with the sentence and token models of --models or the bundled ones.")
    Path nerModel;
    @Option(names = "--types", split = ",", converter = TypeConverter.class,
            description = "Entity types to keep, e.g. PERSON,LOCATION (or PER,LOC); default: every type of the model.")
    List<EntityType> types;
    @Option(names = "--min-confidence", defaultValue = "0",
            description = "Drop mentions below this confidence, in [0, 1] (default: ${DEFAULT-VALUE}).")
    double minConfidence;

    /** Reads an entity type or corpus label ({@code PERSON}, {@code per}, {@code PRODUCT}). */
    static final class TypeConverter implements CommandLine.ITypeConverter<EntityType> {
        @Override
        public EntityType convert(String value) {
            try {
                return EntityType.fromLabel(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /**
     * Loads the models and builds the extractor; a value out of range or a type the model lacks is a usage error.
     *
     * @throws org.entitas.model.InvalidModelException if a model file is missing or not the kind expected
     */
    EntityExtractor extractor(CommandLine cli) throws IOException {
        EntityExtractor.Builder b = EntityExtractor.builder();
        try {
            b.minConfidence(minConfidence);
            if (types != null) {
                b.types(types);
            }
            if (models != null) {
                b.models(models);
            }
            if (nerModel != null) {
                b.nameFinder(nerModel);
            }
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cli, e.getMessage());
        }
    }
}
