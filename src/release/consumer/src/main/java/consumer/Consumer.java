package consumer;

import java.util.List;
import org.entitas.EntityExtractor;
import org.entitas.EntityType;
import org.entitas.Mention;

/** Tags one sentence with the bundled models and fails unless Vladimir Putin is found as a person. */
public final class Consumer {

    private Consumer() {
    }

    public static void main(String[] args) {
        List<Mention> found = EntityExtractor.indonesian().extract("Presiden Rusia Vladimir Putin tiba di Pyongyang.");
        System.out.println(found);
        if (found.stream().noneMatch(m -> m.type().equals(EntityType.PERSON) && m.text().equals("Vladimir Putin"))) {
            throw new AssertionError("no PERSON Vladimir Putin in " + found);
        }
    }
}
