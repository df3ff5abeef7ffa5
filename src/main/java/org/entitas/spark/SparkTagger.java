package org.entitas.spark;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
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
import org.entitas.Mention;
import org.entitas.io.JsonLines;

/**
 * Tags a Spark dataset of documents: one output row per input row, with an {@code id} column, the other input
 * columns carried through (the text column aside), and an {@code entities} column holding
 * {@code array<struct<text, type, start, end, sentence, confidence>>}, the schema of the command line's JSON
 * Lines. The bundled models are loaded once per executor JVM ({@link EntityExtractor#indonesian()} is shared
 * by every task there).
 *
 * <pre>{@code
 * Dataset<Row> tagged = new SparkTagger("id", "text").tag(spark.read().json("news.jsonl"));
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

    private final String idColumn;
    private final String textColumn;

    /**
     * @param idColumn the column holding each document's id
     * @param textColumn the column holding its text
     */
    public SparkTagger(String idColumn, String textColumn) {
        this.idColumn = requireNonNull(idColumn, "idColumn must not be null");
        this.textColumn = requireNonNull(textColumn, "textColumn must not be null");
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
            private final EntityExtractor extractor = EntityExtractor.indonesian();

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
