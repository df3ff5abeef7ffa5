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
    @Option(names = "--add-ner-model", paramLabel = "FILE",
            description = "A name finder model to run beside the main one (e.g. a PRODUCT model beside the bundled "
                    + "PERSON, LOCATION, ORGANIZATION); repeatable. Overlaps: see --dictionary.")
    List<Path> addedNerModels = List.of();
    @Option(names = "--dictionary", paramLabel = "FILE",
            description = "Names to find, 'name<TAB>TYPE' lines (# comments), matched case-sensitively as whole "
                    + "tokens; repeatable. A dictionary or pattern match (confidence 1) wins over a model's name "
                    + "it overlaps; otherwise the longer name wins, then the more confident, then the earlier "
                    + "model.")
    List<Path> dictionaries = List.of();
    @Option(names = "--patterns", paramLabel = "FILE",
            description = "Token patterns, 'TYPE<TAB>pattern' lines: words, /regex/ per token, ? + * after one; "
                    + "repeatable.")
    List<Path> patterns = List.of();
    @Option(names = "--types", split = ",", converter = TypeConverter.class,
            description = "Entity types to keep, e.g. PERSON,LOCATION (or PER,LOC); default: every type of the model.")
    List<EntityType> types;
    @Option(names = "--min-confidence", defaultValue = "0",
            description = "Drop mentions below this confidence, in [0, 1] (default: ${DEFAULT-VALUE}).")
    double minConfidence;

    /**
     * Where the names come from, in words: {@code bundled}, {@code models DIR}, {@code name finder FILE}, then
     * the added name finders, dictionaries and pattern files.
     */
    String source() {
        String own = nerModel != null
                ? "name finder " + nerModel + (models != null ? ", models " + models : "")
                : models != null ? "models " + models : "bundled";
        StringBuilder b = new StringBuilder(own);
        addedNerModels.forEach(f -> b.append(", added name finder ").append(f));
        dictionaries.forEach(f -> b.append(", dictionary ").append(f));
        patterns.forEach(f -> b.append(", patterns ").append(f));
        return b.toString();
    }

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
            addedNerModels.forEach(b::addNameFinder);
            dictionaries.forEach(b::dictionary);
            patterns.forEach(b::patterns);
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cli, e.getMessage());
        }
    }
}
