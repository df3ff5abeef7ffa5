package org.entitas.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The job's arguments; no Spark session is needed to parse them (SparkTaggerTest runs the job). */
class SparkJobTest {

    @Test
    void formatsAndFieldsHaveDefaults() {
        SparkJob job = SparkJob.parse(List.of("--input", "news/*.jsonl", "--output", "tagged"));
        assertThat(job).extracting(j -> j.input, j -> j.output, j -> j.inputFormat, j -> j.outputFormat,
                j -> j.textField, j -> j.idField).containsExactly("news/*.jsonl", "tagged", SparkJob.InputFormat.JSON,
                SparkJob.OutputFormat.JSON, "text", "id");
    }

    @Test
    void formatsAreTakenInLowerCaseAsDocumented() {
        SparkJob job = SparkJob.parse(List.of("--input", "in", "--input-format", "parquet", "--output", "out",
                "--output-format", "parquet", "--text-field", "isi", "--id-field", "kode"));
        assertThat(job).extracting(j -> j.inputFormat, j -> j.outputFormat, j -> j.textField, j -> j.idField)
                .containsExactly(SparkJob.InputFormat.PARQUET, SparkJob.OutputFormat.PARQUET, "isi", "kode");
        assertThat(SparkJob.parse(List.of("--input", "in", "--input-format", "text", "--output", "out")).inputFormat)
                .isEqualTo(SparkJob.InputFormat.TEXT);
    }

    @Test
    void anUnknownFlagIsRejectedByName() {
        assertThatThrownBy(() -> SparkJob.parse(List.of("--input", "in", "--output", "out", "--treads", "4")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown option").hasMessageContaining("'--treads'")
                .hasMessageContaining("--input-format");
    }

    @Test
    void inputAndOutputAreRequired() {
        assertThatThrownBy(() -> SparkJob.parse(List.of("--input", "in")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--output");
    }

    @Test
    void aBadFormatIsRejectedWithTheChoices() {
        assertThatThrownBy(() -> SparkJob.parse(List.of("--input", "in", "--output", "out", "--output-format", "csv")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'csv'")
                .hasMessageContaining("JSON, PARQUET");
        assertThatThrownBy(() -> SparkJob.parse(List.of("--input", "in", "--output", "out", "--input-format", "xml")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'xml'")
                .hasMessageContaining("TEXT, JSON, PARQUET");
    }
}
