package org.entitas.pipeline;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Stores a {@link Gazetteer} inside a model file, in its binary form ({@link Gazetteer#writeBinary}); reads that
 * form or the {@code TYPE<TAB>name} lines that model files made before it hold.
 * Frozen name: model files name this class and OpenNLP instantiates it by that name, so it stays public,
 * in this package, under this name (see the package documentation; {@code FrozenClassNamesTest} checks).
 */
public final class GazetteerSerializer implements ArtifactSerializer<Gazetteer> {

    @Override
    public Gazetteer create(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        return Gazetteer.isBinary(buffered)
                ? Gazetteer.readBinary(buffered, "gazetteer in model")
                : Gazetteer.read(new InputStreamReader(buffered, StandardCharsets.UTF_8), "gazetteer in model");
    }

    @Override
    public void serialize(Gazetteer artifact, OutputStream out) throws IOException {
        artifact.writeBinary(out);
    }
}
