package org.entitas.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.entitas.EntityExtractor;
import org.entitas.EntityType;
import org.entitas.Mention;
import org.entitas.io.JsonLines;

/**
 * Tags a Spark dataset of documents: one output row per input row, with an {@code id} column, the other input
 * columns carried through (the text column aside), and an {@code entities} column holding
 * {@code array<struct<text, type, start, end, sentence, confidence>>}, the schema of the command line's JSON
 * Lines. The models are loaded once per executor JVM and shared by every task there: the bundled ones by
 * default, or those of {@link #withModels} and {@link #withNameFinder}, whose paths every executor must be able to
 * read (the same path on each machine, or a shared file system).
 *
 * <pre>{@code
 * Dataset<Row> tagged = new SparkTagger("id", "text").tag(spark.read().json("news.jsonl"));
 * Dataset<Row> people = new SparkTagger("id", "text").withTypes(List.of(EntityType.PERSON)).withMinConfidence(0.6)
 *         .tag(spark.read().json("news.jsonl"));
 * }</pre>
 *
 * <p>Immutable and serializable; one tagger may be used for any number of datasets.
 */
public final class SparkTagger implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The type of the {@code entities} column: the fields of {@link JsonLines.EntityField}, in their order. */
    public static final StructType ENTITY = entityType();

    private static StructType entityType() {
        List<StructField> fields = new ArrayList<>();
        for (JsonLines.EntityField f : JsonLines.EntityField.values()) {
            DataType type;
            switch (f) {
                case TEXT: case TYPE: type = DataTypes.StringType; break;
                case START: case END: case SENTENCE: type = DataTypes.IntegerType; break;
                case CONFIDENCE: type = DataTypes.DoubleType; break;
                default: throw new AssertionError(f);
            }
            fields.add(DataTypes.createStructField(f.key(), type, false));
        }
        return DataTypes.createStructType(fields);
    }

    /** One entity as a row of {@link #ENTITY}, its values as JSON Lines writes them. */
    private static Row row(Mention m) {
        Object[] values = new Object[JsonLines.EntityField.values().length];
        for (JsonLines.EntityField f : JsonLines.EntityField.values()) {
            Object v;
            switch (f) {
                case TEXT: v = m.text(); break;
                case TYPE: v = m.type().name(); break;
                case START: v = m.start(); break;
                case END: v = m.end(); break;
                case SENTENCE: v = m.sentence(); break;
                case CONFIDENCE: v = JsonLines.confidence(m.confidence()).doubleValue(); break;
                default: throw new AssertionError(f);
            }
            values[f.ordinal()] = v;
        }
        return RowFactory.create(values);
    }

    /** The extractors of this JVM, one per setting: an executor loads a model once for all its tasks. */
    private static final Map<Settings, EntityExtractor> EXTRACTORS = new ConcurrentHashMap<>();

    /**
     * What the extractor of each executor is built from: model directory and name finder file ("" for the
     * bundled ones), name finders added beside it, dictionary and pattern files, types (empty for all), lowest
     * confidence. Paths are absolute.
     */
    private record Settings(String models, String nameFinder, List<String> addedNameFinders,
            List<String> dictionaries, List<String> patterns, List<String> types, double minConfidence)
            implements Serializable {

        static final Settings BUNDLED = new Settings("", "", List.of(), List.of(), List.of(), List.of(), 0);

        EntityExtractor build() {
            if (equals(BUNDLED)) {
                return EntityExtractor.indonesian();
            }
            EntityExtractor.Builder b = EntityExtractor.builder().minConfidence(minConfidence);
            if (!models.isEmpty()) {
                b.models(Path.of(models));
            }
            if (!nameFinder.isEmpty()) {
                b.nameFinder(Path.of(nameFinder));
            }
            addedNameFinders.forEach(f -> b.addNameFinder(Path.of(f)));
            dictionaries.forEach(f -> b.dictionary(Path.of(f)));
            patterns.forEach(f -> b.patterns(Path.of(f)));
            if (!types.isEmpty()) {
                b.types(types.stream().map(EntityType::of).toList());
            }
            return b.build();
        }

        static List<String> plus(List<String> list, String item) {
            return ImmutableList.<String>builder().addAll(list).add(item).build();
        }
    }

    private static String absolute(String path, String what) {
        requireNonNull(path, what + " must not be null");
        checkArgument(Path.of(path).isAbsolute(), "the %s must be an absolute path: %s", what, path);
        return path;
    }

    private final String idColumn;
    private final String textColumn;
    private final Settings settings;

    /**
     * A tagger with the bundled models, all their types and no confidence threshold.
     *
     * @param idColumn the column holding each document's id
     * @param textColumn the column holding its text
     */
    public SparkTagger(String idColumn, String textColumn) {
        this(idColumn, textColumn, Settings.BUNDLED);
    }

    private SparkTagger(String idColumn, String textColumn, Settings settings) {
        this.idColumn = requireNonNull(idColumn, "idColumn must not be null");
        this.textColumn = requireNonNull(textColumn, "textColumn must not be null");
        this.settings = settings;
    }

    /**
     * A copy that uses the models in the directory {@code dir} (see {@link EntityExtractor.Builder#models}); an
     * absolute path, readable on every executor.
     */
    public SparkTagger withModels(String dir) {
        Settings s = settings;
        return new SparkTagger(idColumn, textColumn, new Settings(absolute(dir, "model directory"), s.nameFinder(),
                s.addedNameFinders(), s.dictionaries(), s.patterns(), s.types(), s.minConfidence()));
    }

    /**
     * A copy that uses the name finder model {@code file} (see {@link EntityExtractor.Builder#nameFinder}); an
     * absolute path, readable on every executor.
     */
    public SparkTagger withNameFinder(String file) {
        Settings s = settings;
        return new SparkTagger(idColumn, textColumn, new Settings(s.models(), absolute(file, "name finder model"),
                s.addedNameFinders(), s.dictionaries(), s.patterns(), s.types(), s.minConfidence()));
    }

    /**
     * A copy that also runs the name finder model {@code file} beside the main one (see
     * {@link EntityExtractor.Builder#addNameFinder}); an absolute path, readable on every executor.
     */
    public SparkTagger withAddedNameFinder(String file) {
        Settings s = settings;
        return new SparkTagger(idColumn, textColumn, new Settings(s.models(), s.nameFinder(),
                Settings.plus(s.addedNameFinders(), absolute(file, "added name finder model")), s.dictionaries(),
                s.patterns(), s.types(), s.minConfidence()));
    }

    /**
     * A copy that also finds the names of the dictionary {@code file} (see
     * {@link EntityExtractor.Builder#dictionary(Path)}); an absolute path, readable on every executor.
     */
    public SparkTagger withDictionary(String file) {
        Settings s = settings;
        return new SparkTagger(idColumn, textColumn, new Settings(s.models(), s.nameFinder(), s.addedNameFinders(),
                Settings.plus(s.dictionaries(), absolute(file, "dictionary")), s.patterns(), s.types(),
                s.minConfidence()));
    }

    /**
     * A copy that also finds the token patterns of {@code file} (see {@link EntityExtractor.Builder#patterns});
     * an absolute path, readable on every executor.
     */
    public SparkTagger withPatterns(String file) {
        Settings s = settings;
        return new SparkTagger(idColumn, textColumn, new Settings(s.models(), s.nameFinder(), s.addedNameFinders(),
                s.dictionaries(), Settings.plus(s.patterns(), absolute(file, "pattern file")), s.types(),
                s.minConfidence()));
    }

    /** A copy that keeps only mentions of these types (default: every type of the model). */
    public SparkTagger withTypes(Collection<EntityType> types) {
        requireNonNull(types, "types must not be null");
        checkArgument(!types.isEmpty(), "types must not be empty");
        Settings s = settings;
        return new SparkTagger(idColumn, textColumn, new Settings(s.models(), s.nameFinder(), s.addedNameFinders(),
                s.dictionaries(), s.patterns(), types.stream().map(EntityType::name).distinct().toList(),
                s.minConfidence()));
    }

    /** A copy that keeps only mentions whose confidence is at least {@code minConfidence}, in [0, 1]. */
    public SparkTagger withMinConfidence(double minConfidence) {
        checkArgument(minConfidence >= 0 && minConfidence <= 1, "minConfidence must be in [0, 1]: %s", minConfidence);
        Settings s = settings;
        return new SparkTagger(idColumn, textColumn, new Settings(s.models(), s.nameFinder(), s.addedNameFinders(),
                s.dictionaries(), s.patterns(), s.types(), minConfidence));
    }

    /**
     * Builds this tagger's extractor here, as each executor will: on the driver, a bad model file or a type the
     * model lacks fails before the job starts.
     *
     * @throws org.entitas.model.InvalidModelException if a model file is not the model expected
     * @throws java.io.UncheckedIOException if a model file or directory cannot be read
     * @throws IllegalArgumentException if a type is not one the model knows
     */
    public EntityExtractor extractor() {
        return EXTRACTORS.computeIfAbsent(settings, Settings::build);
    }

    /**
     * Returns the tagged dataset (lazy, like every Spark transformation).
     *
     * @throws IllegalArgumentException if the dataset lacks the id or the text column
     */
    public Dataset<Row> tag(Dataset<Row> documents) {
        StructType in = documents.schema();
        List<String> names = Arrays.asList(in.fieldNames());
        if (!names.contains(idColumn) || !names.contains(textColumn)) {
            throw new IllegalArgumentException("the dataset needs columns '" + idColumn + "' and '" + textColumn
                    + "'; it has " + names);
        }
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField("id", DataTypes.StringType, false));
        List<Integer> carried = new ArrayList<>();
        for (int i = 0; i < in.fields().length; i++) {
            String name = in.fields()[i].name();
            if (!name.equals(idColumn) && !name.equals(textColumn) && !name.equals("id") && !name.equals("entities")) {
                fields.add(in.fields()[i]);
                carried.add(i);
            }
        }
        fields.add(DataTypes.createStructField("entities", DataTypes.createArrayType(ENTITY, false), false));
        StructType out = DataTypes.createStructType(fields);
        int idIndex = names.indexOf(idColumn);
        int textIndex = names.indexOf(textColumn);
        MapPartitionsFunction<Row, Row> work = rows -> new Iterator<>() {
            private final EntityExtractor extractor = extractor();

            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                Row r = rows.next();
                Object[] values = new Object[carried.size() + 2];
                values[0] = String.valueOf(r.get(idIndex));
                for (int i = 0; i < carried.size(); i++) {
                    values[i + 1] = r.get(carried.get(i));
                }
                String text = r.isNullAt(textIndex) ? "" : r.getString(textIndex);
                List<Row> entities = new ArrayList<>();
                for (Mention m : extractor.extract(text)) {
                    entities.add(row(m));
                }
                values[values.length - 1] = scala.jdk.javaapi.CollectionConverters.asScala(entities).toList();
                return RowFactory.create(values);
            }
        };
        return documents.mapPartitions(work, Encoders.row(out));
    }
}
