package org.assay.nlp;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Trains Assay's own taggers from the shared gold data and writes the model files the build ships
 * ({@code assay train-taggers}): the word clusters (from CoreNLP's NER model), the part-of-speech model (UD English-EWT
 * train and GUM's news train documents; epochs chosen on EWT dev) and reports each model's scores. Reproducible: fixed
 * seeds and a fixed order of files.
 */
public final class TaggerTraining {

    /**
     * What training a model measured: its development score only. Test sets are scored by {@code assay eval}, once,
     * so that training never shows them.
     */
    public record Report(String model, String measure, double dev, int epochs, Path file) {
    }

    static final long SEED = 20261203L;
    static final int POS_EPOCHS = 10;
    static final int NER_EPOCHS = 16;
    /** GUM's news documents in its dev and test splits (splits.md): kept out of training. */
    static final Set<String> GUM_HELD_OUT = Set.of("GUM_news_homeopathic", "GUM_news_iodine", "GUM_news_nasa",
            "GUM_news_sensitive");

    private TaggerTraining() {
    }

    /** Writes the word clusters into {@code modelDir}; returns how many words they hold. */
    public static int clusters(Path modelDir) throws IOException {
        return ClusterExtraction.write(modelDir.resolve(WordClusters.RESOURCE));
    }

    /**
     * Trains the part-of-speech tagger on EWT train, plus GUM's news train documents when {@code gum} is given, plus
     * news text tagged by CoreNLP's tagger (silver: the sentences of CoNLL-2003 {@code eng.train}, Reuters news) when
     * {@code conll} is given; chooses the epoch on EWT dev and writes
     * the model. The silver news teaches the tagger the news usage EWT's web text lacks ("a minerals deal between"),
     * in the conventions Assay's stages were written against.
     */
    public static Report pos(Path ewt, Path gum, Path conll, Path modelDir, Consumer<String> log) throws IOException {
        List<TaggedSentence> train = new ArrayList<>(ConllU.read(ewt.resolve("en_ewt-ud-train.conllu")));
        if (conll != null) {
            List<TaggedSentence> silver = silver(conllCorpus(conll).resolve("eng.train"));
            log.accept("pos: " + silver.size() + " news sentences tagged by CoreNLP");
            train.addAll(silver);
        }
        if (gum != null) {
            for (Path f : gumFiles(gum)) {
                String doc = f.getFileName().toString().replace(".conllu", "");
                if (!GUM_HELD_OUT.contains(doc)) {
                    train.addAll(ConllU.read(f));
                }
            }
        }
        List<TaggedSentence> dev = ConllU.read(ewt.resolve("en_ewt-ud-dev.conllu"));
        WordClusters clusters = WordClusters.read(modelDir.resolve(WordClusters.RESOURCE));
        log.accept("pos: " + train.size() + " training sentences");
        PosTraining.Trained t = PosTraining.train(train, dev, POS_EPOCHS, SEED, clusters, log);
        Path file = modelDir.resolve(PosTagger.RESOURCE);
        try (DataOutputStream out = ModelFiles.write(file)) {
            t.tagger().write(out);
        }
        return new Report("pos", "accuracy", t.devAccuracy(), t.epoch(), file);
    }

    /**
     * Trains the name tagger on CoNLL-2003 {@code eng.train}, chooses the epoch on {@code eng.testa} and writes the
     * model; part-of-speech features come from the model in {@code modelDir}.
     */
    public static Report ner(Path conll, Path modelDir, Consumer<String> log) throws IOException {
        Path corpus = conllCorpus(conll);
        WordClusters clusters = WordClusters.read(modelDir.resolve(WordClusters.RESOURCE));
        PosTagger pos = ModelFiles.read(modelDir.resolve(PosTagger.RESOURCE), in -> PosTagger.read(in, clusters));
        List<NerTraining.Doc> train = NerTraining.documents(Conll2003.read(corpus.resolve("eng.train")), pos);
        List<NerTraining.Doc> dev = NerTraining.documents(Conll2003.read(corpus.resolve("eng.testa")), pos);
        log.accept("ner: " + train.size() + " training documents");
        NerTraining.Trained t = NerTraining.train(train, dev, NER_EPOCHS, SEED, clusters, log);
        Path file = modelDir.resolve(NameTagger.RESOURCE);
        try (DataOutputStream out = ModelFiles.write(file)) {
            t.tagger().write(out);
        }
        return new Report("ner", "exact-span F1", t.dev().f1(), t.epoch(), file);
    }

    private static Path conllCorpus(Path conll) {
        return Files.isDirectory(conll.resolve("corpus/CoNLL-2003")) ? conll.resolve("corpus/CoNLL-2003") : conll;
    }

    /** The sentences of a CoNLL-2003 file with the part-of-speech tags CoreNLP's tagger gives them. */
    private static List<TaggedSentence> silver(Path conllFile) throws IOException {
        NlpPipeline coreNlp = NlpPipeline.load(Taggers.CORENLP);
        List<TaggedSentence> out = new ArrayList<>();
        for (List<TaggedSentence> doc : TaggedSentence.byDocument(Conll2003.read(conllFile))) {
            out.addAll(tagged(coreNlp, doc));
        }
        return out;
    }

    private static List<TaggedSentence> tagged(NlpPipeline nlp, List<TaggedSentence> doc) {
        List<String[]> tags = nlp.tagWords(doc.stream().map(TaggedSentence::words).toList()).tags();
        List<TaggedSentence> out = new ArrayList<>();
        for (int i = 0; i < doc.size(); i++) {
            out.add(new TaggedSentence(doc.get(i).document(), doc.get(i).words(), tags.get(i)));
        }
        return out;
    }

    private static List<Path> gumFiles(Path gum) throws IOException {
        Path dep = Files.isDirectory(gum.resolve("dep")) ? gum.resolve("dep") : gum;
        try (Stream<Path> files = Files.list(dep)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".conllu")).sorted().toList();
        }
    }
}
