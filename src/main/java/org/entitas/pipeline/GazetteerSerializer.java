package org.entitas.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Stores a {@link Gazetteer} inside a model file.
 * Frozen name: model files name this class and OpenNLP instantiates it by that name, so it stays public,
 * in this package, under this name (see the package documentation; {@code FrozenClassNamesTest} checks).
 */
public final class GazetteerSerializer implements ArtifactSerializer<Gazetteer> {

    @Override
    public Gazetteer create(InputStream in) throws IOException {
        return Gazetteer.read(new InputStreamReader(in, StandardCharsets.UTF_8), "gazetteer in model");
    }

    @Override
    public void serialize(Gazetteer artifact, OutputStream out) throws IOException {
        OutputStreamWriter w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        artifact.write(w);
        w.flush();
    }
}
