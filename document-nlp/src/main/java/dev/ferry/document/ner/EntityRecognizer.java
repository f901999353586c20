package dev.ferry.document.ner;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Named entities (organisations, people, places, dates, money) found by CoreNLP's statistical
 * recogniser. Each mode's model is loaded on first use, once per JVM, and shared by every
 * transaction; the pipeline is safe to use from any thread.
 *
 * <p>{@link NerMode#LITE} loads one 7-class model (about 1 s, 250 MB of heap). {@link NerMode#FULL}
 * is CoreNLP's default English pipeline with part-of-speech tags, SUTime and three models (14-30 s,
 * about 850 MB). Both need {@code stanford-corenlp}'s {@code models} jar on the class path; without
 * it {@link #shared} fails with a message that says so.
 */
public final class EntityRecognizer {
  private static final Logger log = LoggerFactory.getLogger(EntityRecognizer.class);
  private static final String LITE_MODEL =
      "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz";
  private static final Map<NerMode, EntityRecognizer> LOADED = new EnumMap<>(NerMode.class);

  /** One entity, with where it sits in the text it was found in. */
  public record Entity(String type, String text, int start, int end) {}

  private final StanfordCoreNLP pipeline;

  private EntityRecognizer(StanfordCoreNLP pipeline) {
    this.pipeline = pipeline;
  }

  /**
   * The recogniser of a mode, loaded on first call.
   *
   * @throws IllegalArgumentException for {@link NerMode#OFF}
   * @throws IllegalStateException when the CoreNLP models are not on the class path
   */
  public static synchronized EntityRecognizer shared(NerMode mode) {
    if (mode == NerMode.OFF) {
      throw new IllegalArgumentException("named-entity recognition is off");
    }
    EntityRecognizer loaded = LOADED.get(mode);
    if (loaded == null) {
      if (!modelsPresent()) {
        throw new IllegalStateException(
            "CoreNLP's models are not on the class path (edu.stanford.nlp:stanford-corenlp,"
                + " classifier models); add that jar, or set ner: off for the application");
      }
      long start = System.nanoTime();
      loaded = new EntityRecognizer(new StanfordCoreNLP(properties(mode)));
      log.info(
          "Loaded {} named-entity recognition in {} ms",
          mode,
          (System.nanoTime() - start) / 1_000_000);
      LOADED.put(mode, loaded);
    }
    return loaded;
  }

  /** Whether the models jar is on the class path. */
  public static boolean modelsPresent() {
    return EntityRecognizer.class.getClassLoader().getResource(LITE_MODEL) != null;
  }

  private static Properties properties(NerMode mode) {
    Properties p = new Properties();
    if (mode == NerMode.FULL) {
      p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    } else {
      // The statistical model alone: no part-of-speech tags, rules or SUTime to load.
      p.setProperty("annotators", "tokenize,ssplit,ner");
      p.setProperty("ner.model", LITE_MODEL);
      p.setProperty("ner.applyNumericClassifiers", "false");
      p.setProperty("ner.useSUTime", "false");
      p.setProperty("ner.applyFineGrained", "false");
      p.setProperty("ner.statisticalOnly", "true");
      p.setProperty("enforceRequirements", "false");
    }
    p.setProperty("ner.buildEntityMentions", "true");
    // A line of a page is a unit of its own: a name does not run on into the address below it.
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    return p;
  }

  /** The entities in a text, in order. */
  public List<Entity> entities(String text) {
    CoreDocument document = new CoreDocument(text);
    pipeline.annotate(document);
    List<Entity> out = new ArrayList<>();
    for (CoreEntityMention m : document.entityMentions()) {
      out.add(
          new Entity(m.entityType(), m.text(), m.charOffsets().first(), m.charOffsets().second()));
    }
    return out;
  }

  /** The entities of one type, in order. */
  public List<Entity> entities(String text, String type) {
    return entities(text).stream().filter(e -> e.type().equals(type)).toList();
  }
}
